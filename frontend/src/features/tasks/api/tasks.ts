import { api } from '@/lib/api-client';
import type { InboxQuery, SubmitValues, TaskDetail, TaskDiagram, TaskPage, TaskScope, TaskType } from '../types';

const base = '/api/tasks';
const task = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** One page of the inbox; `page` from 1 as in the URL, the server counts from 0. */
export function fetchTasks(inbox: InboxQuery, size: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ scope: inbox.scope, sort: inbox.sort, page: String(inbox.page - 1), size: String(size) });
  if (inbox.q) query.set('q', inbox.q);
  if (inbox.type) query.set('type', inbox.type);
  return api.get<TaskPage>(`${base}?${query.toString()}`, signal);
}

/** The steps among the user's tasks in this scope and search, with their counts. */
export function fetchTaskTypes(scope: TaskScope, q: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ scope });
  if (q) query.set('q', q);
  return api.get<TaskType[]>(`${base}/types?${query.toString()}`, signal);
}

export const fetchTask = (id: string, signal?: AbortSignal) => api.get<TaskDetail>(task(id), signal);

export const fetchDiagram = (id: string, signal?: AbortSignal) => api.get<TaskDiagram>(`${task(id)}/diagram`, signal);

export const claimTask = (id: string) => api.post(`${task(id)}/claim`);

export const unclaimTask = (id: string) => api.post(`${task(id)}/unclaim`);

export const completeTask = (id: string, variables: SubmitValues) => api.post(`${task(id)}/complete`, { variables });
