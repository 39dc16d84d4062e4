import type { CurrentUser } from '@/lib/auth/types';
import type { Emergency, RosterRow } from '../types';

export const VILLAGE_CODE_PATTERN = /^\d{12}$/;
/** District 6, street 9, village 12 digits; each level's code is the prefix of those below it. */
export const ORG_CODE_PATTERN = /^(\d{6}|\d{9}|\d{12})$/;

export interface OrgOption {
  code: string;
  name: string | null;
}

/**
 * How the user names the village of a new enrolment, as on the lead form: a village officer's is
 * their own; a street clerk picks one of their street's; nobody else enrols.
 */
export type VillageMode = 'fixed' | 'pick' | 'none';

export function villageMode(user: Pick<CurrentUser, 'orgLevel'>): VillageMode {
  if (user.orgLevel === 'VILLAGE') return 'fixed';
  if (user.orgLevel === 'STREET') return 'pick';
  return 'none';
}

/** Whether `code` lies in the user's subtree (a street's villages carry its 9 digits, and so on). */
export function inScope(code: string, user: Pick<CurrentUser, 'orgCode' | 'orgLevel'>): boolean {
  if (!/^\d+$/.test(user.orgCode)) return true;
  return code.startsWith(user.orgCode);
}

function byCode(options: Iterable<OrgOption>): OrgOption[] {
  const seen = new Map<string, OrgOption>();
  for (const o of options) {
    if (!o.code) continue;
    const known = seen.get(o.code);
    if (!known || (!known.name && o.name)) seen.set(o.code, o);
  }
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The villages the user has seen on the roster. There is no organisation API: the pickers offer
 * these and accept a typed code besides.
 */
export function villagesFromRows(rows: readonly Pick<RosterRow, 'villageCode' | 'villageName'>[]): OrgOption[] {
  return byCode(rows.map((r) => ({ code: r.villageCode, name: r.villageName })));
}

/** Areas for an emergency: the user's own node, areas of earlier emergencies, the villages seen. */
export function areaOptions(
  user: Pick<CurrentUser, 'orgCode' | 'orgName'>,
  emergencies: readonly Pick<Emergency, 'orgCode' | 'orgName'>[],
  villages: readonly OrgOption[],
): OrgOption[] {
  const own: OrgOption = { code: user.orgCode, name: user.orgName };
  const rest = byCode([...emergencies.map((e) => ({ code: e.orgCode, name: e.orgName })), ...villages]).filter(
    (o) => o.code !== own.code,
  );
  return ORG_CODE_PATTERN.test(own.code) ? [own, ...rest] : rest;
}
