import { useState } from 'react';
import { formatDateTime } from '@/lib/dates';
import { Alert, App, Button, Card, Empty, Popconfirm, Skeleton, Space, Table, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { hasAnyRole, ROLE_GROUPS } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { statementExportUrl } from '../api/services';
import { useBuildStatements, useStatement, useStatements, useSubmitStatement } from '../api/use-services';
import { useServicesLabel, useServicesT } from '../i18n';
import { lastEndedMonth, yuan } from '../lib/dates';
import { isProvider, statementKindFor } from '../lib/roles';
import type { StatementRow } from '../types';
import {
  DeductionSummary,
  Forbidden,
  LoadError,
  MonthInput,
  PageTitle,
  StatementLines,
  StatementStatusTag,
  SupplementTag,
} from './parts';

/** Who may submit a statement: its own party's side (the provider's staff, or village officers for helpers). */
function maySubmit(row: StatementRow, provider: boolean, officer: boolean) {
  return row.status === 'DRAFT' && row.lineCount > 0 && (row.kind === 'PROVIDER' ? provider : officer);
}

/** 结算单: build the month's statements, submit drafts, open one. */
export function StatementsPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const label = useServicesLabel();
  const narrow = useIsNarrow();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  // Only ended months are settled (the server refuses the running one): the picker stops there.
  const latest = lastEndedMonth();
  const [month, setMonth] = useState(latest);
  const statements = useStatements(month || undefined);
  const build = useBuildStatements();
  const submit = useSubmitStatement();
  if (!hasAnyRole(user, ...ROLE_GROUPS.OFFICIALS_AND_PROVIDERS)) {
    return <Forbidden />;
  }
  const kind = statementKindFor(user);
  const provider = isProvider(user);
  const officer = hasAnyRole(user, 'VILLAGE_OFFICER');

  const onBuild = () =>
    kind &&
    build.mutate(
      { month, kind },
      { onSuccess: (rows) => void message.success(t('statements.generated', { count: rows.length })) },
    );
  const onSubmit = (no: string) =>
    submit.mutate(no, {
      onSuccess: () => void message.success(t('statements.submitted')),
      onError: (e) => void message.error(errorText(e)),
    });

  const actions = (s: StatementRow) => (
    <Space wrap>
      <Link to={`/services/statements/${encodeURIComponent(s.statementNo)}`} data-testid={`statement-open-${s.statementNo}`}>
        {t('common:open')}
      </Link>
      {maySubmit(s, provider, officer) ? (
        <Popconfirm
          title={t('statements.submitConfirm')}
          okText={t('statements.confirm')}
          cancelText={t('common:cancel')}
          okButtonProps={{ 'data-testid': 'statement-submit-confirm' } as ButtonProps}
          onConfirm={() => onSubmit(s.statementNo)}
        >
          <Button
            size="small"
            type="primary"
            loading={submit.isPending && submit.variables === s.statementNo}
            data-testid={`statement-submit-${s.statementNo}`}
          >
            {t('statements.submit')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  return (
    <div data-testid="services-statements">
      <PageTitle>{t('statements.title')}</PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <MonthInput value={month} onChange={setMonth} max={latest} testId="statement-month" />
        {kind ? (
          <Button type="primary" onClick={onBuild} loading={build.isPending} disabled={!month} data-testid="statement-generate">
            {t('statements.generate')}
          </Button>
        ) : null}
      </Space>
      <Typography.Paragraph type="secondary">{t('statements.monthHint')}</Typography.Paragraph>
      {build.isError ? <Alert type="error" showIcon message={errorText(build.error)} style={{ marginBottom: 12 }} /> : null}
      {statements.isPending ? (
        <Skeleton active />
      ) : statements.isError ? (
        <LoadError error={statements.error} />
      ) : statements.data.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : narrow ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {statements.data.map((s) => (
            <Card key={s.statementNo} size="small" data-testid={`statement-row-${s.statementNo}`}>
              <Space wrap>
                <Typography.Text strong>{s.statementNo}</Typography.Text>
                <StatementStatusTag status={s.status} no={s.statementNo} />
                <SupplementTag supplementNo={s.supplementNo} no={s.statementNo} />
              </Space>
              <div>
                {label('statementKind', s.kind)} · {s.partyName} · {s.streetName}
              </div>
              <div>
                {t('statements.lines')} {s.lineCount} · {t('statements.total')}{' '}
                <span data-testid={`statement-total-${s.statementNo}`}>{yuan(s.totalAmount)}</span>
              </div>
              <DeductionSummary count={s.deductionCount} amount={s.deductionAmount} net={s.totalAmount} no={s.statementNo} />
              {s.approvalComment && s.status === 'DRAFT' ? (
                <Typography.Text type="warning">{t('statements.returned', { comment: s.approvalComment })}</Typography.Text>
              ) : null}
              <div style={{ marginTop: 8 }}>{actions(s)}</div>
            </Card>
          ))}
        </Space>
      ) : (
        <Table<StatementRow>
          rowKey="statementNo"
          size="small"
          pagination={false}
          dataSource={statements.data}
          onRow={(s) => ({ 'data-testid': `statement-row-${s.statementNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('statements.statementNo'),
              render: (_, s) => (
                <Space size={4} wrap>
                  {s.statementNo}
                  <SupplementTag supplementNo={s.supplementNo} no={s.statementNo} />
                </Space>
              ),
            },
            { title: t('statements.kind'), render: (_, s) => label('statementKind', s.kind) },
            { title: t('statements.party'), dataIndex: 'partyName' },
            { title: t('statements.street'), dataIndex: 'streetName' },
            { title: t('statements.lines'), dataIndex: 'lineCount' },
            {
              title: t('statements.total'),
              render: (_, s) => (
                <Space direction="vertical" size={0}>
                  <span data-testid={`statement-total-${s.statementNo}`}>{yuan(s.totalAmount)}</span>
                  <DeductionSummary count={s.deductionCount} amount={s.deductionAmount} net={s.totalAmount} no={s.statementNo} />
                </Space>
              ),
            },
            {
              title: t('common:status'),
              render: (_, s) => (
                <Space direction="vertical" size={0}>
                  <StatementStatusTag status={s.status} no={s.statementNo} />
                  {s.approvalComment && s.status === 'DRAFT' ? (
                    <Typography.Text type="warning">{t('statements.returned', { comment: s.approvalComment })}</Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            { title: t('common:actions'), render: (_, s) => actions(s) },
          ]}
        />
      )}
    </div>
  );
}

/** One statement with its lines and the Excel export. */
export function StatementPage() {
  const { no = '' } = useParams();
  const t = useServicesT();
  const label = useServicesLabel();
  const statement = useStatement(no);
  return (
    <div data-testid="services-statement">
      <PageTitle
        extra={
          <a href={statementExportUrl(no)} download data-testid="statement-export">
            <Button>{t('statements.export')}</Button>
          </a>
        }
      >
        {t('statements.detail', { no })}
      </PageTitle>
      {statement.isPending ? (
        <Skeleton active />
      ) : statement.isError ? (
        <LoadError error={statement.error} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap>
              <StatementStatusTag status={statement.data.statement.status} no={no} />
              <SupplementTag supplementNo={statement.data.statement.supplementNo} no={no} />
              {label('statementKind', statement.data.statement.kind)} · {statement.data.statement.partyName} ·{' '}
              {statement.data.statement.streetName} · {statement.data.statement.month} · {t('statements.total')}{' '}
              {yuan(statement.data.statement.totalAmount)}
            </Space>
            <div>
              <DeductionSummary
                count={statement.data.statement.deductionCount}
                amount={statement.data.statement.deductionAmount}
                net={statement.data.statement.totalAmount}
                no={no}
              />
            </div>
            {statement.data.statement.status === 'APPROVED' ? (
              <div>
                <Typography.Text type="secondary">
                  {t('statements.approvedBy')} {statement.data.statement.approverName} ·{' '}
                  {formatDateTime(statement.data.statement.approvedAt)} · {t('statements.lockedHint')}
                </Typography.Text>
              </div>
            ) : null}
          </Card>
          <StatementLines lines={statement.data.lines} />
        </Space>
      )}
    </div>
  );
}
