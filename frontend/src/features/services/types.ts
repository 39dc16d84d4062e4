/** Shapes of the purchased-services API (docs/services-api.md). */
import type { Assert, Conforms, EnumOf, Schemas } from '@/lib/api/schemas';

export type OrderStatus = EnumOf<'OrderRow', 'status'>;
export type DeliveryStatus = EnumOf<'DeliveryRow', 'status'>;
export type ConfirmMethod = EnumOf<'DeliveryRow', 'confirmMethod'>;
export type SpotCheckStatus = EnumOf<'SpotCheckRow', 'status'>;
export type CheckMethod = EnumOf<'SpotCheckRow', 'method'>;
export type StatementKind = EnumOf<'StatementRow', 'kind'>;
export type StatementStatus = EnumOf<'StatementRow', 'status'>;
export type StatementLineType = EnumOf<'StatementLine', 'type'>;

export const ORDER_STATUSES: readonly OrderStatus[] = ['OFFERED', 'UNASSIGNED', 'ACCEPTED', 'STOPPED', 'EXPIRED'];
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['RECORDED', 'CONFIRMED'];
export const SPOT_CHECK_STATUSES: readonly SpotCheckStatus[] = ['OPEN', 'PASSED', 'FAILED'];
export const STATEMENT_STATUSES: readonly StatementStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type OrderRow = Schemas['OrderRow'];

export type OrderEvent = Schemas['OrderEventView'];

export type DeliveryRow = Schemas['DeliveryRow'];

export type OrderView = Schemas['OrderView'];

export type Today = Schemas['Today'];

export interface DeliveryRequest {
  orderNo: string;
  serviceDate: string;
  startTime: string;
  endTime: string;
  notes?: string;
}

export interface ConfirmRequest {
  method: ConfirmMethod;
  pin?: string;
}

export type Candidate = Schemas['ProviderCandidate'];

export type Provider = Schemas['ProviderRow'];

export type ContractItem = Schemas['ContractItem'];

export type Contract = Schemas['ContractView'];

export interface ContractRequest {
  providerCode: string;
  validFrom: string;
  validTo: string;
  areaCodes: string[];
  items: { itemCode: string; unitPrice: number }[];
}

export type SpotCheckRow = Schemas['SpotCheckRow'];

export interface SpotCheckRequest {
  passed: boolean;
  method: CheckMethod;
  note?: string;
}

export type StandardWarning = Schemas['StandardWarningRow'];

export type Standards = Schemas['Standards'];

export type StatementRow = Schemas['StatementRow'];

export type StatementLine = Schemas['StatementLine'];

export type StatementDetail = Schemas['StatementView'];

export type Helper = Schemas['HelperRow'];

export interface HelperRequest {
  name: string;
  idNumber: string;
  phone: string;
  villageCode: string;
  trainedOn?: string;
}

export type AidRow = Schemas['AidRow'];

export interface AidRequest {
  caseNo: string;
  aidDate: string;
  minutes: number;
  content: string;
}

export interface TaskSubject {
  formKey: string;
  order: OrderView | null;
  spotCheck: SpotCheckRow | null;
  statement: StatementDetail | null;
}

export interface OrderFilters {
  status?: OrderStatus;
  villageCode?: string;
  text?: string;
  page: number;
  size: number;
}

export interface DeliveryFilters {
  month?: string;
  status?: DeliveryStatus;
  orderNo?: string;
  page: number;
  size: number;
}

/** The requests above fit the generated schema (names and types; not optional/null). */
export type ServicesTypesFit = [
  Assert<Conforms<DeliveryRequest, Schemas['DeliveryRequest']>>,
  Assert<Conforms<ConfirmRequest, Schemas['ConfirmRequest']>>,
  Assert<Conforms<ContractRequest, Schemas['ContractRequest']>>,
  Assert<Conforms<SpotCheckRequest, Schemas['SpotCheckRequest']>>,
  Assert<Conforms<HelperRequest, Schemas['HelperRequest']>>,
  Assert<Conforms<AidRequest, Schemas['AidRequest']>>,
];
