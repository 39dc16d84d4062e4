import { useState } from 'react';
import { colon } from '@/i18n';
import { App, Button, type ButtonProps, Descriptions, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { ExclamationCircleOutlined, KeyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { usePinSlip } from '../api/use-cases';
import { useCasesLabel, useCasesT } from '../i18n';
import { acceptsObjections, categoryNumber, decisionColor, grantStatusColor, isOpenStatus, noticePhaseColor } from '../lib/labels';
import { formatLocalDate } from '../lib/local-date';
import { displayMaskedId } from '@/lib/masking';
import { canManageCardPin, canRaiseObjection } from '../lib/roles';
import type { CaseView, GrantView, NoticeView } from '../types';
import { ObjectionModal } from './ObjectionModal';

const text = (value: string | number | null | undefined, none: string) =>
  value === null || value === undefined || value === '' ? none : String(value);

/** A Descriptions item for free text: its own line on wide screens, line breaks kept. */
const prose = (key: string, label: string, value: string, span: number) => ({
  key,
  label,
  span,
  children: <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>,
});

/** 基本情况: the person (masked ID only) and how the case came about. */
export function BasicSection({ view }: { view: CaseView }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const narrow = useIsNarrow();
  const none = t('common:none');
  const { person, summary } = view;
  const wide = narrow ? 1 : 2;
  return (
    <Descriptions
      column={narrow ? 1 : 2}
      size="small"
      bordered={!narrow}
      data-testid="case-basic"
      items={[
        { key: 'name', label: t('view.person.name'), children: text(person?.name || summary.recipientName, none) },
        {
          key: 'id',
          label: t('view.person.idNumber'),
          children: <span data-testid="case-id-masked">{displayMaskedId(person?.idNumberMasked, none)}</span>,
        },
        { key: 'gender', label: t('view.person.gender'), children: label('gender', person?.gender) },
        { key: 'birthDate', label: t('view.person.birthDate'), children: text(formatLocalDate(person?.birthDate), none) },
        { key: 'phone', label: t('view.person.phone'), children: text(person?.phone, none) },
        { key: 'village', label: t('view.village'), children: text(summary.villageName ?? summary.villageCode, none) },
        { key: 'address', label: t('view.person.address'), span: wide, children: text(person?.address, none) },
        { key: 'focusGroup', label: t('view.focusGroup'), children: label('focusGroup', summary.focusGroup) },
        { key: 'source', label: t('view.leadSource'), children: label('source', view.leadSource) },
        prose('summary', t('view.summaryText'), text(view.summaryText, none), wide),
        prose('verification', t('view.verificationNote'), text(view.verificationNote, none), wide),
        ...(view.decisionReason ? [prose('decision', t('view.decisionReason'), view.decisionReason, wide)] : []),
        { key: 'created', label: t('view.createdAt'), children: formatDateTime(summary.createdAt) || none },
        ...(view.closedAt ? [{ key: 'closed', label: t('view.closedAt'), children: formatDateTime(view.closedAt) }] : []),
      ]}
    />
  );
}

/** 需求评估 */
export function AssessmentSection({ view }: { view: CaseView }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const narrow = useIsNarrow();
  const none = t('common:none');
  const a = view.assessment;
  if (!a) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.assessment.none')} />;
  const n = categoryNumber(a.recipientCategory);
  const wide = narrow ? 1 : 2;
  return (
    <Descriptions
      column={narrow ? 1 : 2}
      size="small"
      bordered={!narrow}
      data-testid="case-assessment"
      items={[
        {
          key: 'category',
          label: t('view.assessment.category'),
          span: wide,
          children: n ? `${t('categoryNo', { no: n })} ${label('category', n)}` : none,
        },
        {
          key: 'recognised',
          label: t('view.assessment.alreadyRecognised'),
          children: a.alreadyRecognised ? t('common:yes') : t('common:no'),
        },
        { key: 'selfCare', label: t('view.assessment.selfCare'), children: label('selfCare', a.selfCare) },
        { key: 'carer', label: t('view.assessment.carer'), children: label('carer', a.carerSituation) },
        prose('living', t('view.assessment.living'), text(a.livingSituation, none), wide),
        prose('needs', t('view.assessment.needs'), text(a.needsNote, none), wide),
        { key: 'by', label: t('view.assessment.assessedBy'), children: text(a.assessedBy, none) },
        { key: 'at', label: t('view.assessment.assessedAt'), children: formatDateTime(a.assessedAt) || none },
      ]}
    />
  );
}

/** 服务项目 */
export function GrantsSection({ view }: { view: CaseView }) {
  const t = useCasesT();
  const label = useCasesLabel();
  if (view.grants.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.grants.none')} />;
  return (
    <List<GrantView>
      data-testid="case-grants"
      dataSource={view.grants}
      rowKey="id"
      renderItem={(g) => (
        <List.Item data-testid="case-grant" data-item-code={g.itemCode} data-status={g.status}>
          <div style={{ width: '100%', minWidth: 0 }}>
            <Space wrap size={6}>
              <Typography.Text strong>{g.itemName || g.itemCode}</Typography.Text>
              <Tag color={grantStatusColor(g.status)}>{label('grantStatus', g.status)}</Tag>
              <Tag>{label('way', g.way)}</Tag>
            </Space>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('view.grants.grantedAt')} {formatDateTime(g.grantedAt) || t('common:none')}
                {g.stoppedAt && ` · ${t('view.grants.stoppedAt')} ${formatDateTime(g.stoppedAt)}`}
              </Typography.Text>
            </div>
            {g.stopReason && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('view.grants.stopReason')}{colon()}{g.stopReason}
              </Typography.Text>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

/** 服务卡: status (已注销 with date and reason), the PIN slip's state and, for the street office, slip and reset. */
export function CardSection({ view }: { view: CaseView }) {
  const t = useCasesT();
  const narrow = useIsNarrow();
  const user = useCurrentUser();
  const none = t('common:none');
  const card = view.card;
  if (!card) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.card.none')} />;
  const statusKey = card.status === 'VALID' || card.status === 'REVOKED' ? card.status : null;
  const revoked = card.status === 'REVOKED';
  return (
    <>
      <Descriptions
        column={narrow ? 1 : 2}
        size="small"
        bordered={!narrow}
        data-testid="case-card"
        items={[
          { key: 'cardNo', label: t('view.card.cardNo'), children: <span style={{ wordBreak: 'break-all' }}>{card.cardNo}</span> },
          {
            key: 'status',
            label: t('view.card.status'),
            children: statusKey ? (
              <Tag color={statusKey === 'VALID' ? 'green' : 'red'} data-testid="case-card-status">
                {t(`view.card.statusValue.${statusKey}`)}
              </Tag>
            ) : (
              card.status
            ),
          },
          ...(revoked
            ? [
                {
                  key: 'revokedAt',
                  label: t('view.card.revokedOn'),
                  children: <span data-testid="case-card-revoked-at">{formatDate(card.revokedAt) || none}</span>,
                },
                {
                  key: 'revokeReason',
                  label: t('view.card.revokeReason'),
                  children: <span data-testid="case-card-revoke-reason">{card.revokeReason || none}</span>,
                },
              ]
            : []),
          {
            key: 'validity',
            label: t('view.card.validity'),
            children: t('view.card.validRange', {
              from: formatLocalDate(card.validFrom) || none,
              to: formatLocalDate(card.validTo) || none,
            }),
          },
          { key: 'items', label: t('view.card.items'), children: card.items.length ? card.items.join('、') : none },
          {
            key: 'pin',
            label: t('view.card.pin'),
            children: (
              <span data-testid="case-card-pin-state">
                {revoked
                  ? t('view.card.pinRevoked')
                  : card.pinSet
                    ? t('view.card.pinSetAt', { at: formatDateTime(card.pinSetAt) })
                    : t('view.card.pinNotSet')}
              </span>
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Link to={`/cases/${encodeURIComponent(view.summary.caseNo)}/card`}>
          <Button icon={<PrinterOutlined />} data-testid="case-card-print">
            {t('view.card.print')}
          </Button>
        </Link>
        {!revoked && canManageCardPin(user) && <PinSlipActions caseNo={view.summary.caseNo} pinSet={card.pinSet} />}
      </Space>
    </>
  );
}

/** 打印密码函 (once) or 重置密码: the answer goes straight to the slip page, never into a cache. */
function PinSlipActions({ caseNo, pinSet }: { caseNo: string; pinSet: boolean }) {
  const t = useCasesT();
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const slip = usePinSlip(caseNo);
  const open = (kind: 'first' | 'reset') =>
    slip.mutate(kind, {
      onSuccess: (data) => navigate(`/cases/${encodeURIComponent(caseNo)}/pin-slip`, { state: { slip: data } }),
      onError: (error) => void message.error(describe(error)),
    });
  if (!pinSet) {
    return (
      <Button
        type="primary"
        icon={<KeyOutlined />}
        loading={slip.isPending}
        onClick={() => open('first')}
        data-testid="case-card-pin-slip"
      >
        {t('view.card.printSlip')}
      </Button>
    );
  }
  return (
    <Popconfirm
      title={t('view.card.resetConfirmTitle')}
      description={<div style={{ maxWidth: 280 }}>{t('view.card.resetConfirm')}</div>}
      okText={t('view.card.resetOk')}
      cancelText={t('view.card.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'case-card-pin-reset-confirm' } as ButtonProps}
      onConfirm={() => open('reset')}
    >
      <Button danger icon={<KeyOutlined />} loading={slip.isPending} data-testid="case-card-pin-reset">
        {t('view.card.resetPin')}
      </Button>
    </Popconfirm>
  );
}

function NoticeItem({ notice }: { notice: NoticeView }) {
  const t = useCasesT();
  const label = useCasesLabel();
  const none = t('common:none');
  const period =
    notice.status === 'LONG_TERM'
      ? t('view.notices.longTermFrom', { from: formatLocalDate(notice.startsOn) || none })
      : t('view.notices.periodRange', {
          from: formatLocalDate(notice.startsOn) || none,
          to: formatLocalDate(notice.endsOn) || none,
        });
  return (
    <List.Item data-testid="case-notice" data-status={notice.status} data-phase={notice.phase}>
      <div style={{ width: '100%', minWidth: 0 }}>
        <Space wrap size={6}>
          <Tag color={noticePhaseColor(notice.phase)} data-testid="case-notice-phase">
            {label('noticePhase', notice.phase)}
          </Tag>
          {notice.phase === 'UNDER_REVIEW' && notice.periodEndedAt && (
            <Tag color={noticePhaseColor('PERIOD_ENDED')}>{label('noticePhase', 'PERIOD_ENDED')}</Tag>
          )}
          <Typography.Text data-testid="case-notice-period">
            {t('view.notices.period')}{colon()}{period}
          </Typography.Text>
        </Space>
        {acceptsObjections(notice) && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {t('view.notices.objectionWindow', { to: formatLocalDate(notice.endsOn) || none })}
          </Typography.Paragraph>
        )}
        {notice.phase === 'UNDER_REVIEW' && notice.periodEndedAt && (
          <Typography.Paragraph type="warning" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {t('view.notices.waitingForReview')}
          </Typography.Paragraph>
        )}
        {notice.periodEndedAt && notice.phase !== 'WITHDRAWN' && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('view.notices.endedAt', { at: formatDateTime(notice.periodEndedAt) })}
          </Typography.Text>
        )}
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('view.notices.objections')}</Typography.Text>
          {notice.objections.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('view.notices.noObjections')}
            </Typography.Paragraph>
          ) : (
            <ul style={{ paddingInlineStart: 18, margin: '4px 0 0' }}>
              {notice.objections.map((o) => (
                <li key={o.id} data-testid="case-objection" style={{ marginBottom: 8 }}>
                  <Space wrap size={6}>
                    <Tag color={decisionColor(o.decision)}>{label('decision', o.decision ?? 'PENDING')}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('view.notices.raisedAt')} {formatDateTime(o.raisedAt)}
                    </Typography.Text>
                  </Space>
                  <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{o.content}</div>
                  {o.decisionNote && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('view.notices.decisionNote')}{colon()}{o.decisionNote}
                      {o.decidedAt && `（${formatDateTime(o.decidedAt)}）`}
                    </Typography.Text>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </List.Item>
  );
}

/** 公示: the case's notices with their objections; objections can be recorded while the period runs. */
export function NoticesSection({ view }: { view: CaseView }) {
  const t = useCasesT();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const running = view.notices.some(acceptsObjections);
  const mayObject = running && isOpenStatus(view.summary.status) && canRaiseObjection(user);
  const caseNo = view.summary.caseNo;
  return (
    <div data-testid="case-notices">
      {view.notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.notices.none')} />
      ) : (
        <List<NoticeView> dataSource={view.notices} rowKey="id" renderItem={(n) => <NoticeItem notice={n} />} />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {mayObject && (
          <Button icon={<ExclamationCircleOutlined />} onClick={() => setOpen(true)} data-testid="objection-open" size="large">
            {t('objection.open')}
          </Button>
        )}
        {view.notices.length > 0 && (
          <Link to={`/notices?villageCode=${encodeURIComponent(view.summary.villageCode)}`}>
            <Button type="link">{t('view.notices.board')}</Button>
          </Link>
        )}
      </Space>
      {mayObject && <ObjectionModal caseNo={caseNo} open={open} onClose={() => setOpen(false)} />}
    </div>
  );
}
