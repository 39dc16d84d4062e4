/**
 * Types for a feature's strings. A feature writes its Chinese original `zh`, types `en` as
 * `Strings<typeof zh>` (same keys, any text), registers both as its own i18next namespace and
 * reads them with `useTranslation(['<ns>', 'common']).t`; i18next.d.ts lists every namespace.
 */

/** Every language has exactly the keys of the Chinese original. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every dotted key of a strings tree. */
export type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** `t` without key checking (enum labels built from server values). */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;
