import { useState } from 'react';
import { Alert, App, Button, Modal, Select, Space, Typography } from 'antd';
import { BellOutlined, SwapOutlined } from '@ant-design/icons';
import { useErrorMessage } from '@/lib/use-error-message';
import { useBulkAction, useTaskCandidates } from '../api/monitoring';
import type { BulkActionResult } from '../api-types';
import { useMonitoringT } from '../i18n';

type Step = { kind: 'reminder'; preview: BulkActionResult } | { kind: 'reassignment'; assignee?: string; preview?: BulkActionResult };

/**
 * Acting on the selected tasks: a reminder to whoever holds them, or a reassignment to another member of
 * the same work group. Every action first asks the server what it would do (a dry run) and shows that
 * count; only the confirmation acts, and the server records it.
 */
export function BulkActions({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const t = useMonitoringT();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const action = useBulkAction();
  const [step, setStep] = useState<Step | null>(null);
  const candidates = useTaskCandidates(step?.kind === 'reassignment' ? selected[0] : undefined);
  const none = selected.length === 0;

  const remind = () =>
    action.mutate({ kind: 'reminder', taskIds: selected, dryRun: true }, { onSuccess: (preview) => setStep({ kind: 'reminder', preview }) });
  const pick = (assignee: string) =>
    action.mutate(
      { kind: 'reassignment', taskIds: selected, assignee, dryRun: true },
      { onSuccess: (preview) => setStep({ kind: 'reassignment', assignee, preview }) },
    );
  const confirm = () => {
    if (!step?.preview) return;
    const run =
      step.kind === 'reminder'
        ? ({ kind: 'reminder', taskIds: selected, dryRun: false } as const)
        : ({ kind: 'reassignment', taskIds: selected, assignee: step.assignee ?? '', dryRun: false } as const);
    action.mutate(run, {
      onSuccess: (result) => {
        void message.success(t(step.kind === 'reminder' ? 'bulk.reminded' : 'bulk.reassigned', { count: result.done }));
        setStep(null);
        onDone();
      },
    });
  };
  const preview = step?.preview;

  return (
    <>
      <Space wrap data-testid="monitoring-bulk">
        <Typography.Text type="secondary">{t('bulk.selected', { count: selected.length })}</Typography.Text>
        <Button icon={<BellOutlined />} disabled={none} loading={action.isPending && !step} onClick={remind} data-testid="monitoring-bulk-remind">
          {t('bulk.remind')}
        </Button>
        <Button icon={<SwapOutlined />} disabled={none} onClick={() => setStep({ kind: 'reassignment' })} data-testid="monitoring-bulk-reassign">
          {t('bulk.reassign')}
        </Button>
      </Space>
      {action.isError && !step && <Alert type="error" showIcon style={{ marginTop: 8 }} message={describe(action.error)} />}
      <Modal
        open={!!step}
        title={t(step?.kind === 'reassignment' ? 'bulk.reassignTitle' : 'bulk.remindTitle')}
        okText={t('bulk.confirm')}
        okButtonProps={{ disabled: !preview || preview.eligible === 0, 'data-testid': 'monitoring-bulk-confirm' } as React.ComponentProps<typeof Button>}
        confirmLoading={action.isPending && !!preview}
        onOk={confirm}
        onCancel={() => {
          setStep(null);
          action.reset();
        }}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {step?.kind === 'reassignment' && (
            <Select<string>
              aria-label={t('bulk.assignee')}
              placeholder={t('bulk.assignee')}
              style={{ width: '100%' }}
              loading={candidates.isPending}
              value={step.assignee}
              onChange={pick}
              options={(candidates.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
              data-testid="monitoring-bulk-assignee"
            />
          )}
          {preview && (
            <div data-testid="monitoring-bulk-preview">
              <Typography.Paragraph>
                {t(step?.kind === 'reassignment' ? 'bulk.willReassign' : 'bulk.willRemind', { count: preview.eligible })}
              </Typography.Paragraph>
              {preview.skipped.length > 0 && (
                <Typography.Paragraph type="secondary">{t('bulk.skipped', { count: preview.skipped.length })}</Typography.Paragraph>
              )}
            </div>
          )}
          {action.isError && <Alert type="error" showIcon message={describe(action.error)} />}
        </Space>
      </Modal>
    </>
  );
}
