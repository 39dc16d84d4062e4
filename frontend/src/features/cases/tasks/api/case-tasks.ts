import { api } from '@/lib/api-client';
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
