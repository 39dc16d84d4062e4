import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { Schemas } from './api/schemas';

/** A district, street or village in the user's scope (GET /api/org-units); `parentCode` null at the top. */
export type OrgUnit = Schemas['OrgUnitView'];

export interface OrgTreeNode {
  value: string;
  title: string;
  /** Only villages are picked: the filters they feed take a village. */
  selectable: boolean;
  children?: OrgTreeNode[];
}

export const orgUnitsKey = ['org-units'] as const;

export function useOrgUnits(enabled = true) {
  return useQuery({
    queryKey: orgUnitsKey,
    queryFn: ({ signal }) => api.get<OrgUnit[]>('/api/org-units', signal),
    staleTime: 60 * 60 * 1000,
    enabled,
  });
}

/** The flat list as a tree by parent code, in the server's order (by code). */
export function orgTree(units: readonly OrgUnit[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const u of units) nodes.set(u.code, { value: u.code, title: u.name, selectable: u.level === 'VILLAGE' });
  const roots: OrgTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.code)!;
    const parent = u.parentCode ? nodes.get(u.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
