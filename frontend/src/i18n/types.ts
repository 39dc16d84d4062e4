import type zh from './zh';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Every language has exactly the keys of the Chinese original. */
export type Translation = DeepStrings<typeof zh>;
