import {
  CARER_VALUES,
  RECIPIENT_CATEGORY_VALUES,
  REVIEW_DECISIONS,
  SELF_CARE_VALUES,
  type ActivityRequest,
  type AssessmentFormValues,
  type AssessmentRequest,
  type CarerValue,
  type OutcomeRequest,
  type RecipientCategoryValue,
  type ReviewDecision,
  type ReviewFormValues,
  type ReviewRequest,
  type SelfCareValue,
} from '../types';
import { cleanCodes, cleanText } from './validation';

/** Raised when a builder is handed values the form should never have let through. */
export class IncompleteFormError extends Error {
  constructor(readonly field: string) {
    super(`Missing or invalid form value: ${field}`);
    this.name = 'IncompleteFormError';
  }
}

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown, field: string): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new IncompleteFormError(field);
}

/** Optional text: trimmed, left out when blank. */
function optionalText(value: unknown): string | undefined {
  return cleanText(value) || undefined;
}

export function isRecipientCategory(value: unknown): value is RecipientCategoryValue {
  return (RECIPIENT_CATEGORY_VALUES as readonly unknown[]).includes(value);
}

export function isReviewDecision(value: unknown): value is ReviewDecision {
  return (REVIEW_DECISIONS as readonly unknown[]).includes(value);
}

/** The body of POST …/needs-assessment from the form's values. */
export function buildAssessmentPayload(values: AssessmentFormValues): AssessmentRequest {
  const category = typeof values.recipientCategory === 'string' ? Number(values.recipientCategory) : values.recipientCategory;
  if (typeof values.alreadyRecognised !== 'boolean') throw new IncompleteFormError('alreadyRecognised');
  const itemCodes = cleanCodes(values.itemCodes);
  if (itemCodes.length === 0) throw new IncompleteFormError('itemCodes');
  const body: AssessmentRequest = {
    recipientCategory: oneOf<RecipientCategoryValue>(RECIPIENT_CATEGORY_VALUES, category, 'recipientCategory'),
    alreadyRecognised: values.alreadyRecognised,
    selfCare: oneOf<SelfCareValue>(SELF_CARE_VALUES, values.selfCare, 'selfCare'),
    carerSituation: oneOf<CarerValue>(CARER_VALUES, values.carerSituation, 'carerSituation'),
    itemCodes,
  };
  const living = optionalText(values.livingSituation);
  if (living) body.livingSituation = living;
  const note = optionalText(values.needsNote);
  if (note) body.needsNote = note;
  return body;
}

/** The body of POST …/review: item codes only with a CHANGE decision. */
export function buildReviewPayload(values: ReviewFormValues): ReviewRequest {
  const decision = oneOf<ReviewDecision>(REVIEW_DECISIONS, values.decision, 'decision');
  const reason = cleanText(values.reason);
  if (!reason) throw new IncompleteFormError('reason');
  if (decision !== 'CHANGE') return { decision, reason };
  const itemCodes = cleanCodes(values.itemCodes);
  if (itemCodes.length === 0) throw new IncompleteFormError('itemCodes');
  return { decision, itemCodes, reason };
}

export function buildActivityPayload(content: unknown): ActivityRequest {
  const text = cleanText(content);
  if (!text) throw new IncompleteFormError('content');
  return { content: text };
}

export function buildOutcomePayload(outcome: unknown): OutcomeRequest {
  const text = cleanText(outcome);
  if (!text) throw new IncompleteFormError('outcome');
  return { outcome: text };
}
