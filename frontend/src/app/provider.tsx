import { useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '@/lib/query-client';
import { DomainTaskFormsContext, TaskSubjectPanelsContext } from '@/lib/task-forms';
import { CaseSectionsContext, type CaseSections } from '@/lib/case-sections';
import { CaseReferralPanel } from '@/features/referrals';
import { domainTaskFormFor, taskSubjectPanelFor } from './task-forms';
import '@/i18n';

/** What the case page shows from other features. */
const caseSections: CaseSections = { Referrals: CaseReferralPanel };

const theme = {
  token: { colorPrimary: '#1677ff', borderRadius: 6 },
};

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? enUS : zhCN;
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
        {/* Toasts below the 64px header, so they never cover its buttons on a phone. */}
        <AntApp message={{ top: 72, maxCount: 3 }}>
          <DomainTaskFormsContext.Provider value={domainTaskFormFor}>
            <TaskSubjectPanelsContext.Provider value={taskSubjectPanelFor}>
              <CaseSectionsContext.Provider value={caseSections}>{children}</CaseSectionsContext.Provider>
            </TaskSubjectPanelsContext.Provider>
          </DomainTaskFormsContext.Provider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
