import { Tag } from 'antd';
import { AlertOutlined, HistoryOutlined, ThunderboltOutlined, WarningOutlined } from '@ant-design/icons';
import { useCareLabel, useCareT } from '../i18n';
import { enrolmentStatusColor, levelColor, riskColor, visitStatusColor } from '../lib/labels';
import type { RosterWarning } from '../types';

const tagStyle = { marginInlineEnd: 0 };

/** 三级 / 二级 / 一级 / 不列入, or 待定级 while there is no level. */
export function LevelTag({ level, testId }: { level: number | null | undefined; testId?: string }) {
  const label = useCareLabel();
  return (
    <Tag color={levelColor(level)} data-testid={testId} data-level={level ?? ''} style={tagStyle}>
      {label('level', level)}
    </Tag>
  );
}

/** The roster colour: grey 未到期, blue 今日应访, red 已逾期, green 今日已访. Nothing without a schedule. */
export function VisitStatusTag({ status, testId }: { status: string | null | undefined; testId?: string }) {
  const label = useCareLabel();
  if (!status) return null;
  return (
    <Tag color={visitStatusColor(status)} data-testid={testId} data-status={status} style={tagStyle}>
      {label('visitStatus', status)}
    </Tag>
  );
}

export function EnrolmentStatusTag({ status, testId }: { status: string; testId?: string }) {
  const label = useCareLabel();
  return (
    <Tag color={enrolmentStatusColor(status)} data-testid={testId} data-status={status} style={tagStyle}>
      {label('status', status)}
    </Tag>
  );
}

export function RiskTag({ risk }: { risk: string }) {
  const label = useCareLabel();
  return (
    <Tag color={riskColor(risk)} data-risk={risk} style={tagStyle}>
      {label('risk', risk)}
    </Tag>
  );
}

/** 走访超期预警 / 重大风险预警 with how far it has been escalated. */
export function WarningBadge({ warning, testId }: { warning: RosterWarning; testId?: string }) {
  const label = useCareLabel();
  const major = warning.kind === 'MAJOR_RISK';
  return (
    <Tag
      color={major ? 'red' : 'orange'}
      icon={major ? <AlertOutlined /> : <WarningOutlined />}
      data-testid={testId}
      data-kind={warning.kind}
      data-stage={warning.stage}
      title={warning.raisedOn}
      style={{ ...tagStyle, whiteSpace: 'normal' }}
    >
      {label('warningKind', warning.kind)}（{label('stage', warning.stage)}）
    </Tag>
  );
}

/** 补录: a visit entered more than the policy's lateEntryDays after it; the reason on hover and for screen readers. */
export function LateEntryTag({ reason, testId }: { reason?: string | null; testId?: string }) {
  const t = useCareT();
  const title = reason ? t('visit.lateMarkTitle', { reason }) : undefined;
  return (
    <Tag color="purple" icon={<HistoryOutlined />} data-testid={testId} title={title} aria-label={title} style={tagStyle}>
      {t('visit.lateMark')}
    </Tag>
  );
}

/** The late-entry mark with its reason written out (phones have no hover). */
export function LateEntryNote({ reason, testId }: { reason?: string | null; testId?: string }) {
  return (
    <div className="care-muted" style={{ wordBreak: 'break-word' }} data-testid={testId}>
      <LateEntryTag reason={reason} /> {reason}
    </div>
  );
}

/** The person lives in an area under emergency visits. */
export function EmergencyTag({ testId }: { testId?: string }) {
  const t = useCareT();
  return (
    <Tag color="magenta" icon={<ThunderboltOutlined />} data-testid={testId} style={tagStyle}>
      {t('common.emergency')}
    </Tag>
  );
}
