import { api } from '@/lib/api-client';
import type { CaseView } from '@/features/cases';
import type { ActivityRequest, AssessmentRequest, OutcomeRequest, ReviewRequest } from '../types';

export const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

export const submitAssessment = (taskId: string, body: AssessmentRequest) =>
  api.post(`${taskPath(taskId)}/needs-assessment`, body);

export const submitCaseFile = (taskId: string) => api.post(`${taskPath(taskId)}/case-file`);

export const submitReview = (taskId: string, body: ReviewRequest) => api.post(`${taskPath(taskId)}/review`, body);

export const recordActivity = (taskId: string, body: ActivityRequest) =>
  api.post(`${taskPath(taskId)}/service-activities`, body);

export const submitOutcome = (taskId: string, body: OutcomeRequest) =>
  api.post(`${taskPath(taskId)}/service-delivery`, body);

/**
 * The case a step with a generic form is about (核实线索, 审批认定, …): the subject endpoint answers these
 * steps with the case view, and records the read in the access log as the case page does.
 */
export const fetchCaseSubject = (taskId: string, signal?: AbortSignal) =>
  api.get<CaseView>(`${taskPath(taskId)}/subject`, signal);
