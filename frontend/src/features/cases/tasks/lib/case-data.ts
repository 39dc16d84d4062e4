import { ITEM_CATEGORY_ORDER } from '../types';

/** Readers of the case and catalogue data, kept structural so they do not depend on the case feature's types. */

export interface ItemLike {
  code: string;
  name: string;
  category: string;
}

export interface ItemGroup<T extends ItemLike> {
  category: string;
  items: T[];
}

/** Catalogue items by category: the four known ones first in their order, then any others; empty groups left out. */
export function groupCatalogue<T extends ItemLike>(items: readonly T[]): ItemGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of ITEM_CATEGORY_ORDER) groups.set(c, []);
  for (const item of items) {
    const category = item.category || 'OTHER';
    const list = groups.get(category);
    if (list) list.push(item);
    else groups.set(category, [item]);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([category, list]) => ({ category, items: list }));
}

export interface GrantLike {
  itemCode: string;
  itemName: string;
  status: string;
}

/** The services the person has now: every grant not stopped, one code each, in grant order. */
export function currentItemCodes(grants: readonly GrantLike[]): string[] {
  const codes: string[] = [];
  for (const g of grants) if (g.status !== 'STOPPED' && !codes.includes(g.itemCode)) codes.push(g.itemCode);
  return codes;
}

/** Which codes a change would add and which it would stop. */
export function diffItems(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return {
    added: after.filter((c) => !before.includes(c)),
    removed: before.filter((c) => !after.includes(c)),
  };
}

/** Names for codes: from the catalogue, then the grants, else the code itself. */
export function itemNames(codes: readonly string[], catalogue: readonly ItemLike[], grants: readonly GrantLike[] = []): string[] {
  return codes.map(
    (code) => catalogue.find((i) => i.code === code)?.name ?? grants.find((g) => g.itemCode === code)?.itemName ?? code,
  );
}

export interface TimelineLike {
  at: string;
  actor: string;
  type: string;
  detail: string | null;
}

/** Oldest first by time; entries with the same (or unreadable) time keep the server's order. */
function chronological<T extends TimelineLike>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.at) }))
    .sort((a, b) => (Number.isNaN(a.at) || Number.isNaN(b.at) ? 0 : a.at - b.at) || a.index - b.index)
    .map((x) => x.entry);
}

/**
 * What set this review off: the latest status change report, unless a review has been done since
 * (then this is a periodic review and there is no trigger to show).
 */
export function reviewTrigger<T extends TimelineLike>(timeline: readonly T[]): T | null {
  const sorted = chronological(timeline);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const entry = sorted[i]!;
    if (entry.type === 'STATUS_CHANGED') return entry;
    if (entry.type === 'REVIEWED') return null;
  }
  return null;
}

/** The latest entries of the given types, newest first. */
export function latestOfType<T extends TimelineLike>(timeline: readonly T[], types: readonly string[], limit: number): T[] {
  return chronological(timeline)
    .filter((e) => types.includes(e.type))
    .reverse()
    .slice(0, limit);
}
