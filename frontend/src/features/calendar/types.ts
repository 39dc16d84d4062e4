import type { Schemas } from '@/lib/api/schemas';

export type LoadedYear = Schemas['LoadedYear'];

export type CalendarStatus = Schemas['Status'];

export type CalendarImported = Schemas['CalendarImported'];

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type CalendarTypesFit = [
];
