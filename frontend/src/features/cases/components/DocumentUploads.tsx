import { useState } from 'react';
import { Alert, App, Button, List, Skeleton, Space, Tag, Typography, Upload } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, FileOutlined, MinusCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useCase, useUploadDocument } from '../api/use-cases';
import { useCasesLabel, useCasesT } from '../i18n';
import {
  ACCEPT_ATTRIBUTE,
  documentChecklist,
  documentUrl,
  fileProblem,
  formatBytes,
  missingRequired,
  type ChecklistRow,
} from '../lib/documents';
import { isOpenStatus } from '../lib/labels';
import { canUploadDocuments } from '../lib/roles';
import './cases.css';

function StateIcon({ row }: { row: ChecklistRow }) {
  const t = useCasesT();
  if (row.documents.length > 0) {
    return <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} aria-label={t('docs.have')} role="img" />;
  }
  if (row.required) {
    return <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 18 }} aria-label={t('docs.lack')} role="img" />;
  }
  return <MinusCircleOutlined style={{ color: '#bfbfbf', fontSize: 18 }} aria-label={t('docs.lack')} role="img" />;
}

function DocumentRow({ caseNo, row, editable }: { caseNo: string; row: ChecklistRow; editable: boolean }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const upload = useUploadDocument(caseNo);
  const [error, setError] = useState<string | null>(null);
  const present = row.documents.length > 0;

  const beforeUpload = (file: File) => {
    setError(null);
    const problem = fileProblem(file);
    if (problem) {
      const text = t(`docs.${problem}`);
      setError(text);
      void message.error(text);
      return Upload.LIST_IGNORE;
    }
    upload.mutate(
      { type: row.type, file },
      {
        onSuccess: (doc) => void message.success(t('docs.uploadedOk', { name: doc.fileName })),
        onError: (e) => {
          const text = describe(e);
          setError(text);
          void message.error(text);
        },
      },
    );
    // We send the file ourselves; antd's own request stays idle.
    return false;
  };

  return (
    <List.Item
      data-testid={`doc-row-${row.type}`}
      data-present={present ? 'true' : 'false'}
      data-required={row.required ? 'true' : 'false'}
    >
      <div className="doc-row">
        <div className="doc-row__main">
          <Space size={6} wrap>
            <StateIcon row={row} />
            <Typography.Text strong>{label('docType', row.type)}</Typography.Text>
            {row.required ? <Tag color="blue">{t('docs.required')}</Tag> : <Tag>{t('docs.optional')}</Tag>}
          </Space>
          {present && (
            <ul className="doc-row__files">
              {row.documents.map((d) => (
                <li key={d.id} data-testid="doc-file">
                  <a href={documentUrl(caseNo, d.id)} target="_blank" rel="noopener noreferrer" title={t('docs.open')}>
                    <FileOutlined style={{ marginInlineEnd: 4 }} />
                    {d.fileName}
                  </a>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[formatBytes(d.sizeBytes), formatDateTime(d.uploadedAt), d.uploadedBy].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
          {error && (
            <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }} data-testid={`doc-error-${row.type}`}>
              {error}
            </Typography.Text>
          )}
        </div>
        {editable && (
          <div data-testid={`doc-upload-${row.type}`}>
            <Upload accept={ACCEPT_ATTRIBUTE} multiple={false} showUploadList={false} beforeUpload={beforeUpload}>
              <Button icon={<UploadOutlined />} loading={upload.isPending} size="large">
                {upload.isPending ? t('docs.uploading') : present ? t('docs.uploadMore') : t('docs.upload')}
              </Button>
            </Upload>
          </div>
        )}
      </div>
    </List.Item>
  );
}

/**
 * The case file: the checklist of required documents (✓/✗), what has been uploaded (with links),
 * and one upload per document type. Reused by the filing task screen.
 */
export function DocumentUploads({ caseNo }: { caseNo: string }) {
  const t = useCasesT();
  const user = useCurrentUser();
  const describe = useErrorMessage();
  const kase = useCase(caseNo);

  if (kase.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (kase.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('common.loadFailed')}
        description={describe(kase.error)}
        action={
          <Button size="small" onClick={() => void kase.refetch()}>
            {t('common:retry')}
          </Button>
        }
      />
    );
  }

  const view = kase.data;
  const rows = documentChecklist(view.requiredDocuments, view.documents);
  const missing = missingRequired(view.requiredDocuments, view.documents);
  const open = isOpenStatus(view.summary.status);
  const editable = open && canUploadDocuments(user);

  return (
    <div data-testid="document-uploads" data-missing={missing.length}>
      <Alert
        type={missing.length > 0 ? 'warning' : 'success'}
        showIcon
        message={missing.length > 0 ? t('docs.missing', { count: missing.length }) : t('docs.complete')}
        description={editable ? t('docs.hint') : !open ? t('docs.readOnly') : undefined}
        data-testid="doc-checklist-state"
        style={{ marginBottom: 8 }}
      />
      <List<ChecklistRow>
        dataSource={rows}
        rowKey="type"
        renderItem={(row) => <DocumentRow caseNo={caseNo} row={row} editable={editable} />}
      />
    </div>
  );
}
