import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Flex, Result, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileExcelOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useErrorMessage } from '@/lib/use-error-message';
import { importReportOf, ROSTER_TEMPLATE_URL } from '../api/care';
import { useImportRoster } from '../api/use-care';
import { useCareT } from '../i18n';
import { isXlsx } from '../lib/photo';
import { canManageCare } from '../lib/roles';
import type { ImportMode, ImportReport, ImportRowError } from '../types';
import { Forbidden } from '@/components/PageParts';
import './care.css';

/** The row errors of a check, as a table: row, column, message. */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const t = useCareT();
  const columns: TableColumnsType<ImportRowError> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 72 },
    { key: 'column', title: t('import.column'), render: (_, e) => e.column || t('common:none'), width: 120 },
    { key: 'message', title: t('import.message'), dataIndex: 'message' },
  ];
  return (
    <Table<ImportRowError>
      data-testid="care-import-errors"
      size="small"
      columns={columns}
      dataSource={errors}
      rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
      pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
      onRow={(e) => ({ 'data-row': e.row }) as HTMLAttributes<HTMLElement>}
    />
  );
}

/**
 * 导入台账: the template, the file, a check (mode=check) with its row errors, then 全部导入 (only
 * when every row is correct) or 仅导入正确行.
 */
export function CareImportPage() {
  const t = useCareT();
  const user = useCurrentUser();
  const describe = useErrorMessage();
  const importer = useImportRoster();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [running, setRunning] = useState<ImportMode | null>(null);

  if (!canManageCare(user)) return <Forbidden testId="care-forbidden" />;

  const run = (chosen: File, mode: ImportMode) => {
    setRefusal(null);
    setRunning(mode);
    importer.mutate(
      { file: chosen, mode },
      {
        onSuccess: (answer) => {
          if (mode === 'check') setReport(answer);
          else setResult(answer);
        },
        onError: (error) => {
          const refused = importReportOf(error);
          if (refused) setReport(refused);
          setRefusal(describe(error));
        },
        onSettled: () => setRunning(null),
      },
    );
  };

  const reset = () => {
    setFile(null);
    setFileError(null);
    setReport(null);
    setResult(null);
    setRefusal(null);
  };

  const beforeUpload = (chosen: File) => {
    reset();
    if (!isXlsx(chosen)) {
      setFileError(t('import.wrongType'));
      return Upload.LIST_IGNORE;
    }
    setFile(chosen);
    run(chosen, 'check');
    return false;
  };

  const busy = running !== null;
  const errors = report?.errors ?? [];
  const bad = report ? Math.max(report.totalRows - report.validRows, 0) : 0;

  return (
    <Card
      className="care-form-card care-card"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('import.title')}
        </Typography.Title>
      }
      data-testid="care-import"
    >
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Button href={ROSTER_TEMPLATE_URL} icon={<DownloadOutlined />} download data-testid="care-import-template">
          {t('import.template')}
        </Button>
        <div data-testid="care-import-file">
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={beforeUpload}
            disabled={busy}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={running === 'check'}>
              {file ? t('import.again') : t('import.file')}
            </Button>
          </Upload>
        </div>
      </Flex>

      {file && (
        <Typography.Paragraph data-testid="care-import-file-name" style={{ wordBreak: 'break-all' }}>
          <FileExcelOutlined style={{ color: '#389e0d', marginInlineEnd: 6 }} />
          {file.name}
        </Typography.Paragraph>
      )}
      {fileError && <Alert type="error" showIcon message={fileError} data-testid="care-import-file-error" style={{ marginBottom: 16 }} />}
      {running === 'check' && <Alert type="info" showIcon message={t('import.checking')} style={{ marginBottom: 16 }} />}
      {refusal && (
        <Alert type="error" showIcon message={t('import.refused')} description={refusal} data-testid="care-import-refused" style={{ marginBottom: 16 }} />
      )}

      {result ? (
        <Result
          status={result.errors.length > 0 ? 'warning' : 'success'}
          title={t('import.resultTitle')}
          subTitle={
            <span data-testid="care-import-result" data-imported={result.imported}>
              {t('import.result', { imported: result.imported, total: result.totalRows, valid: result.validRows })}
            </span>
          }
          extra={[
            <Link to="/care" key="roster">
              <Button type="primary">{t('import.toRoster')}</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              {t('import.again')}
            </Button>,
          ]}
        >
          {result.errors.length > 0 && <ImportErrorTable errors={result.errors} />}
        </Result>
      ) : (
        report && (
          <>
            <Alert
              type={errors.length > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="care-import-summary"
              message={
                errors.length > 0
                  ? t('import.checked', { total: report.totalRows, valid: report.validRows, bad })
                  : t('import.allValid', { total: report.totalRows })
              }
              description={errors.length > 0 ? t('import.allHint') : undefined}
              style={{ marginBottom: 16 }}
            />
            {errors.length > 0 && (
              <>
                <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
                  {t('import.errors')}
                </Typography.Text>
                <ImportErrorTable errors={errors} />
              </>
            )}
            <Flex wrap gap={8} style={{ marginTop: 16 }} className="care-actions">
              <Button
                type="primary"
                icon={<ImportOutlined />}
                disabled={!file || busy || errors.length > 0 || report.totalRows === 0}
                loading={running === 'all'}
                onClick={() => file && run(file, 'all')}
                data-testid="care-import-all"
              >
                {t('import.all')}
              </Button>
              <Button
                icon={<ImportOutlined />}
                disabled={!file || busy || report.validRows === 0}
                loading={running === 'valid-only'}
                onClick={() => file && run(file, 'valid-only')}
                data-testid="care-import-valid-only"
              >
                {t('import.validOnly')}
              </Button>
            </Flex>
          </>
        )
      )}
    </Card>
  );
}
