/** Shapes of the temporary-assistance and recognition-import API. */
import type { EnumOf, Schemas } from '@/lib/api/schemas';

export type AidView = Schemas['TemporaryAidView'];
export type AidRow = Schemas['TemporaryAidRow'];
export type AidStep = Schemas['TemporaryAidStepView'];
export type Ledger = Schemas['TemporaryAidLedger'];
export type TaskSubject = Schemas['TemporaryAidTaskSubjectView'];
export type ApplyRequest = Schemas['TemporaryAidApplyRequest'];
export type AssessRequest = Schemas['TemporaryAidAssessRequest'];
export type ApprovalRequest = Schemas['TemporaryAidApprovalRequest'];
export type PaymentRequest = Schemas['TemporaryAidPaymentRequest'];
export type ImportReport = Schemas['RecognitionImportReport'];

export type AidStatus = EnumOf<'TemporaryAidView', 'status'>;
export type EventType = EnumOf<'TemporaryAidView', 'eventType'>;
export type PaymentMethod = EnumOf<'TemporaryAidPaymentRequest', 'method'>;
export type Decision = EnumOf<'TemporaryAidAssessRequest', 'decision'>;
export type StepKind = EnumOf<'TemporaryAidStepView', 'kind'>;

export const AID_STATUSES: readonly AidStatus[] = ['ASSESSING', 'DISTRICT_REVIEW', 'AWAITING_PAYMENT', 'PAID', 'REFUSED'];
export const EVENT_TYPES: readonly EventType[] = ['ACCIDENT', 'SUDDEN_ILLNESS', 'NECESSARY_EXPENSE', 'OTHER'];
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'IN_KIND'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}
