import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isManager } from '@/lib/auth/roles';
import { Forbidden, LoadError, PageTitle } from '@/components/PageParts';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCalendarStatus, useImportCalendar } from '../api/calendar';
import { useCalendarT } from '../i18n';
import type { LoadedYear } from '../types';

const EXAMPLE = 'date,kind,name\n2027-01-01,holiday,元旦\n2027-02-07,workday,调休上班';

/** 工作日历: the years loaded and the import of a new year's State Council notice (managers and admins). */
export function CalendarPage() {
  const user = useCurrentUser();
  const t = useCalendarT();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const status = useCalendarStatus(isManager(user));
  const importFile = useImportCalendar();
  if (!isManager(user)) return <Forbidden testId="calendar-forbidden" />;

  const beforeUpload = (file: File) => {
    importFile.mutate(file, {
      onSuccess: (r) =>
        message.success(t('imported', { year: r.year, rows: r.rows, tasks: r.recomputedTasks, timers: r.recomputedTimers })),
    });
    return Upload.LIST_IGNORE;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle>{t('title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Card size="small">
        <Typography.Paragraph>{t('format')}</Typography.Paragraph>
        <Typography.Text type="secondary">{t('example')}</Typography.Text>
        <pre style={{ whiteSpace: 'pre-wrap', margin: '4px 0 12px' }}>{EXAMPLE}</pre>
        <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={beforeUpload}>
          <Button type="primary" icon={<UploadOutlined />} loading={importFile.isPending} data-testid="calendar-upload">
            {t('upload')}
          </Button>
        </Upload>
        {importFile.isError && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} message={t('importFailed')} description={describe(importFile.error)} />
        )}
      </Card>
      {status.isError ? (
        <LoadError error={status.error} />
      ) : (
        <Table<LoadedYear>
          size="small"
          rowKey="year"
          loading={status.isPending}
          title={() => t('years')}
          locale={{ emptyText: t('empty') }}
          pagination={false}
          scroll={{ x: true }}
          dataSource={status.data?.years ?? []}
          columns={[
            { key: 'year', title: t('year'), dataIndex: 'year' },
            { key: 'source', title: t('source'), render: (_, y) => (y.source === 'bundled' ? t('sourceBundled') : t('sourceImport')) },
            { key: 'rows', title: t('rows'), dataIndex: 'rows' },
            { key: 'loadedAt', title: t('loadedAt'), render: (_, y) => formatDateTime(y.loadedAt) },
          ]}
        />
      )}
    </Space>
  );
}
