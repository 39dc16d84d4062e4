import { categoryNumber } from '@/features/cases/lib/labels';
import type { NoticeEntry } from '../types';

/**
 * One line of a printed notice. Built field by field from the entry, so nothing but these five
 * (and the period) can reach paper — never an ID number, address or phone, even if one were sent.
 */
export interface NoticeRow {
  key: number;
  serviceNo: string;
  name: string;
  gender: string;
  category: string;
  services: string;
  period: NoticePeriod;
}

export interface NoticePeriod {
  status: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface RowLabels {
  none: string;
  gender: (value: string) => string;
  /** The wording of category 1–6. */
  category: (no: number) => string;
  /** How a list of services is joined (、 in Chinese). */
  join: string;
}

export function toNoticeRows(entries: readonly NoticeEntry[], labels: RowLabels): NoticeRow[] {
  return entries.map((e) => {
    const no = categoryNumber(e.category);
    return {
      key: e.noticeId,
      serviceNo: e.serviceNo == null ? labels.none : String(e.serviceNo),
      name: e.name,
      gender: e.gender ? labels.gender(e.gender) : labels.none,
      category: no ? labels.category(no) : labels.none,
      services: e.services.length > 0 ? e.services.join(labels.join) : labels.none,
      period: { status: e.status, startsOn: e.startsOn, endsOn: e.endsOn },
    };
  });
}

/** Service number order (unnumbered last), then name. */
export function sortEntries(entries: readonly NoticeEntry[]): NoticeEntry[] {
  return [...entries].sort((a, b) => {
    const x = a.serviceNo ?? Number.MAX_SAFE_INTEGER;
    const y = b.serviceNo ?? Number.MAX_SAFE_INTEGER;
    return x - y || a.name.localeCompare(b.name, 'zh-CN');
  });
}

/** The period all entries share, or null when they differ (the sheet then shows one per line). */
export function commonPeriod(entries: readonly NoticeEntry[]): NoticePeriod | null {
  if (entries.length === 0) return null;
  const [first] = entries;
  const same = entries.every(
    (e) => e.status === first.status && e.startsOn === first.startsOn && e.endsOn === first.endsOn,
  );
  return same ? { status: first.status, startsOn: first.startsOn, endsOn: first.endsOn } : null;
}

export type CommitteeKind = 'village' | 'community' | 'other';

/** 渔港村 → 渔港村村民委员会; 南门社区 → 南门社区居民委员会. */
export function committeeKind(villageName: string | null | undefined): CommitteeKind {
  const name = (villageName ?? '').trim();
  if (name.endsWith('社区')) return 'community';
  if (name.endsWith('村')) return 'village';
  return 'other';
}

/** The date under the issuer: the shared start of the notice period, else today (YYYY-MM-DD). */
export function issueDate(entries: readonly NoticeEntry[], today: string): string {
  const period = commonPeriod(entries);
  return period?.status === 'PUBLISHED' && period.startsOn ? period.startsOn : today;
}
