import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '@/lib/query-client';
import { CaseSectionsContext, type CaseSections } from '@/lib/case-sections';
import '@/i18n';

const LazyReferrals = lazy(async () => ({ default: (await import('@/features/referrals')).CaseReferralPanel }));

/** The case's referrals, loaded with the case page rather than with the sign-in page. */
function Referrals({ caseNo }: { caseNo: string }) {
  return (
    <Suspense fallback={null}>
      <LazyReferrals caseNo={caseNo} />
    </Suspense>
  );
}

const LazyMeetings = lazy(async () => ({ default: (await import('@/features/meetings')).CaseMeetingPanel }));

/** The case's joint-meeting items, loaded with the case page. */
function Meetings({ caseNo }: { caseNo: string }) {
  return (
    <Suspense fallback={null}>
      <LazyMeetings caseNo={caseNo} />
    </Suspense>
  );
}

/** What the case page shows from other features (domain task screens: TaskDetailRoute). */
const caseSections: CaseSections = { Referrals, Meetings };

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
        {/* antd's App (messages, modals) wraps the signed-in pages only: layout/SignedInShell. */}
        <CaseSectionsContext.Provider value={caseSections}>{children}</CaseSectionsContext.Provider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
