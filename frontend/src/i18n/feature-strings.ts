import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one typing machinery for a feature's strings (each feature used to carry its own copy).
 * A feature writes its Chinese original `zh`, types `en` as `Strings<typeof zh>` (same keys, any
 * text), adds both under its prefix, and reads them with `usePrefixedT`.
 */

/** Every language has exactly the keys of the Chinese original. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every dotted key of a strings tree. */
export type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** `t` without key checking (enum labels built from server values). */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** `t` for one feature's keys, checked against the Chinese original. */
export type FeatureT<T> = (key: Leaves<T>, options?: Record<string, unknown>) => string;

/** `t` for the keys under `prefix.` (the prefix is prepended). */
export function usePrefixedT(prefix: string): LooseT {
  const { t } = useTranslation();
  return useMemo(() => {
    const loose = t as unknown as LooseT;
    return (key, options) => loose(`${prefix}.${key}`, options);
  }, [t, prefix]);
}
