import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/lib/task-keys';
import type {
  AidRequest,
  ConfirmRequest,
  ContractRequest,
  DeliveryFilters,
  DeliveryRequest,
  HelperRequest,
  OrderFilters,
  SpotCheckRequest,
  StatementKind,
} from '../types';
import * as apiCalls from './services';

export const serviceKeys = {
  all: ['services'] as const,
  today: ['services', 'today'] as const,
  orders: (f: OrderFilters) => ['services', 'orders', f] as const,
  order: (orderNo: string) => ['services', 'order', orderNo] as const,
  candidates: (orderNo: string) => ['services', 'candidates', orderNo] as const,
  deliveries: (f: DeliveryFilters) => ['services', 'deliveries', f] as const,
  contracts: ['services', 'contracts'] as const,
  providers: ['services', 'providers'] as const,
  spotChecks: (month?: string) => ['services', 'spot-checks', month ?? ''] as const,
  standards: ['services', 'standards'] as const,
  warnings: (month?: string) => ['services', 'warnings', month ?? ''] as const,
  statements: (month?: string) => ['services', 'statements', month ?? ''] as const,
  statement: (no: string) => ['services', 'statement', no] as const,
  helpers: ['services', 'helpers'] as const,
  aid: (month?: string) => ['services', 'aid', month ?? ''] as const,
  subject: (taskId: string) => ['services', 'subject', taskId] as const,
};

export const useToday = () =>
  useQuery({ queryKey: serviceKeys.today, queryFn: ({ signal }) => apiCalls.fetchToday(signal) });

export const useOrders = (f: OrderFilters) =>
  useQuery({
    queryKey: serviceKeys.orders(f),
    queryFn: ({ signal }) => apiCalls.fetchOrders(f, signal),
    placeholderData: keepPreviousData,
  });

export const useOrder = (orderNo: string) =>
  useQuery({ queryKey: serviceKeys.order(orderNo), queryFn: ({ signal }) => apiCalls.fetchOrder(orderNo, signal) });

export const useCandidates = (orderNo: string | undefined) =>
  useQuery({
    queryKey: serviceKeys.candidates(orderNo ?? ''),
    queryFn: ({ signal }) => apiCalls.fetchCandidates(orderNo ?? '', signal),
    enabled: !!orderNo,
  });

export const useDeliveries = (f: DeliveryFilters) =>
  useQuery({
    queryKey: serviceKeys.deliveries(f),
    queryFn: ({ signal }) => apiCalls.fetchDeliveries(f, signal),
    placeholderData: keepPreviousData,
  });

export const useContracts = () =>
  useQuery({ queryKey: serviceKeys.contracts, queryFn: ({ signal }) => apiCalls.fetchContracts(signal) });

export const useProviders = (enabled = true) =>
  useQuery({ queryKey: serviceKeys.providers, queryFn: ({ signal }) => apiCalls.fetchProviders(signal), enabled });

export const useSpotChecks = (month?: string) =>
  useQuery({ queryKey: serviceKeys.spotChecks(month), queryFn: ({ signal }) => apiCalls.fetchSpotChecks(month, signal) });

export const useStandards = () =>
  useQuery({
    queryKey: serviceKeys.standards,
    queryFn: ({ signal }) => apiCalls.fetchStandards(signal),
    staleTime: 60 * 60 * 1000,
  });

export const useStandardWarnings = (month?: string) =>
  useQuery({ queryKey: serviceKeys.warnings(month), queryFn: ({ signal }) => apiCalls.fetchStandardWarnings(month, signal) });

export const useStatements = (month?: string) =>
  useQuery({ queryKey: serviceKeys.statements(month), queryFn: ({ signal }) => apiCalls.fetchStatements(month, signal) });

export const useStatement = (no: string) =>
  useQuery({ queryKey: serviceKeys.statement(no), queryFn: ({ signal }) => apiCalls.fetchStatement(no, signal) });

export const useHelpers = () =>
  useQuery({ queryKey: serviceKeys.helpers, queryFn: ({ signal }) => apiCalls.fetchHelpers(signal) });

export const useAid = (month?: string) =>
  useQuery({ queryKey: serviceKeys.aid(month), queryFn: ({ signal }) => apiCalls.fetchAid(month, signal) });

export const useTaskSubject = (taskId: string) =>
  useQuery({ queryKey: serviceKeys.subject(taskId), queryFn: ({ signal }) => apiCalls.fetchTaskSubject(taskId, signal) });

/** Any change here can move orders, deliveries, statements and inbox tasks: refetch them all. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
      queryClient.invalidateQueries({ queryKey: taskKeys.lists }),
    ]);
}

function useServiceMutation<V, R>(fn: (v: V) => Promise<R>) {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidate() });
}

export const useRegister = () => useServiceMutation((cardNo: string) => apiCalls.register(cardNo));
export const useRecordDelivery = () =>
  useServiceMutation((v: { body: DeliveryRequest; photo?: File | null }) => apiCalls.recordDelivery(v.body, v.photo));
export const useConfirmDelivery = () =>
  useServiceMutation((v: { id: number; body: ConfirmRequest }) => apiCalls.confirmDelivery(v.id, v.body));
export const useCreateContract = () => useServiceMutation((body: ContractRequest) => apiCalls.createContract(body));
export const useDrawSpotChecks = () => useServiceMutation((month: string) => apiCalls.drawSpotChecks(month));
export const useBuildStatements = () =>
  useServiceMutation((v: { month: string; kind: StatementKind }) => apiCalls.buildStatements(v.month, v.kind));
export const useSubmitStatement = () => useServiceMutation((no: string) => apiCalls.submitStatement(no));
export const useCreateHelper = () => useServiceMutation((body: HelperRequest) => apiCalls.createHelper(body));
export const useRecordAid = () =>
  useServiceMutation((v: { helperId: number; body: AidRequest }) => apiCalls.recordAid(v.helperId, v.body));
export const useRespondToOrder = () =>
  useServiceMutation((v: { taskId: string; accept: boolean; reason?: string }) =>
    apiCalls.respondToOrder(v.taskId, { accept: v.accept, reason: v.reason }),
  );
export const useChooseProvider = () =>
  useServiceMutation((v: { taskId: string; providerCode: string }) => apiCalls.chooseProvider(v.taskId, v.providerCode));
export const useRecordSpotCheck = () =>
  useServiceMutation((v: { taskId: string; body: SpotCheckRequest }) => apiCalls.recordSpotCheck(v.taskId, v.body));
export const useApproveStatement = () =>
  useServiceMutation((v: { taskId: string; approve: boolean; comment?: string }) =>
    apiCalls.approveStatement(v.taskId, { approve: v.approve, comment: v.comment }),
  );
