/** Test data of the purchased-services screens: users, an order, a delivery, a task; override what a test needs. */
import type { CurrentUser } from '@/lib/auth/types';
import type { DomainTask } from '@/lib/task-forms';
import type { Call } from '@/test/stub-api';
import { todayInShanghai } from '@/lib/dates';
import type { DeliveryRow, OrderRow, OrderView } from './types';

export const staff: CurrentUser = {
  username: 'provider1',
  displayName: '孙师傅',
  email: null,
  roles: ['PROVIDER_STAFF'],
  orgCode: 'P360199001',
  orgName: '城关居家养老服务中心',
  orgLevel: 'PROVIDER',
};

export const clerk: CurrentUser = {
  username: 'street001',
  displayName: '周敏',
  email: null,
  roles: ['STREET_CLERK'],
  orgCode: '360199001',
  orgName: '城关街道',
  orgLevel: 'STREET',
};

export const officer: CurrentUser = {
  username: 'vo001001',
  displayName: '王芳',
  email: null,
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199001001',
  orgName: '城东社区',
  orgLevel: 'VILLAGE',
};

export function orderRow(over: Partial<OrderRow> = {}): OrderRow {
  return {
    orderNo: 'GD2026000001',
    caseNo: 'SA-2026-000001',
    recipientName: '张桂英',
    villageCode: '360199001001',
    villageName: '城东社区',
    itemCode: 'CLEANING',
    itemName: '清洁卫生',
    unit: '次',
    unitPrice: 35,
    providerCode: 'P360199001',
    providerName: '城关居家养老服务中心',
    status: 'ACCEPTED',
    offeredAt: '2026-11-01T08:00:00+08:00',
    respondBy: null,
    acceptedAt: '2026-11-01T09:00:00+08:00',
    registered: false,
    cardNoMasked: 'FW36****0001',
    cardValidTo: '2027-10-31',
    taskId: null,
    ...over,
  };
}

export function orderView(over: Partial<OrderView> = {}): OrderView {
  return { ...orderRow(), address: null, phone: null, history: [], deliveries: [], ...over };
}

export function deliveryRow(over: Partial<DeliveryRow> = {}): DeliveryRow {
  return {
    id: 7,
    orderNo: 'GD2026000001',
    recipientName: '张桂英',
    villageName: '城东社区',
    itemCode: 'CLEANING',
    itemName: '清洁卫生',
    serviceDate: todayInShanghai(),
    startTime: '09:00',
    endTime: '10:00',
    minutes: 60,
    quantity: 1,
    unitPrice: 35,
    amount: 35,
    staff: 'provider1',
    staffName: '孙师傅',
    notes: null,
    hasPhoto: false,
    status: 'RECORDED',
    confirmedAt: null,
    confirmMethod: null,
    confirmedBy: null,
    flagged: false,
    flagReason: null,
    statementNo: null,
    ...over,
  };
}

export function domainTask(formKey: string, over: Partial<DomainTask> = {}): DomainTask {
  return {
    id: 'task-9',
    businessKey: 'SA-2026-000001',
    activityId: 'a',
    formKey,
    assignedToMe: true,
    claimable: false,
    ...over,
  };
}

export const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');
