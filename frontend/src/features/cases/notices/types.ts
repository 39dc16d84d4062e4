/** The public notice API (backend CaseDtos.NoticeEntry / NoticeBoard). No ID numbers or addresses, ever. */
import type { Assert, Conforms, EnumOf, Schemas } from '@/lib/api/schemas';

export type NoticeEntryStatus = EnumOf<'NoticeEntry', 'status'>;
import type { Gender, NoticePhase } from '@/features/cases/types';

export type { NoticePhase };
export type NoticeCategory = EnumOf<'NoticeEntry', 'category'>;

export interface NoticeEntry {
  noticeId: number;
  serviceNo: number | null;
  name: string;
  gender: Gender | null;
  villageName: string | null;
  category: NoticeCategory | null;
  services: string[];
  status: NoticeEntryStatus;
  /** 公示中 / 异议复核中 / 公示期满 / 长期公示 — the same rule as the case page. */
  phase: NoticePhase;
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

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type NoticesTypesFit = [
  Assert<Conforms<NoticeEntry, Schemas['NoticeEntry']>>,
  Assert<Conforms<NoticeBoard, Schemas['NoticeBoard']>>,
];
