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

export interface OrderRow {
  orderNo: string;
  caseNo: string;
  recipientName: string;
  villageCode: string;
  villageName: string;
  itemCode: string;
  itemName: string;
  unit: string;
  unitPrice: number | null;
  providerCode: string | null;
  providerName: string | null;
  status: OrderStatus;
  offeredAt: string | null;
  respondBy: string | null;
  acceptedAt: string | null;
  registered: boolean;
  cardNoMasked: string;
  cardValidTo: string;
  taskId: string | null;
}

export interface OrderEvent {
  at: string;
  actor: string | null;
  type: string;
  detail: string | null;
}

export interface DeliveryRow {
  id: number;
  orderNo: string;
  recipientName: string;
  villageName: string;
  itemCode: string;
  itemName: string;
  serviceDate: string;
  startTime: string;
  endTime: string;
  minutes: number;
  quantity: number;
  unitPrice: number;
  amount: number;
  staff: string;
  staffName: string;
  notes: string | null;
  hasPhoto: boolean;
  status: DeliveryStatus;
  confirmedAt: string | null;
  confirmMethod: ConfirmMethod | null;
  confirmedBy: string | null;
  flagged: boolean;
  flagReason: string | null;
  statementNo: string | null;
}

export interface OrderView extends OrderRow {
  address: string | null;
  phone: string | null;
  history: OrderEvent[];
  deliveries: DeliveryRow[];
}

export interface Today {
  orders: OrderRow[];
  deliveries: DeliveryRow[];
}

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

export interface Contract {
  id: number;
  contractNo: string;
  providerCode: string;
  providerName: string;
  validFrom: string;
  validTo: string;
  areas: { code: string; name: string }[];
  items: ContractItem[];
}

export interface ContractRequest {
  providerCode: string;
  validFrom: string;
  validTo: string;
  areaCodes: string[];
  items: { itemCode: string; unitPrice: number }[];
}

export interface SpotCheckRow {
  id: number;
  month: string;
  status: SpotCheckStatus;
  method: CheckMethod | null;
  note: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
  taskId: string | null;
  providerName: string;
  delivery: DeliveryRow;
}

export interface SpotCheckRequest {
  passed: boolean;
  method: CheckMethod;
  note?: string;
}

export type StandardWarning = Schemas['StandardWarningRow'];

export type Standards = Schemas['Standards'];

export interface StatementRow {
  statementNo: string;
  kind: StatementKind;
  partyCode: string;
  partyName: string;
  streetCode: string;
  streetName: string;
  month: string;
  status: StatementStatus;
  lineCount: number;
  totalAmount: number;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  approvalComment: string | null;
  taskId: string | null;
  /** 0 for the month's statement, 1, 2, … for its supplements (补充结算单). */
  supplementNo: number;
  /** Deduction lines (扣减) included in lineCount; totalAmount is the net after them. */
  deductionCount: number;
  deductionAmount: number;
}

export interface StatementLine {
  date: string;
  recipientName: string;
  itemName: string;
  startTime: string | null;
  endTime: string | null;
  minutes: number;
  quantity: number;
  unitPrice: number;
  amount: number;
  staffName: string | null;
  confirmMethod: ConfirmMethod | null;
  /** SERVICE: care settled here; DEDUCTION: care paid on an earlier approved statement, failed its spot check since. */
  type: StatementLineType;
  deliveryId: number | null;
  /** The month the care belongs to. */
  month: string;
  reason: string | null;
  originalStatementNo: string | null;
}

export interface StatementDetail {
  statement: StatementRow;
  lines: StatementLine[];
}

export interface Helper {
  id: number;
  name: string;
  phoneMasked: string;
  villageCode: string;
  villageName: string;
  trainedOn: string | null;
  active: boolean;
  aidThisMonth: number;
}

export interface HelperRequest {
  name: string;
  idNumber: string;
  phone: string;
  villageCode: string;
  trainedOn?: string;
}

export interface AidRow {
  id: number;
  helperId: number;
  helperName: string;
  caseNo: string;
  recipientName: string;
  aidDate: string;
  minutes: number;
  content: string;
  statementNo: string | null;
}

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

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type ServicesTypesFit = [
  Assert<Conforms<OrderRow, Schemas['OrderRow']>>,
  Assert<Conforms<OrderEvent, Schemas['OrderEventView']>>,
  Assert<Conforms<DeliveryRow, Schemas['DeliveryRow']>>,
  Assert<Conforms<OrderView, Schemas['OrderView']>>,
  Assert<Conforms<Today, Schemas['Today']>>,
  Assert<Conforms<DeliveryRequest, Schemas['DeliveryRequest']>>,
  Assert<Conforms<ConfirmRequest, Schemas['ConfirmRequest']>>,
  Assert<Conforms<Contract, Schemas['ContractView']>>,
  Assert<Conforms<ContractRequest, Schemas['ContractRequest']>>,
  Assert<Conforms<SpotCheckRow, Schemas['SpotCheckRow']>>,
  Assert<Conforms<SpotCheckRequest, Schemas['SpotCheckRequest']>>,
  Assert<Conforms<StatementRow, Schemas['StatementRow']>>,
  Assert<Conforms<StatementLine, Schemas['StatementLine']>>,
  Assert<Conforms<StatementDetail, Schemas['StatementView']>>,
  Assert<Conforms<Helper, Schemas['HelperRow']>>,
  Assert<Conforms<HelperRequest, Schemas['HelperRequest']>>,
  Assert<Conforms<AidRow, Schemas['AidRow']>>,
  Assert<Conforms<AidRequest, Schemas['AidRequest']>>,
];
