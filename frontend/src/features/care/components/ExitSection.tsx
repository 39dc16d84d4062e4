import { useState } from 'react';
import { colon } from '@/i18n';
import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useRequestExit } from '../api/use-care';
import { useCareLabel, useCareT } from '../i18n';
import { formatDay } from '../lib/dates';
import { canRequestExit } from '../lib/roles';
import type { EnrolmentView } from '../types';
import { ProblemAlert, useSubmitProblem } from './problem';

const RUNNING = ['EVALUATING', 'REVIEWING', 'APPROVING'];

/** 退出关爱帮扶: the latest request's state and, when none runs, the 申请退出 action. */
export function ExitSection({ view }: { view: EnrolmentView }) {
  const t = useCareT();
  const label = useCareLabel();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const running = view.exit != null && RUNNING.includes(view.exit.status);
  return (
    <Flex vertical gap={8} data-testid="care-exit-section">
      <Typography.Text type="secondary">{t('exit.intro')}</Typography.Text>
      {view.endedOn ? (
        <Alert type="info" showIcon data-testid="care-exit-ended" message={t('exit.endedOn', { date: formatDay(view.endedOn) })} />
      ) : null}
      {view.exit ? (
        <Alert
          type={running ? 'warning' : 'info'}
          showIcon
          data-testid="care-exit-status"
          message={t('exit.current', { status: label('exitStatus', view.exit.status) })}
          description={
            <>
              <div className="care-pre">{view.exit.reason}</div>
              <Typography.Text type="secondary">
                {t('exit.requestedAt')}{colon()}{formatDateTime(view.exit.requestedAt)}
              </Typography.Text>
            </>
          }
        />
      ) : null}
      {view.status !== 'ENDED' && !running && canRequestExit(user) ? (
        <div>
          <Button onClick={() => setOpen(true)} data-testid="care-exit-open">
            {t('exit.request')}
          </Button>
        </div>
      ) : null}
      <ExitModal view={view} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}

function ExitModal({ view, open, onClose }: { view: EnrolmentView; open: boolean; onClose: () => void }) {
  const t = useCareT();
  const narrow = useIsNarrow();
  const { message } = App.useApp();
  const request = useRequestExit(view.enrolmentNo);
  const [form] = Form.useForm<{ reason?: string }>();
  const { problem, report, clear } = useSubmitProblem(form, ['reason']);
  return (
    <Modal
      open={open}
      title={t('exit.requestTitle')}
      onCancel={onClose}
      footer={null}
      width={narrow ? '100%' : 560}
      style={narrow ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        disabled={request.isPending}
        data-testid="care-exit-form"
        onFinish={(values) => {
          clear();
          request.mutate(
            { reason: (values.reason ?? '').trim() },
            {
              onSuccess: () => {
                void message.success(t('exit.done'));
                onClose();
              },
              onError: report,
            },
          );
        }}
      >
        <ProblemAlert problem={problem} testId="care-exit-request-error" />
        <Form.Item
          name="reason"
          label={t('exit.reason')}
          rules={[
            { required: true, whitespace: true, message: t('common:required', { label: t('exit.reason') }) },
            { max: 500, message: t('common:tooLong', { label: t('exit.reason'), max: 500 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={t('exit.reasonPlaceholder')} data-testid="care-exit-reason" />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('exit.confirmCancel')}</Button>
          <Button type="primary" htmlType="submit" loading={request.isPending} data-testid="care-exit-request-submit">
            {t('exit.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
