import type { Assert, Conforms, EnumOf, SameUnion, Schemas } from '@/lib/api/schemas';

export const ROLES = [
  'VILLAGE_OFFICER',
  'STREET_CLERK',
  'DISTRICT_MANAGER',
  'PROVIDER_STAFF',
  'CHARITY_STAFF',
  'CARE_CADRE',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_LEVELS = ['DISTRICT', 'STREET', 'VILLAGE', 'PROVIDER', 'CHARITY'] as const;
export type OrgLevel = EnumOf<'CurrentUserResponse', 'orgLevel'>;

export interface CurrentUser {
  username: string;
  displayName: string;
  email?: string | null;
  /** Known roles are typed; unknown ones from a newer server are kept but ignored. */
  roles: string[];
  orgCode: string;
  orgName: string;
  orgLevel: OrgLevel;
}

export type Credentials = Schemas['LoginRequest'];

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type AuthTypesFit = [
  Assert<SameUnion<(typeof ORG_LEVELS)[number], OrgLevel>>,
  Assert<Conforms<CurrentUser, Schemas['CurrentUserResponse']>>,
];
