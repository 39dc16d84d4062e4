import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import type { IntakeRequest, IntakeStatus, RouteChoice, SubsistenceDecision } from '../types';
import * as calls from './onedoor';

export const oneDoorKeys = {
  all: ['onedoor'] as const,
  list: (f: { status?: IntakeStatus; page: number; size: number }) => ['onedoor', 'list', f] as const,
  intake: (no: string) => ['onedoor', 'intake', no] as const,
  person: (id: number) => ['onedoor', 'person', id] as const,
  subject: (taskId: string) => ['onedoor', 'subject', taskId] as const,
};

export const useIntakes = (f: { status?: IntakeStatus; page: number; size: number }) =>
  useQuery({ queryKey: oneDoorKeys.list(f), queryFn: ({ signal }) => calls.fetchIntakes(f, signal), placeholderData: keepPreviousData });
export const useIntake = (no: string) =>
  useQuery({ queryKey: oneDoorKeys.intake(no), queryFn: ({ signal }) => calls.fetchIntake(no, signal), enabled: !!no });
export const usePersonPage = (id: number) =>
  useQuery({ queryKey: oneDoorKeys.person(id), queryFn: ({ signal }) => calls.fetchPerson(id, signal), enabled: id > 0 });
export const useIntakeSubject = (taskId: string) =>
  useQuery({ queryKey: oneDoorKeys.subject(taskId), queryFn: ({ signal }) => calls.fetchIntakeSubject(taskId, signal) });

function useOneDoorMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: oneDoorKeys.all }),
        queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
      ]),
  });
}

export const useCreateIntake = () => useOneDoorMutation((body: IntakeRequest) => calls.createIntake(body));
export const useUploadIntakeDocument = () =>
  useOneDoorMutation((v: { intakeNo: string; file: File }) => calls.uploadIntakeDocument(v.intakeNo, v.file));
export const useConfirmRoutes = () =>
  useOneDoorMutation((v: { taskId: string; routes: RouteChoice[] }) => calls.confirmRoutes(v.taskId, v.routes));
export const useDecideSubsistence = () =>
  useOneDoorMutation((v: { taskId: string; decision: SubsistenceDecision; note?: string }) =>
    calls.decideSubsistence(v.taskId, v.decision, v.note));
