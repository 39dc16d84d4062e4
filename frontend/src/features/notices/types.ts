/** The public notice API (backend CaseDtos.NoticeEntry / NoticeBoard). No ID numbers or addresses, ever. */

export type NoticeEntryStatus = 'PUBLISHED' | 'LONG_TERM';
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
  startsOn: string | null;
  endsOn: string | null;
}

export interface NoticeBoard {
  villageCode: string;
  villageName: string | null;
  streetName: string | null;
  entries: NoticeEntry[];
}
