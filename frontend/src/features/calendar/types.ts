import type { Assert, Conforms, Schemas } from '@/lib/api/schemas';

export interface LoadedYear {
  year: number;
  source: 'bundled' | 'import';
  rows: number;
  /** ISO-8601 instant */
  loadedAt: string;
}

export interface CalendarStatus {
  years: LoadedYear[];
  lastLoadedYear: number | null;
  /** The year administrators are asked to import (from 1 November); null for everyone else. */
  missingYear: number | null;
}

export type CalendarImported = Schemas['CalendarImported'];

/** The views and requests above fit the generated schema (names and types; not optional/null). */
export type CalendarTypesFit = [
  Assert<Conforms<LoadedYear, Schemas['LoadedYear']>>,
  Assert<Conforms<CalendarStatus, Schemas['Status']>>,
];
