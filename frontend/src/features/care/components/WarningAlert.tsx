import { Alert } from 'antd';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay } from '../lib/dates';
import { warningColor } from '../lib/labels';
import type { EnrolmentView } from '../types';

/** The open warning, as an Alert: kind, how far it has been escalated, since when. */
export function WarningAlert({ view, testId = 'care-warning' }: { view: Pick<EnrolmentView, 'warning'>; testId?: string }) {
  const t = useCareT();
  const label = useCareLabel();
  const w = view.warning;
  if (!w) return null;
  return (
    <Alert
      type={warningColor(w.kind)}
      showIcon
      data-testid={testId}
      data-kind={w.kind}
      data-stage={w.stage}
      message={t('view.warningTitle', { kind: label('warningKind', w.kind) })}
      description={t('view.warningText', { raisedOn: formatDay(w.raisedOn), stage: label('stage', w.stage) })}
      style={{ marginBottom: 12 }}
    />
  );
}

