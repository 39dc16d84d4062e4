import 'i18next';
import type zh from './zh';
import type { CommonStrings } from './common';
import type { ProcessStrings } from './process-words';
/* The one place that types every namespace, so it names each feature's Chinese original (types only,
   nothing runs): the only exception to "i18n/ imports no feature". */
/* eslint-disable import-x/no-restricted-paths */
import type { AuditStrings } from '@/features/audit/i18n';
import type { AuthStrings } from '@/features/auth/i18n';
import type { CalendarStrings } from '@/features/calendar/i18n';
import type { CareStrings } from '@/features/care/i18n';
import type { CasesStrings } from '@/features/cases/i18n';
import type { DepartmentsStrings } from '@/features/departments/i18n';
import type { NoticesStrings } from '@/features/cases/notices/i18n';
import type { CaseTasksStrings } from '@/features/cases/tasks/i18n';
import type { MonitoringStrings } from '@/features/monitoring/i18n';
import type { ReferralStrings } from '@/features/referrals/i18n';
import type { MeetingsStrings } from '@/features/meetings/i18n';
import type { OneDoorStrings } from '@/features/onedoor/i18n';
import type { ReportsStrings } from '@/features/reports/i18n';
import type { ServicesStrings } from '@/features/services/i18n';
import type { TasksStrings } from '@/features/tasks/i18n';
import type { TempaidStrings } from '@/features/tempaid/i18n';
/* eslint-enable import-x/no-restricted-paths */

/**
 * Every namespace, typed by its Chinese original (each English set is typed `Strings<typeof zh>`
 * where it is written, so it has the same keys). `t('key')` and `t('common:key')` are checked.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof zh;
      common: CommonStrings;
      processes: ProcessStrings;
      audit: AuditStrings;
      auth: AuthStrings;
      calendar: CalendarStrings;
      care: CareStrings;
      cases: CasesStrings;
      departments: DepartmentsStrings;
      notices: NoticesStrings;
      caseTasks: CaseTasksStrings;
      monitoring: MonitoringStrings;
      referrals: ReferralStrings;
      meetings: MeetingsStrings;
      onedoor: OneDoorStrings;
      reports: ReportsStrings;
      services: ServicesStrings;
      tasks: TasksStrings;
      tempaid: TempaidStrings;
    };
  }
}
