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

export interface CalendarImported {
  year: number;
  rows: number;
  newYear: boolean;
  recomputedTasks: number;
  recomputedTimers: number;
  unchanged: number;
  skipped: number;
}
