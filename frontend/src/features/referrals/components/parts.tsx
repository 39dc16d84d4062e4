import { Alert, Tag } from 'antd';
import { Forbidden as PageForbidden } from '@/components/PageParts';
import { useErrorMessage } from '@/lib/use-error-message';
import { useReferralsLabel } from '../i18n';
import type { BatchStatus, ConsentStatus, ItemStatus, PlanStatus } from '../types';

export { LoadError, PageTitle } from '@/components/PageParts';

/** This feature's 403 page (its own test id). */
export function Forbidden() {
  return <PageForbidden testId="referrals-forbidden" />;
}

const BATCH_COLORS: Record<BatchStatus, string> = {
  RESPONDING: 'gold',
  PLANNING: 'blue',
  REVIEW: 'purple',
  RETURNED: 'orange',
  RUNNING: 'green',
  CLOSED: 'default',
  NONE_ACCEPTED: 'default',
};
const ITEM_COLORS: Record<ItemStatus, string> = { PENDING: 'gold', ACCEPTED: 'green', DECLINED: 'default', CLOSED: 'blue' };
const PLAN_COLORS: Record<PlanStatus, string> = { DRAFT: 'default', SUBMITTED: 'gold', RETURNED: 'orange', AGREED: 'green' };
const CONSENT_COLORS: Record<ConsentStatus, string> = { GIVEN: 'green', NONE: 'red', WITHDRAWN: 'default' };

export function BatchStatusTag({ status, testId }: { status: BatchStatus; testId?: string }) {
  const label = useReferralsLabel();
  return (
    <Tag color={BATCH_COLORS[status]} data-testid={testId}>
      {label('batchStatus', status)}
    </Tag>
  );
}

export function ItemStatusTag({ status, id }: { status: ItemStatus; id: number }) {
  const label = useReferralsLabel();
  return (
    <Tag color={ITEM_COLORS[status]} data-testid={`item-status-${id}`}>
      {label('itemStatus', status)}
    </Tag>
  );
}

export function PlanStatusTag({ status, id }: { status: PlanStatus; id: number }) {
  const label = useReferralsLabel();
  return (
    <Tag color={PLAN_COLORS[status]} data-testid={`plan-status-${id}`}>
      {label('planStatus', status)}
    </Tag>
  );
}

export function ConsentTag({ status, testId }: { status: ConsentStatus; testId?: string }) {
  const label = useReferralsLabel();
  return (
    <Tag color={CONSENT_COLORS[status]} data-testid={testId}>
      {label('consentStatus', status)}
    </Tag>
  );
}

export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const message = useErrorMessage();
  return error ? <Alert type="error" showIcon message={message(error)} data-testid={testId} style={{ marginBottom: 8 }} /> : null;
}
