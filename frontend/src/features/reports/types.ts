/**
 * The reports API (GET /api/reports/kpis, GET/POST /api/reports, GET /api/reports/{id}/file): aliases of
 * the generated schemas (src/lib/api/schemas.ts). Dates are `YYYY-MM-DD` (Asia/Shanghai days), inclusive.
 */
import type { EnumOf, Schemas } from '@/lib/api/schemas';

export type KpiFigures = Schemas['KpiFigures'];
export type KpiReport = Schemas['KpiReport'];
export type StreetKpis = Schemas['StreetKpis'];
export type VillageKpis = Schemas['UnitKpis'];
export type ProviderKpis = Schemas['ProviderKpis'];
export type ReportView = Schemas['ReportView'];
export type ReportRequest = Schemas['ReportRequest'];
export type ReportKind = EnumOf<'ReportView', 'kind'>;
export type ReportOrigin = EnumOf<'ReportView', 'origin'>;

export const REPORT_KINDS: readonly ReportKind[] = ['PROGRESS', 'ANNUAL_EVALUATION'];
