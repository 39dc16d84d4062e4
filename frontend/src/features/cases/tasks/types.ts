/** What the domain task screens receive and send (see backend CaseTaskController). */
import type { Assert, Conforms, Schemas } from '@/lib/api/schemas';

import type { DomainTask, DomainTaskFormProps } from '@/lib/task-forms';

export type { DomainTask, DomainTaskFormProps };

export const FORM_KEYS = {
  needsAssessment: 'app:needs-assessment',
  caseFile: 'app:case-file',
  review: 'app:review',
  serviceDelivery: 'app:service-delivery',
  pinSlip: 'app:pin-slip',
} as const;
export type DomainFormKey = (typeof FORM_KEYS)[keyof typeof FORM_KEYS];

/**
 * The case steps with the engine's generic form (BPMN task ids; backend CaseTaskSubjects.taskKeys):
 * the subject endpoint answers them with the case.
 */
export const SUBJECT_STEPS = ['verifyLead', 'recognise', 'recheckObjection', 'assignOrganisation', 'confirmStart'] as const;

export const RECIPIENT_CATEGORY_VALUES = [1, 2, 3, 4, 5, 6] as const;
export type RecipientCategoryValue = (typeof RECIPIENT_CATEGORY_VALUES)[number];

export const SELF_CARE_VALUES = ['FULL', 'PARTIAL', 'NONE'] as const;
export type SelfCareValue = (typeof SELF_CARE_VALUES)[number];

export const CARER_VALUES = ['HAS_CARER', 'CARER_UNABLE', 'NO_CARER'] as const;
export type CarerValue = (typeof CARER_VALUES)[number];

export const REVIEW_DECISIONS = ['CONFIRM', 'CHANGE', 'STOP'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Catalogue categories in display order; anything else the server sends is shown after them. */
export const ITEM_CATEGORY_ORDER = ['DAILY_CARE', 'HEALTH', 'CAPABILITY', 'SUPPORT'] as const;

/** POST /api/tasks/{taskId}/needs-assessment */
export interface AssessmentRequest {
  recipientCategory: RecipientCategoryValue;
  alreadyRecognised: boolean;
  selfCare: SelfCareValue;
  carerSituation: CarerValue;
  livingSituation?: string;
  needsNote?: string;
  itemCodes: string[];
}

/** POST /api/tasks/{taskId}/review */
export interface ReviewRequest {
  decision: ReviewDecision;
  itemCodes?: string[];
  reason: string;
}

/** POST /api/tasks/{taskId}/service-activities */
export interface ActivityRequest {
  content: string;
}

/** POST /api/tasks/{taskId}/service-delivery */
export interface OutcomeRequest {
  outcome: string;
}

/** What the needs assessment form holds while it is being filled in. */
export interface AssessmentFormValues {
  recipientCategory?: number;
  alreadyRecognised?: boolean;
  selfCare?: string;
  carerSituation?: string;
  livingSituation?: string;
  needsNote?: string;
  itemCodes?: string[];
}

export interface ReviewFormValues {
  decision?: string;
  itemCodes?: string[];
  reason?: string;
}

/** The requests above fit the generated schema (names and types; not optional/null). */
export type CaseTasksTypesFit = [
  Assert<Conforms<AssessmentRequest, Schemas['AssessmentRequest']>>,
  Assert<Conforms<ReviewRequest, Schemas['CaseReviewRequest']>>,
  Assert<Conforms<ActivityRequest, Schemas['CaseActivityRequest']>>,
  Assert<Conforms<OutcomeRequest, Schemas['OutcomeRequest']>>,
];
