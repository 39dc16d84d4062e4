/** What the case API speaks (see backend CaseDtos). */

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
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LEAD_SOURCES = ['OWN_VISIT', 'NEIGHBOUR', 'HOTLINE', 'DATA_MATCH', 'SELF_APPLICATION', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const FOCUS_GROUPS = ['SERIOUS_ILLNESS', 'SEVERE_DISABILITY', 'DISABLED_OR_DEMENTED', 'NO_CARER'] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number];

export const DOCUMENT_TYPES = [
  'ID_CARD',
  'HOUSEHOLD_REGISTER',
  'ILLNESS_PROOF',
  'DISABILITY_CERTIFICATE',
  'RECIPIENT_CERTIFICATE',
  'OTHER',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const RECIPIENT_CATEGORIES = [1, 2, 3, 4, 5, 6] as const;
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number];

export const SERVICE_WAYS = [
  'PURCHASED',
  'INSTITUTIONAL',
  'DEPARTMENT',
  'PARTY_PAIRING',
  'SOCIAL_WORK',
  'NEIGHBOUR_AID',
  'CHARITY',
] as const;
export type ServiceWay = (typeof SERVICE_WAYS)[number];

export const ITEM_CATEGORIES = ['DAILY_CARE', 'HEALTH', 'CAPABILITY', 'SUPPORT'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export type Gender = 'MALE' | 'FEMALE';
export type SelfCare = 'FULL' | 'PARTIAL' | 'NONE';
export type CarerSituation = 'HAS_CARER' | 'CARER_UNABLE' | 'NO_CARER';
export type GrantStatus = 'GRANTED' | 'ACTIVE' | 'STOPPED';
export type NoticeStatus = 'PUBLISHED' | 'LONG_TERM' | 'WITHDRAWN';
/** What a notice's period says, decided by the server (one rule for the case page and the board). */
export type NoticePhase = 'IN_PERIOD' | 'UNDER_REVIEW' | 'PERIOD_ENDED' | 'LONG_TERM' | 'WITHDRAWN';
/** LAPSED: the notice was withdrawn (another objection upheld) before this one was decided. */
export type ObjectionDecision = 'UPHELD' | 'DISMISSED' | 'LAPSED';

/** Instants are ISO-8601 strings; LocalDates are `YYYY-MM-DD`. */
export type Instant = string;
export type LocalDate = string;

export interface CatalogueItem {
  code: string;
  name: string;
  way: ServiceWay | string;
  category: ItemCategory | string;
  unit: string | null;
  standardPrice: number | null;
}

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

export interface LeadCreated {
  caseNo: string;
}

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
  selfCare: SelfCare | string;
  carerSituation: CarerSituation | string;
  livingSituation: string | null;
  needsNote: string | null;
  assessedBy: string | null;
  assessedAt: Instant | null;
}

export interface GrantView {
  id: number;
  itemCode: string;
  itemName: string;
  way: ServiceWay | string;
  status: GrantStatus | string;
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

export interface DocumentView {
  id: number;
  type: DocumentType;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: Instant;
}

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

export interface CaseDiagram {
  bpmnXml: string;
  activeActivityIds: string[];
  completedActivityIds: string[];
}
