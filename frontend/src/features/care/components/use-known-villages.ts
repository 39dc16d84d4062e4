import { useQueryClient } from '@tanstack/react-query';
import { careKeys } from '../api/use-care';
import { villagesFromRows, type OrgOption } from '../lib/villages';
import type { RosterPage } from '../types';

/**
 * The villages on the roster pages already loaded. There is no organisation API; the village
 * pickers offer these and take a typed code besides. Call it from a component that renders when
 * the roster changes (the roster page does).
 */
export function useKnownVillages(): OrgOption[] {
  const client = useQueryClient();
  const pages = client.getQueriesData<RosterPage>({ queryKey: careKeys.lists });
  return villagesFromRows(pages.flatMap(([, page]) => page?.items ?? []));
}
