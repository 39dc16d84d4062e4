/** Shapes of the one-door API (/api/intakes, /api/persons/{id} and the two task screens). */
import type { EnumOf, Schemas } from '@/lib/api/schemas';

export type IntakeView = Schemas['IntakeView'];
export type IntakeRow = Schemas['IntakeRow'];
export type IntakeDocumentView = Schemas['IntakeDocumentView'];
export type NeedView = Schemas['NeedView'];
export type RouteView = Schemas['RouteView'];
export type PersonPage = Schemas['PersonPage'];
export type PersonCase = Schemas['PersonCase'];
export type PageIntakeRow = Schemas['PageIntakeRow'];
export type IntakeRequest = Schemas['IntakeRequest'];
export type IntakeNeedRequest = Schemas['IntakeNeedRequest'];
export type RouteChoice = Schemas['IntakeRouteChoice'];

export type NeedType = EnumOf<'NeedView', 'type'>;
export type RouteType = EnumOf<'RouteView', 'type'>;
export type RouteStatus = EnumOf<'RouteView', 'status'>;
export type IntakeStatus = EnumOf<'IntakeView', 'status'>;
export type DepartmentKind = NonNullable<EnumOf<'RouteView', 'departmentKind'>>;
export type SubsistenceDecision = Schemas['SubsistenceRequest']['decision'];

export const NEED_TYPES: readonly NeedType[] = [
  'BASIC_LIVING', 'MEDICAL', 'HOUSING', 'EDUCATION', 'EMPLOYMENT', 'NATURAL_DISASTER', 'ACCIDENT', 'NECESSARY_EXPENSE', 'CARE',
];
/** Needs whose facts are an event on a day (the server requires the day). */
export const DATED_NEEDS: readonly NeedType[] = ['NATURAL_DISASTER', 'ACCIDENT', 'NECESSARY_EXPENSE'];
export const ROUTE_TYPES: readonly RouteType[] = ['SUBSISTENCE', 'DEPARTMENT', 'TEMPORARY_AID', 'SERVICE'];
/** The special-assistance departments one door refers to (seed 001 §五). */
export const ONE_DOOR_DEPARTMENTS: readonly DepartmentKind[] = [
  'MEDICAL_INSURANCE', 'HOUSING', 'EDUCATION', 'HUMAN_RESOURCES', 'EMERGENCY_MANAGEMENT',
];
export const SUBSISTENCE_DECISIONS: readonly SubsistenceDecision[] = ['LOW_INCOME_GUARANTEE', 'EXTREME_POVERTY', 'REFUSED'];
