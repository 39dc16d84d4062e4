import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Form, Select, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { Forbidden, PageTitle } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { reportFilePath, useProduceReport, useReports } from '../api/reports';
import { useReportsT } from '../i18n';
import { formatSize } from '../lib/format';
import { presetPeriod, type Period } from '../lib/periods';
import { REPORT_KINDS, type ReportKind, type ReportView } from '../types';
import { PeriodPicker, QueryError } from './parts';
import './reports.css';

/** The form a district manager produces a report with: kind, period, a confirmation. */
function ProduceForm() {
  const t = useReportsT();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const produce = useProduceReport();
  const [kind, setKind] = useState<ReportKind>('PROGRESS');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('lastQuarter'));

  const submit = () => {
    modal.confirm({
      title: t('produce.confirmTitle'),
      content: t('produce.confirmText', { kind: t(`kind.${kind}`), from: period.from, to: period.to }),
      okText: t('produce.ok'),
      cancelText: t('common:cancel'),
      okButtonProps: { 'data-testid': 'report-confirm' },
      onOk: () =>
        produce.mutateAsync({ kind, from: period.from, to: period.to }).then(
          () => void message.success(t('produce.done')),
          (e: unknown) => void message.error(errorMessage(e)),
        ),
    });
  };

  return (
    <Card size="small" title={t('produce.title')} className="reports-card">
      <Form layout="inline" onFinish={submit} className="reports-filters">
        <Form.Item label={t('produce.kind')}>
          <Select<ReportKind>
            value={kind}
            onChange={setKind}
            options={REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            style={{ minWidth: 180 }}
            data-testid="report-kind"
          />
        </Form.Item>
        <Form.Item label={t('produce.period')}>
          <PeriodPicker value={period} onChange={setPeriod} testId="report-period" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<FileAddOutlined />} loading={produce.isPending} data-testid="report-produce">
            {t('produce.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** 统计报表: the stored .xlsx reports (by the timer or on demand), newest first, and the produce form. */
export function ReportsPage() {
  const t = useReportsT();
  const user = useCurrentUser();
  const allowed = hasAnyRole(user, 'DISTRICT_MANAGER', 'ADMIN');
  const canProduce = hasAnyRole(user, 'DISTRICT_MANAGER');
  const reports = useReports();

  const columns = useMemo<TableColumnsType<ReportView>>(
    () => [
      { title: t('list.kind'), key: 'kind', render: (_, r) => t(`kind.${r.kind}`) },
      { title: t('list.period'), key: 'period', render: (_, r) => `${r.from} ~ ${r.to}` },
      { title: t('list.createdAt'), key: 'createdAt', render: (_, r) => formatDateTime(r.createdAt) },
      {
        title: t('list.origin'),
        key: 'origin',
        render: (_, r) => <Tag color={r.origin === 'SCHEDULED' ? 'blue' : 'default'}>{t(`origin.${r.origin}`)}</Tag>,
      },
      { title: t('list.size'), key: 'size', render: (_, r) => formatSize(r.sizeBytes), align: 'right' },
      {
        title: t('common:actions'),
        key: 'download',
        render: (_, r) => (
          <Button href={reportFilePath(r.id)} download={r.fileName} icon={<DownloadOutlined />} size="small" data-testid="report-download" data-report-id={r.id}>
            {t('list.download')}
          </Button>
        ),
      },
    ],
    [t],
  );

  if (!allowed) return <Forbidden testId="reports-forbidden" title={t('common:forbidden')} />;
  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      {canProduce && <ProduceForm />}
      {reports.isPending ? (
        <Skeleton active />
      ) : reports.isError ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Table<ReportView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={reports.data}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('list.empty')} /> }}
          data-testid="report-list"
        />
      )}
    </>
  );
}
