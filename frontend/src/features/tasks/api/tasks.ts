import { api } from '@/lib/api-client';
import type { SubmitValues, TaskDetail, TaskDiagram, TaskPage, TaskScope } from '../types';

const base = '/api/tasks';
const task = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function fetchTasks(scope: TaskScope, page: number, size: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ scope, page: String(page), size: String(size) });
  return api.get<TaskPage>(`${base}?${query.toString()}`, signal);
}

export const fetchTask = (id: string, signal?: AbortSignal) => api.get<TaskDetail>(task(id), signal);

export const fetchDiagram = (id: string, signal?: AbortSignal) => api.get<TaskDiagram>(`${task(id)}/diagram`, signal);

export const claimTask = (id: string) => api.post(`${task(id)}/claim`);

export const unclaimTask = (id: string) => api.post(`${task(id)}/unclaim`);

export const completeTask = (id: string, variables: SubmitValues) => api.post(`${task(id)}/complete`, { variables });
