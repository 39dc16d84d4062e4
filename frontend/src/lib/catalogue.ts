import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { EnumOf, Schemas } from './api/schemas';

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

/** `category` is one of ITEM_CATEGORIES or a newer one the server knows; `standardPrice` null for items without one. */
export type CatalogueItem = Schemas['ItemDto'];

export const catalogueKey = ['catalogue', 'items'] as const;

export const fetchCatalogue = (signal?: AbortSignal) => api.get<CatalogueItem[]>('/api/catalogue/items', signal);

export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 60 * 60 * 1000,
  });
}
