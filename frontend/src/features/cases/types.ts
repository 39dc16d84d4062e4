/**
 * What the case API speaks (backend CaseDtos). Enums and fully-present views come from the
 * generated schema; views with nullable fields are declared here and checked against it (Conforms).
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
import type { CatalogueItem, ServiceWay } from '@/lib/catalogue';

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

export interface CaseSummary {
  caseNo: string;
  recipientName: string;
  villageCode: string;
  villageName: string | null;
  status: CaseStatus;
  focusGroup: FocusGroup | null;
  recipientCategory: number | null;
  serviceNo: number | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface CasePage {
  items: CaseSummary[];
  total: number;
  page: number;
  size: number;
}

export interface CaseFilters {
  villageCode?: string;
  status?: CaseStatus;
  q?: string;
  page: number;
  size: number;
}

export interface PersonView {
  name: string;
  /** Region and last four only, e.g. 360199********002X. The full number never reaches the browser. */
  idNumberMasked: string | null;
  gender: Gender | null;
  birthDate: LocalDate | null;
  phone: string | null;
  address: string | null;
}

export interface AssessmentView {
  recipientCategory: number;
  alreadyRecognised: boolean;
  selfCare: SelfCare;
  carerSituation: CarerSituation;
  livingSituation: string | null;
  needsNote: string | null;
  assessedBy: string | null;
  assessedAt: Instant | null;
}

export interface GrantView {
  id: number;
  itemCode: string;
  itemName: string;
  way: ServiceWay;
  status: GrantStatus;
  grantedAt: Instant | null;
  stoppedAt: Instant | null;
  stopReason: string | null;
}

export interface CardView {
  cardNo: string;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  status: string;
  recipientName: string;
  villageName: string | null;
  items: string[];
  /** The PIN slip has been printed (the PIN itself is never part of a read). */
  pinSet: boolean;
  pinSetAt: Instant | null;
  revokedAt: Instant | null;
  revokeReason: string | null;
}

/** The PIN slip (密码函): answered once, by the POST that made the PIN. */
export interface PinSlip {
  caseNo: string;
  cardNo: string;
  recipientName: string;
  villageName: string | null;
  streetName: string | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  pin: string;
  issuedAt: Instant;
  reset: boolean;
}

export type DocumentView = Schemas['DocumentView'];

export interface ObjectionView {
  id: number;
  raisedAt: Instant;
  content: string;
  decision: ObjectionDecision | null;
  decisionNote: string | null;
  decidedAt: Instant | null;
}

export interface NoticeView {
  id: number;
  status: NoticeStatus;
  phase: NoticePhase;
  /** First and last day of the period, both included (Beijing time). */
  startsOn: LocalDate | null;
  endsOn: LocalDate | null;
  /** Set once the period has really ended (the process's timer fired). */
  periodEndedAt: Instant | null;
  objections: ObjectionView[];
}

export interface TimelineEntry {
  at: Instant;
  actor: string;
  type: string;
  detail: string | null;
}

export interface CaseView {
  summary: CaseSummary;
  summaryText: string | null;
  leadSource: LeadSource | null;
  verificationNote: string | null;
  decisionReason: string | null;
  closedAt: Instant | null;
  person: PersonView;
  assessment: AssessmentView | null;
  grants: GrantView[];
  card: CardView | null;
  documents: DocumentView[];
  requiredDocuments: DocumentType[];
  notices: NoticeView[];
  timeline: TimelineEntry[];
  processInstanceId: string | null;
  activeActivityIds: string[];
  /** Due dates of the case's open tasks, soonest first (absent from older servers). */
  deadlines?: CaseDeadline[];
}

export interface CaseDeadline {
  taskName: string;
  due: Instant;
  /** That year's holidays are not loaded: counted from weekends only (暂定). */
  dueProvisionalYear: number | null;
}

export type CaseDiagram = Schemas['CaseDiagram'];

/** The const lists above name every value of their enum, and the views fit the document. */
export type CaseTypesFit = [
  Assert<SameUnion<(typeof CASE_STATUSES)[number], CaseStatus>>,
  Assert<SameUnion<(typeof LEAD_SOURCES)[number], LeadSource>>,
  Assert<SameUnion<(typeof FOCUS_GROUPS)[number], FocusGroup>>,
  Assert<SameUnion<(typeof DOCUMENT_TYPES)[number], DocumentType>>,
  Assert<SameUnion<(typeof SERVICE_WAYS)[number], ServiceWay>>,
  Assert<Conforms<CatalogueItem, Schemas['ItemDto']>>,
  Assert<Conforms<LeadRequest, Schemas['LeadRequest']>>,
  Assert<Conforms<CaseSummary, Schemas['CaseSummary']>>,
  Assert<Conforms<CasePage, Schemas['PageCaseSummary']>>,
  Assert<Conforms<PersonView, Schemas['PersonView']>>,
  Assert<Conforms<AssessmentView, Schemas['AssessmentView']>>,
  Assert<Conforms<GrantView, Schemas['GrantView']>>,
  Assert<Conforms<CardView, Schemas['CardView']>>,
  Assert<Conforms<PinSlip, Schemas['PinSlip']>>,
  Assert<Conforms<ObjectionView, Schemas['ObjectionView']>>,
  Assert<Conforms<NoticeView, Schemas['NoticeView']>>,
  Assert<Conforms<TimelineEntry, Schemas['TimelineEntry']>>,
  Assert<Conforms<CaseView, Schemas['CaseView']>>,
  Assert<Conforms<CaseDeadline, Schemas['CaseDeadline']>>,
];
