import { useRef, useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { Forbidden } from '@/components/PageParts';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/auth/roles';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/dates';
import { RECOGNITION_TEMPLATE } from '../api/tempaid';
import { useImportRecognitions } from '../api/use-tempaid';
import { useTempaidLabel, useTempaidT } from '../i18n';
import type { ImportReport } from '../types';
import { ErrorAlert, PageTitle } from './parts';

/** 新认定名单导入: the district uploads the month's newly recognised 低保/特困 people and sees each row's result. */
export function ImportPage() {
  const user = useCurrentUser();
  const t = useTempaidT();
  const label = useTempaidLabel();
  const run = useImportRecognitions();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  if (!hasAnyRole(user, 'DISTRICT_MANAGER')) return <Forbidden testId="recognition-forbidden" />;
  const report: ImportReport | undefined = run.data;
  const rowErrors = isApiError(run.error, 400) ? run.error.fieldErrors : [];
  return (
    <div data-testid="recognition-import">
      <PageTitle>{t('import.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Button href={RECOGNITION_TEMPLATE} data-testid="recognition-template">
            {t('import.template')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="recognition-file"
            style={{ maxWidth: '100%' }}
          />
          <Popconfirm
            title={t('import.confirm', { name: file?.name ?? '' })}
            disabled={!file}
            okButtonProps={{ id: 'recognition-confirm' }}
            onConfirm={() => {
              if (file) run.mutate(file);
            }}
          >
            <Button type="primary" disabled={!file} loading={run.isPending} data-testid="recognition-submit">
              {t('import.choose')}
            </Button>
          </Popconfirm>
        </Space>
      </Card>
      {rowErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="recognition-errors"
          message={t('import.errors')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {rowErrors.map((e, i) => (
                <li key={i}>
                  {e.field}：{e.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <ErrorAlert error={run.error} testId="recognition-error" />
      )}
      {report ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type="success"
            showIcon
            data-testid="recognition-done"
            message={t('import.done', { total: report.totalRows, recorded: report.recorded, leads: report.leadsCreated, already: report.alreadyRecorded })}
          />
          <Table
            size="small"
            rowKey="row"
            pagination={false}
            scroll={{ x: 640 }}
            dataSource={report.rows}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 60 },
              { title: t('import.name'), dataIndex: 'name' },
              { title: t('import.idNumber'), dataIndex: 'maskedIdNumber' },
              { title: t('import.village'), dataIndex: 'villageName' },
              { title: t('import.category'), render: (_, r) => label('category', r.category) },
              { title: t('import.recognisedOn'), render: (_, r) => formatDate(r.recognisedOn) },
              { title: t('import.outcome'), render: (_, r) => label('outcome', r.outcome) },
            ]}
          />
        </Space>
      ) : null}
    </div>
  );
}
