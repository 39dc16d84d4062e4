import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Result, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { Forbidden } from '@/components/PageParts';
import { usePrintMode } from '@/features/cases/lib/use-print-mode';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/use-error-message';
import { useNotice, useNoticeBoard } from '../api/notices';
import { useNoticesT } from '../i18n';
import { boardVillageCode, canViewNotices } from './NoticeBoardPage';
import { NoticeSheet } from './NoticeSheet';
import './notices.css';

function PrintFrame({ backTo, canPrint, children }: { backTo: string; canPrint: boolean; children: ReactNode }) {
  const t = useNoticesT();
  return (
    <div className="notice-print-page">
      <div className="notice-print-toolbar no-print">
        <Link to={backTo}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {t('print.back')}
          </Button>
        </Link>
        {canPrint && (
          <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="notice-print-button">
            {t('print.print')}
          </Button>
        )}
      </div>
      {children}
      {canPrint && (
        <Typography.Paragraph type="secondary" className="no-print" style={{ marginTop: 12 }}>
          {t('print.a4Hint')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** What a query gives to print: a skeleton of `rows` while it loads, its error, or `children` with the data. */
function LoadedFrame<T>({
  backTo,
  query,
  rows,
  children,
}: {
  backTo: string;
  query: UseQueryResult<T>;
  rows: number;
  children: (data: T) => ReactNode;
}) {
  const t = useNoticesT();
  const describe = useErrorMessage();
  if (query.isPending) {
    return (
      <PrintFrame backTo={backTo} canPrint={false}>
        <Skeleton active paragraph={{ rows }} />
      </PrintFrame>
    );
  }
  if (query.isError) {
    return (
      <PrintFrame backTo={backTo} canPrint={false}>
        <Alert type="error" showIcon message={t('print.loadFailed')} description={describe(query.error)} />
      </PrintFrame>
    );
  }
  return (
    <PrintFrame backTo={backTo} canPrint>
      {children(query.data)}
    </PrintFrame>
  );
}

const boardPath = (villageCode: string | undefined) =>
  villageCode ? `/notices?${new URLSearchParams({ villageCode }).toString()}` : '/notices';

/** /notices/print?villageCode= — the whole board of a village on A4. */
export function NoticeBoardPrintPage() {
  usePrintMode();
  const t = useNoticesT();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const allowed = canViewNotices(user);
  const villageCode = boardVillageCode(user, params.get('villageCode'));
  const board = useNoticeBoard(allowed ? villageCode : undefined);

  if (!allowed) return <Forbidden />;
  const back = boardPath(villageCode);
  if (!villageCode) {
    return (
      <PrintFrame backTo={back} canPrint={false}>
        <Alert type="info" showIcon message={t('board.pickVillage')} />
      </PrintFrame>
    );
  }
  return (
    <LoadedFrame backTo={back} query={board} rows={8}>
      {(data) => <NoticeSheet villageName={data.villageName} streetName={data.streetName} entries={data.entries} />}
    </LoadedFrame>
  );
}

/** /notices/:noticeId/print[?villageCode=] — one person's notice on A4 (the code adds the street name). */
export function NoticePrintPage() {
  usePrintMode();
  const { noticeId = '' } = useParams();
  const t = useNoticesT();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const allowed = canViewNotices(user);
  const villageCode = boardVillageCode(user, params.get('villageCode'));
  const notice = useNotice(allowed ? noticeId : '');
  // Only for the street's name: the entry itself carries the village.
  const board = useNoticeBoard(allowed ? villageCode : undefined);

  if (!allowed) return <Forbidden />;
  const back = boardPath(villageCode);
  if (!/^\d+$/.test(noticeId) || (notice.isError && isApiError(notice.error, 404))) {
    return (
      <PrintFrame backTo={back} canPrint={false}>
        <Result status="404" title={t('print.notFound')} />
      </PrintFrame>
    );
  }
  return (
    <LoadedFrame backTo={back} query={notice} rows={6}>
      {(entry) => {
        const sameBoard = board.data?.entries.some((e) => e.noticeId === entry.noticeId) ?? false;
        return (
          <NoticeSheet
            villageName={entry.villageName ?? (sameBoard ? board.data?.villageName ?? null : null)}
            streetName={sameBoard ? board.data?.streetName ?? null : null}
            entries={[entry]}
          />
        );
      }}
    </LoadedFrame>
  );
}
