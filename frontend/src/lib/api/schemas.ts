/**
 * The API's shapes, generated from the backend's OpenAPI document (frontend/openapi.json →
 * schema.d.ts by `npm run gen:api`). Feature view types are aliases of these: the document says which
 * properties may be null (`@MayBeNull` in the backend, held to by NullabilityContractTest) and that
 * all others are always there. Request types the frontend always sends in full, and the one view it
 * narrows (a task form field's `defaultValue`), keep their own declaration and prove with
 * {@link Conforms} that they name the same fields with the same types.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

/** The allowed values of an enum-typed field of a generated schema. */
export type EnumOf<S extends keyof Schemas, F extends keyof Schemas[S]> = NonNullable<Schemas[S][F]> extends
  | readonly (infer U)[]
  | undefined
  ? U
  : NonNullable<Schemas[S][F]>;

/** Deeply: every field optional and nullable, so only names and value types are compared. */
type Loose<T> = T extends string | number | boolean | bigint | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly Loose<U>[]
    : T extends object
      ? { [K in keyof T]?: Loose<T[K]> | null }
      : T;

type KeysDiffer<Own, Generated> = [Exclude<keyof Own, keyof Generated> | Exclude<keyof Generated, keyof Own>] extends [
  never,
]
  ? false
  : true;

/**
 * `true` when a hand-written view has exactly the generated schema's fields, each with a type the
 * schema allows (nested views included); otherwise a description of the difference, which fails
 * {@link Assert}. Optional and null are not compared: the document does not know them.
 */
export type Conforms<Own, Generated> =
  KeysDiffer<Own, Generated> extends true
    ? { onlyHere: Exclude<keyof Own, keyof Generated>; onlyInDocument: Exclude<keyof Generated, keyof Own> }
    : Loose<Own> extends Loose<Generated>
      ? true
      : { typesDiffer: { [K in keyof Own & keyof Generated]: Loose<NonNullable<Own[K]>> extends Loose<NonNullable<Generated[K]>> ? never : K }[keyof Own & keyof Generated] };

/** `true` when two unions hold the same members. */
export type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Fails to compile unless its argument is `true`. */
export type Assert<T extends true> = T;
