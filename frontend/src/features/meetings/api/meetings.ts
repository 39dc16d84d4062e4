import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { taskKeys } from '@/lib/task-keys';
import type {
  AgencyOption,
  AgendaItemRow,
  AgendaItemView,
  DecisionRequest,
  ItemStatus,
  MeetingRow,
  MeetingTaskSubject,
  MeetingView,
  Page,
  PlanRequest,
} from '../types';

const BASE = '/api/meeting';
const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface ItemFilters {
  status?: ItemStatus;
  caseNo?: string;
  page: number;
  size: number;
}

export const fetchItems = (f: ItemFilters, signal?: AbortSignal) =>
  api.get<Page<AgendaItemRow>>(`${BASE}/agenda-items${query({ ...f })}`, signal);
export const fetchItem = (itemNo: string, signal?: AbortSignal) =>
  api.get<AgendaItemView>(`${BASE}/agenda-items/${enc(itemNo)}`, signal);
export const listItem = (body: { caseNo: string; need: string; whyNotMet: string }) =>
  api.post<AgendaItemRow>(`${BASE}/agenda-items`, body);
export const decideItem = (itemNo: string, body: DecisionRequest) =>
  api.post<AgendaItemRow>(`${BASE}/agenda-items/${enc(itemNo)}/decision`, body);
export const recordDelivery = (itemNo: string, body: { deliveredOn: string; content: string; durationMinutes: number }) =>
  api.post<AgendaItemView>(`${BASE}/agenda-items/${enc(itemNo)}/deliveries`, body);
export const fetchMeetings = (f: { page: number; size: number }, signal?: AbortSignal) =>
  api.get<Page<MeetingRow>>(`${BASE}/meetings${query({ ...f })}`, signal);
export const fetchMeeting = (meetingNo: string, signal?: AbortSignal) =>
  api.get<MeetingView>(`${BASE}/meetings/${enc(meetingNo)}`, signal);
export const scheduleMeeting = (body: { heldOn: string; attendees: string; note?: string; itemNos: string[] }) =>
  api.post<MeetingView>(`${BASE}/meetings`, body);
export const fetchAgencies = (signal?: AbortSignal) => api.get<AgencyOption[]>(`${BASE}/agencies`, signal);

export const fetchSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<MeetingTaskSubject>(`/api/tasks/${enc(taskId)}/subject`, signal);
export const completePlan = (taskId: string, body: PlanRequest) => api.post(`/api/tasks/${enc(taskId)}/agency-plan`, body);
export const completeReview = (taskId: string, body: { agree: boolean; comment?: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/agency-plan-review`, body);
export const completeClose = (taskId: string, body: { outcome: string; summary: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/agency-close`, body);
export const completeConfirm = (taskId: string, body: { confirm: boolean; comment?: string }) =>
  api.post(`/api/tasks/${enc(taskId)}/agency-close-confirm`, body);

export const meetingKeys = {
  all: ['meetings'] as const,
  items: (f: ItemFilters) => ['meetings', 'items', f] as const,
  item: (itemNo: string) => ['meetings', 'item', itemNo] as const,
  meetings: (f: { page: number; size: number }) => ['meetings', 'meetings', f] as const,
  meeting: (meetingNo: string) => ['meetings', 'meeting', meetingNo] as const,
  agencies: ['meetings', 'agencies'] as const,
  subject: (taskId: string) => ['meetings', 'subject', taskId] as const,
};

export const useItems = (f: ItemFilters, enabled = true) =>
  useQuery({ queryKey: meetingKeys.items(f), queryFn: ({ signal }) => fetchItems(f, signal), placeholderData: keepPreviousData, enabled });
export const useItem = (itemNo: string) =>
  useQuery({ queryKey: meetingKeys.item(itemNo), queryFn: ({ signal }) => fetchItem(itemNo, signal), enabled: !!itemNo });
export const useMeetings = (f: { page: number; size: number }, enabled = true) =>
  useQuery({ queryKey: meetingKeys.meetings(f), queryFn: ({ signal }) => fetchMeetings(f, signal), enabled });
export const useMeeting = (meetingNo: string) =>
  useQuery({ queryKey: meetingKeys.meeting(meetingNo), queryFn: ({ signal }) => fetchMeeting(meetingNo, signal), enabled: !!meetingNo });
export const useAgencies = (enabled = true) =>
  useQuery({ queryKey: meetingKeys.agencies, queryFn: ({ signal }) => fetchAgencies(signal), enabled, staleTime: 10 * 60 * 1000 });
export const useSubject = (taskId: string) =>
  useQuery({ queryKey: meetingKeys.subject(taskId), queryFn: ({ signal }) => fetchSubject(taskId, signal) });

/** Any change can move items, meetings, case panels and inbox tasks: refetch them all. */
function useMeetingMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
        queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
      ]),
  });
}

export const useListItem = () => useMeetingMutation(listItem);
export const useDecide = () => useMeetingMutation((v: { itemNo: string; body: DecisionRequest }) => decideItem(v.itemNo, v.body));
export const useRecordDelivery = () =>
  useMeetingMutation((v: { itemNo: string; body: { deliveredOn: string; content: string; durationMinutes: number } }) =>
    recordDelivery(v.itemNo, v.body),
  );
export const useSchedule = () => useMeetingMutation(scheduleMeeting);
export const useCompletePlan = () => useMeetingMutation((v: { taskId: string; body: PlanRequest }) => completePlan(v.taskId, v.body));
export const useCompleteReview = () =>
  useMeetingMutation((v: { taskId: string; agree: boolean; comment?: string }) =>
    completeReview(v.taskId, { agree: v.agree, comment: v.comment }),
  );
export const useCompleteClose = () =>
  useMeetingMutation((v: { taskId: string; outcome: string; summary: string }) =>
    completeClose(v.taskId, { outcome: v.outcome, summary: v.summary }),
  );
export const useCompleteConfirm = () =>
  useMeetingMutation((v: { taskId: string; confirm: boolean; comment?: string }) =>
    completeConfirm(v.taskId, { confirm: v.confirm, comment: v.comment }),
  );
