import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { EnumOf } from './api/schemas';

/**
 * The catalogue of service items (GET /api/catalogue/items): shared by the case flow (assessment,
 * review) and purchased services (contracts).
 */
export const SERVICE_WAYS = [
  'PURCHASED',
  'INSTITUTIONAL',
  'DEPARTMENT',
  'PARTY_PAIRING',
  'SOCIAL_WORK',
  'NEIGHBOUR_AID',
  'CHARITY',
] as const;
export type ServiceWay = EnumOf<'ItemDto', 'way'>;

export const ITEM_CATEGORIES = ['DAILY_CARE', 'HEALTH', 'CAPABILITY', 'SUPPORT'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export interface CatalogueItem {
  code: string;
  name: string;
  way: ServiceWay;
  category: ItemCategory | string;
  unit: string | null;
  standardPrice: number | null;
}

export const catalogueKey = ['catalogue', 'items'] as const;

export const fetchCatalogue = (signal?: AbortSignal) => api.get<CatalogueItem[]>('/api/catalogue/items', signal);

export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 60 * 60 * 1000,
  });
}
