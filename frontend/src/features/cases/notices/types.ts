/** The public notice API (backend CaseDtos.NoticeEntry / NoticeBoard). No ID numbers or addresses, ever. */

export type NoticeEntryStatus = 'PUBLISHED' | 'LONG_TERM';
import type { NoticePhase } from '@/features/cases/types';

export type { NoticePhase };
export type NoticeCategory = 'CATEGORY_1' | 'CATEGORY_2' | 'CATEGORY_3' | 'CATEGORY_4' | 'CATEGORY_5' | 'CATEGORY_6';

export interface NoticeEntry {
  noticeId: number;
  serviceNo: number | null;
  name: string;
  gender: 'MALE' | 'FEMALE' | string | null;
  villageName: string | null;
  category: NoticeCategory | string | null;
  services: string[];
  status: NoticeEntryStatus | string;
  /** 公示中 / 异议复核中 / 公示期满 / 长期公示 — the same rule as the case page. */
  phase: NoticePhase | string;
  /** First and last day of the period, both included. */
  startsOn: string | null;
  endsOn: string | null;
  periodEndedAt: string | null;
}

export interface NoticeBoard {
  villageCode: string;
  villageName: string | null;
  streetName: string | null;
  entries: NoticeEntry[];
}
