/**
 * What the case API speaks (backend caseflow views). Enums and views are aliases of the generated
 * schema, which says which fields may be null (@MayBeNull in the backend); requests the frontend
 * always sends in full are declared here and checked against it (Conforms).
 */
import type { Assert, Conforms, EnumOf, SameUnion, Schemas } from '@/lib/api/schemas';

export const CASE_STATUSES = [
  'LEAD',
  'VERIFIED',
  'RECOGNITION',
  'FILING',
  'NOTICE',
  'SERVING',
  'CLOSED_NOT_GENUINE',
  'REJECTED',
  'OBJECTION_UPHELD',
  'EXITED',
] as const;
export type CaseStatus = EnumOf<'CaseSummary', 'status'>;

export const LEAD_SOURCES = ['OWN_VISIT', 'NEIGHBOUR', 'HOTLINE', 'DATA_MATCH', 'SELF_APPLICATION', 'OTHER'] as const;
export type LeadSource = EnumOf<'LeadRequest', 'source'>;

export const FOCUS_GROUPS = ['SERIOUS_ILLNESS', 'SEVERE_DISABILITY', 'DISABLED_OR_DEMENTED', 'NO_CARER'] as const;
export type FocusGroup = EnumOf<'LeadRequest', 'focusGroup'>;

export const DOCUMENT_TYPES = [
  'ID_CARD',
  'HOUSEHOLD_REGISTER',
  'ILLNESS_PROOF',
  'DISABILITY_CERTIFICATE',
  'RECIPIENT_CERTIFICATE',
  'OTHER',
] as const;
export type DocumentType = EnumOf<'DocumentView', 'type'>;

export const RECIPIENT_CATEGORIES = [1, 2, 3, 4, 5, 6] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

import { SERVICE_WAYS } from '@/lib/catalogue';
import type { ServiceWay } from '@/lib/catalogue';

export { SERVICE_WAYS, ITEM_CATEGORIES } from '@/lib/catalogue';
export type { ServiceWay, ItemCategory, CatalogueItem } from '@/lib/catalogue';

export type Gender = EnumOf<'PersonView', 'gender'>;
export type SelfCare = EnumOf<'AssessmentView', 'selfCare'>;
export type CarerSituation = EnumOf<'AssessmentView', 'carerSituation'>;
export type GrantStatus = EnumOf<'GrantView', 'status'>;
export type NoticeStatus = EnumOf<'NoticeView', 'status'>;
/** What a notice's period says, decided by the server (one rule for the case page and the board). */
export type NoticePhase = EnumOf<'NoticeView', 'phase'>;
/** LAPSED: the notice was withdrawn (another objection upheld) before this one was decided. */
export type ObjectionDecision = EnumOf<'ObjectionView', 'decision'>;

/** Instants are ISO-8601 strings; LocalDates are `YYYY-MM-DD`. */
export type Instant = string;
export type LocalDate = string;


export interface LeadRequest {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  villageCode: string;
  source: LeadSource;
  focusGroup: FocusGroup;
  situation: string;
}

export type LeadCreated = Schemas['LeadCreated'];

export type CaseSummary = Schemas['CaseSummary'];

export type CasePage = Schemas['PageCaseSummary'];

export interface CaseFilters {
  villageCode?: string;
  status?: CaseStatus;
  q?: string;
  page: number;
  size: number;
}

export type PersonView = Schemas['PersonView'];

export type AssessmentView = Schemas['AssessmentView'];

export type GrantView = Schemas['GrantView'];

export type CardView = Schemas['CardView'];

/** The PIN slip (密码函): answered once, by the POST that made the PIN. */
export type PinSlip = Schemas['PinSlip'];

export type DocumentView = Schemas['DocumentView'];

export type ObjectionView = Schemas['ObjectionView'];

export type NoticeView = Schemas['NoticeView'];

export type TimelineEntry = Schemas['TimelineEntry'];

export type CaseView = Schemas['CaseView'];

export type CaseDeadline = Schemas['CaseDeadline'];

export type CaseDiagram = Schemas['CaseDiagram'];

/** The const lists above name every value of their enum, and the requests fit the document. */
export type CaseTypesFit = [
  Assert<SameUnion<(typeof CASE_STATUSES)[number], CaseStatus>>,
  Assert<SameUnion<(typeof LEAD_SOURCES)[number], LeadSource>>,
  Assert<SameUnion<(typeof FOCUS_GROUPS)[number], FocusGroup>>,
  Assert<SameUnion<(typeof DOCUMENT_TYPES)[number], DocumentType>>,
  Assert<SameUnion<(typeof SERVICE_WAYS)[number], ServiceWay>>,
  Assert<Conforms<LeadRequest, Schemas['LeadRequest']>>,
];
