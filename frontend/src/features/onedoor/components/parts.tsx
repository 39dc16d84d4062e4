import { App, Button, Card, Descriptions, Empty, List, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useErrorMessage } from '@/lib/use-error-message';
import { documentPath } from '../api/onedoor';
import { useUploadIntakeDocument } from '../api/use-onedoor';
import { Link } from 'react-router-dom';
import { colon } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useOneDoorLabel, useOneDoorT } from '../i18n';
import type { IntakeStatus, IntakeView, NeedView, RouteStatus, RouteView } from '../types';

export { LoadError, PageTitle } from '@/components/PageParts';

const INTAKE_COLORS: Record<IntakeStatus, string> = { ROUTING: 'gold', IN_PROGRESS: 'blue', DONE: 'green' };
const ROUTE_COLORS: Record<RouteStatus, string> = { PROPOSED: 'gold', OPEN: 'blue', DONE: 'green', DROPPED: 'default' };

export function IntakeStatusTag({ status, testId }: { status: IntakeStatus; testId?: string }) {
  const label = useOneDoorLabel();
  return (
    <Tag color={INTAKE_COLORS[status]} data-testid={testId}>
      {label('intakeStatus', status)}
    </Tag>
  );
}

export function RouteStatusTag({ status, testId }: { status: RouteStatus; testId?: string }) {
  const label = useOneDoorLabel();
  return (
    <Tag color={ROUTE_COLORS[status]} data-testid={testId}>
      {label('routeStatus', status)}
    </Tag>
  );
}

/** 临时救助 / 医疗保障部门 / 低保/特困申请 …: the route's name as a person reads it. */
export function useRouteName(): (route: { type: RouteView['type']; departmentKind?: RouteView['departmentKind'] }) => string {
  const label = useOneDoorLabel();
  return (route) => (route.type === 'DEPARTMENT' && route.departmentKind ? label('department', route.departmentKind) : label('routeType', route.type));
}

export function yuan(t: ReturnType<typeof useOneDoorT>, amount: number | null | undefined): string | null {
  return amount === null || amount === undefined ? null : t('common.yuan', { amount: amount.toFixed(2) });
}

/** The hardships of an intake with their facts. */
export function NeedList({ needs }: { needs: NeedView[] }) {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  return (
    <List
      size="small"
      dataSource={needs}
      data-testid="intake-needs"
      renderItem={(n) => (
        <List.Item data-testid={`need-${n.id}`}>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Typography.Text strong>{label('needType', n.type)}</Typography.Text>
            <Typography.Text>{n.description}</Typography.Text>
            <Typography.Text type="secondary">
              {[
                n.eventOn ? `${t('common.eventOn')}${colon()}${formatDate(n.eventOn)}` : null,
                yuan(t, n.amount),
                n.livingAtRisk ? t('common.livingAtRisk') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** Every route of an intake: what it is, its status, and what came of it (amount granted, the department's answer). */
export function RouteList({ intake, showDropped = true }: { intake: IntakeView; showDropped?: boolean }) {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const routeName = useRouteName();
  const needOf = new Map(intake.needs.map((n) => [n.id, n]));
  const routes = intake.routes.filter((r) => showDropped || r.status !== 'DROPPED');
  if (routes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      size="small"
      dataSource={routes}
      data-testid={`intake-routes-${intake.intakeNo}`}
      renderItem={(r) => {
        const need = needOf.get(r.needId);
        return (
          <List.Item data-testid={`route-${r.id}`}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Typography.Text strong data-testid={`route-name-${r.id}`}>
                  {routeName(r)}
                </Typography.Text>
                <RouteStatusTag status={r.status} testId={`route-status-${r.id}`} />
                <Tag>{r.proposed ? t('common.proposed') : t('common.added')}</Tag>
              </Space>
              {need && (
                <Typography.Text type="secondary">
                  {t('view.needOf')}{colon()}{label('needType', need.type)}
                </Typography.Text>
              )}
              {r.status === 'OPEN' && <Typography.Text type="secondary">{t('common.waiting')}</Typography.Text>}
              {r.outcome && (
                <Typography.Text data-testid={`route-outcome-${r.id}`}>
                  {t('common.outcome')}{colon()}
                  {label('outcome', r.outcome)}
                  {r.outcomeText ? `（${r.outcomeText}）` : ''}
                </Typography.Text>
              )}
              {(r.amountRequested != null || r.amountGranted != null) && (
                <Typography.Text data-testid={`route-amount-${r.id}`}>
                  {[
                    r.amountRequested != null ? `${t('common.amountRequested')}${colon()}${yuan(t, r.amountRequested)}` : null,
                    r.amountGranted != null ? `${t('common.amountGranted')}${colon()}${yuan(t, r.amountGranted)}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              )}
              {r.type === 'SERVICE' && r.refNo && (
                <Link to={`/cases/${encodeURIComponent(r.refNo)}`} data-testid={`route-case-${r.id}`}>
                  {t('common.openCase')}
                </Link>
              )}
              {r.doneAt && (
                <Typography.Text type="secondary">
                  {t('common.doneAt')}{colon()}{formatDateTime(r.doneAt)}
                  {r.decidedByName ? ` · ${t('common.decidedBy')}${colon()}${r.decidedByName}` : ''}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** An intake's heading facts, with links to the person and the lead it came from. */
export function IntakeHeader({ intake }: { intake: IntakeView }) {
  const t = useOneDoorT();
  return (
    <Card size="small" data-testid="intake-header">
      <Space wrap size={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="intake-person">
          {intake.personName}
        </Typography.Title>
        <IntakeStatusTag status={intake.status} testId="intake-status" />
      </Space>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('common.intakeNo')}>
          <Link to={`/intakes/${encodeURIComponent(intake.intakeNo)}`} data-testid="intake-no">
            {intake.intakeNo}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.village')}>{intake.villageName}</Descriptions.Item>
        <Descriptions.Item label={t('common.createdAt')}>
          {formatDateTime(intake.createdAt)}
          {intake.createdByName ? ` · ${intake.createdByName}` : ''}
        </Descriptions.Item>
        {intake.fromCaseNo && (
          <Descriptions.Item label={t('common.fromCase')}>
            <Link to={`/cases/${encodeURIComponent(intake.fromCaseNo)}`}>{intake.fromCaseNo}</Link>
          </Descriptions.Item>
        )}
        {intake.note && <Descriptions.Item label={t('common.note')}>{intake.note}</Descriptions.Item>}
      </Descriptions>
      <Link to={`/persons/${intake.personId}`} data-testid="intake-person-link">
        {t('common.personPage')}
      </Link>
    </Card>
  );
}

/** The documents of an intake (download links); with `canUpload`, an upload button. */
export function IntakeDocumentsCard({ intake, canUpload }: { intake: IntakeView; canUpload: boolean }) {
  const t = useOneDoorT();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const upload = useUploadIntakeDocument();
  return (
    <Card
      size="small"
      title={t('documents.title')}
      data-testid="intake-documents"
      extra={
        canUpload && (
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(
                { intakeNo: intake.intakeNo, file },
                {
                  onSuccess: (d) => void message.success(t('documents.uploaded', { name: d.fileName })),
                  onError: (e) => void message.error(describe(e)),
                },
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="intake-document-upload">
              {t('documents.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {canUpload && <Typography.Paragraph type="secondary">{t('documents.hint')}</Typography.Paragraph>}
      {intake.documents.length === 0 ? (
        <Typography.Text type="secondary">{t('documents.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={intake.documents}
          renderItem={(d) => (
            <List.Item key={d.id}>
              <Space direction="vertical" size={0}>
                <a href={documentPath(intake.intakeNo, d.id)} target="_blank" rel="noreferrer" data-testid={`intake-document-${d.id}`}>
                  {d.fileName}
                </a>
                <Typography.Text type="secondary">
                  {formatDateTime(d.uploadedAt)}
                  {d.uploadedByName ? ` · ${d.uploadedByName}` : ''}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
