import type { CurrentUser } from '@/lib/auth/types';
import type { FocusGroup, LeadRequest, LeadSource } from '../types';
import { normaliseIdNumber } from '@/lib/id-number';

export const VILLAGE_CODE_PATTERN = /^\d{12}$/;

export const NAME_MAX = 50;
export const ADDRESS_MAX = 200;
export const SITUATION_MAX = 500;

export interface LeadFormValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  villageCode?: string;
  source?: LeadSource;
  focusGroup?: FocusGroup;
  situation?: string;
}

/** How the user picks the village: fixed to their own, typed (street for now), or not allowed. */
export type VillageMode = 'fixed' | 'input' | 'none';

export function villageMode(user: Pick<CurrentUser, 'orgLevel' | 'roles'>): VillageMode {
  if (user.orgLevel === 'VILLAGE') return 'fixed';
  if (user.orgLevel === 'STREET') return 'input';
  return 'none';
}

/**
 * The body of POST /api/leads: trimmed text, the ID number normalised, the village code from the
 * user's own organisation when they are a village officer (whatever the form says).
 */
export function buildLeadPayload(
  values: LeadFormValues,
  user: Pick<CurrentUser, 'orgLevel' | 'orgCode' | 'roles'>,
): LeadRequest {
  const trim = (v: string | undefined) => (v ?? '').trim();
  const villageCode = villageMode(user) === 'fixed' ? user.orgCode : trim(values.villageCode);
  return {
    name: trim(values.name),
    idNumber: normaliseIdNumber(values.idNumber),
    phone: trim(values.phone).replace(/\s+/g, ''),
    address: trim(values.address),
    villageCode,
    source: values.source as LeadSource,
    focusGroup: values.focusGroup as FocusGroup,
    situation: trim(values.situation),
  };
}

/** Server field names → form field names (they are the same today; kept for safety). */
export const LEAD_FIELDS: readonly (keyof LeadRequest)[] = [
  'name',
  'idNumber',
  'phone',
  'address',
  'villageCode',
  'source',
  'focusGroup',
  'situation',
];

export function isLeadField(field: string): field is keyof LeadRequest {
  return (LEAD_FIELDS as readonly string[]).includes(field);
}
