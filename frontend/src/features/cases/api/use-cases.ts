import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogueKey, useCatalogue } from '@/lib/catalogue';
import type { CaseFilters, DocumentType, LeadRequest } from '../types';
import {
  createLead,
  fetchCard,
  printPinSlip,
  resetPin,
  fetchCase,
  fetchCaseDiagram,
  fetchCases,
  raiseObjection,
  reportStatusChange,
} from './cases';
import { uploadDocument } from './upload';

export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  detail: (caseNo: string) => ['cases', 'detail', caseNo] as const,
  diagram: (caseNo: string) => ['cases', 'diagram', caseNo] as const,
  card: (caseNo: string) => ['cases', 'card', caseNo] as const,
  catalogue: catalogueKey,
};

export { useCatalogue };

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ signal }) => fetchCases(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(caseNo: string) {
  return useQuery({
    queryKey: caseKeys.detail(caseNo),
    queryFn: ({ signal }) => fetchCase(caseNo, signal),
    enabled: !!caseNo,
  });
}

export function useCaseDiagram(caseNo: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.diagram(caseNo),
    queryFn: ({ signal }) => fetchCaseDiagram(caseNo, signal),
    enabled: enabled && !!caseNo,
  });
}

export function useCard(caseNo: string) {
  return useQuery({
    queryKey: caseKeys.card(caseNo),
    queryFn: ({ signal }) => fetchCard(caseNo, signal),
  });
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadRequest) => createLead(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
  });
}

/** After any change to a case: its view, its diagram and the lists are stale. */
function useInvalidateCase() {
  const queryClient = useQueryClient();
  return (caseNo: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNo) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.diagram(caseNo) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
    ]);
}

export function useRaiseObjection(caseNo: string) {
  const invalidate = useInvalidateCase();
  return useMutation({
    mutationFn: (content: string) => raiseObjection(caseNo, content),
    onSettled: () => invalidate(caseNo),
  });
}

export function useReportStatusChange(caseNo: string) {
  const invalidate = useInvalidateCase();
  return useMutation({
    mutationFn: (reason: string) => reportStatusChange(caseNo, reason),
    onSettled: () => invalidate(caseNo),
  });
}

export function useUploadDocument(caseNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ type, file }: { type: DocumentType; file: File }) => uploadDocument(caseNo, type, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseNo) }),
  });
}

/**
 * Prints the first PIN slip or resets the PIN. The slip carries the PIN, so the mutation keeps
 * nothing in the cache once it is done (gcTime 0); the caller hands it straight to the slip page.
 */
export function usePinSlip(caseNo: string) {
  const invalidate = useInvalidateCase();
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (kind: 'first' | 'reset') => (kind === 'first' ? printPinSlip(caseNo) : resetPin(caseNo)),
    onSettled: () =>
      Promise.all([invalidate(caseNo), queryClient.invalidateQueries({ queryKey: caseKeys.card(caseNo) })]),
  });
}
