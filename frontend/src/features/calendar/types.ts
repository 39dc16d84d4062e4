import type { Schemas } from '@/lib/api/schemas';

export type LoadedYear = Schemas['LoadedYear'];

export type CalendarStatus = Schemas['Status'];

export type CalendarImported = Schemas['CalendarImported'];
