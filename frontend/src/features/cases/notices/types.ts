/** The public notice API (backend caseflow NoticeEntry / NoticeBoard). No ID numbers or addresses, ever. */
import type { EnumOf, Schemas } from '@/lib/api/schemas';

import type { NoticePhase } from '@/features/cases/types';

export type { NoticePhase };
export type NoticeEntryStatus = EnumOf<'NoticeEntry', 'status'>;
export type NoticeCategory = NonNullable<EnumOf<'NoticeEntry', 'category'>>;

/** One line of the board; `phase` follows the same rule as the case page, `startsOn`–`endsOn` both included. */
export type NoticeEntry = Schemas['NoticeEntry'];

export type NoticeBoard = Schemas['NoticeBoard'];
