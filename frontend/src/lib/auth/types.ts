import type { EnumOf, SameUnion, Assert, Schemas } from '@/lib/api/schemas';

export const ROLES = [
  'VILLAGE_OFFICER',
  'STREET_CLERK',
  'DISTRICT_MANAGER',
  'PROVIDER_STAFF',
  'CHARITY_STAFF',
  'CARE_CADRE',
  'DEPARTMENT_STAFF',
  'SOCIAL_WORK_AGENCY',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_LEVELS = ['DISTRICT', 'STREET', 'VILLAGE', 'PROVIDER', 'CHARITY', 'DEPARTMENT', 'AGENCY'] as const;
export type OrgLevel = EnumOf<'CurrentUserResponse', 'orgLevel'>;

export type CurrentUser = Schemas['CurrentUserResponse'];

export type Credentials = Schemas['LoginRequest'];

/** The const lists and requests above fit the generated schema (names and types; not optional/null). */
export type AuthTypesFit = [
  Assert<SameUnion<(typeof ORG_LEVELS)[number], OrgLevel>>,
];
