import { Tag } from 'antd';
import { useCasesLabel } from '../i18n';
import { statusColor } from '../lib/labels';

export function CaseStatusTag({ status, testId }: { status: string; testId?: string }) {
  const label = useCasesLabel();
  return (
    <Tag color={statusColor(status)} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {label('status', status)}
    </Tag>
  );
}
