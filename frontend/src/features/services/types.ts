/** Shapes of the purchased-services API (docs/services-api.md). */

export type OrderStatus = 'OFFERED' | 'UNASSIGNED' | 'ACCEPTED' | 'STOPPED' | 'EXPIRED';
export type DeliveryStatus = 'RECORDED' | 'CONFIRMED';
export type ConfirmMethod = 'PIN' | 'OFFICER';
export type SpotCheckStatus = 'OPEN' | 'PASSED' | 'FAILED';
export type CheckMethod = 'VISIT' | 'PHONE';
export type StatementKind = 'PROVIDER' | 'HELPER';
export type StatementStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED';
export type StatementLineType = 'SERVICE' | 'DEDUCTION';

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

export interface Candidate {
  providerCode: string;
  providerName: string;
  contractNo: string;
  unitPrice: number;
}

export interface Provider {
  code: string;
  name: string;
  activeOrders: number;
  failedChecks: number;
}

export interface ContractItem {
  itemCode: string;
  itemName: string;
  unit: string;
  unitPrice: number;
}

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

export interface StandardWarning {
  id: number;
  month: string;
  caseNo: string;
  recipientName: string;
  villageName: string;
  services: number;
  qualifyingServices: number;
  amount: number;
  requiredAmount: number;
  reasons: string[];
  raisedAt: string;
}

export interface Standards {
  minServices: number;
  minMinutesEach: number;
  minAmount: number;
  disabledElderlyAmount: number;
  warnDaysBeforeMonthEnd: number;
}

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
