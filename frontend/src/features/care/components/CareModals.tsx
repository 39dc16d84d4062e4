import { Alert, App, Button, Flex, Form, Input, Modal, Select, Skeleton } from 'antd';
import { useErrorMessage } from '@/lib/use-error-message';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useCandidates, useChangeResponsible, useRegrade } from '../api/use-care';
import { useCareT } from '../i18n';
import { buildRegradePayload, LIMITS, type FactsFormValues } from '../lib/payload';
import type { EnrolmentView } from '../types';
import { FactsFields } from './FactsFields';
import { ProblemAlert, useSubmitProblem } from './problem';

const REGRADE_FIELDS = [
  'note',
  'facts.livesAlone',
  'facts.selfCare',
  'facts.remoteDwelling',
  'facts.neighboursNearby',
  'facts.seriousIllnessOrDisability',
  'facts.carerInDifficulty',
  'facts.legalSupporterPresent',
  'facts.supportLacking',
] as const;

interface RegradeValues {
  facts?: FactsFormValues;
  note?: string;
}

function ModalButtons({ onCancel, busy, submitText, testId }: { onCancel: () => void; busy: boolean; submitText: string; testId: string }) {
  const t = useCareT();
  return (
    <Flex justify="flex-end" gap={8} wrap>
      <Button onClick={onCancel} disabled={busy}>
        {t('common:cancel')}
      </Button>
      <Button type="primary" htmlType="submit" loading={busy} data-testid={testId}>
        {submitText}
      </Button>
    </Flex>
  );
}

/** The regrade form; it lives only while the modal is open, so every opening starts afresh. */
function RegradeForm({ view, onClose }: { view: EnrolmentView; onClose: () => void }) {
  const t = useCareT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegradeValues>();
  const regrade = useRegrade(view.enrolmentNo);
  const { problem, report, clear } = useSubmitProblem(form, REGRADE_FIELDS);

  const onFinish = (values: RegradeValues) => {
    clear();
    regrade.mutate(buildRegradePayload(values), {
      onSuccess: () => {
        void message.success(t('regrade.done'));
        onClose();
      },
      onError: report,
    });
  };

  return (
    <Form<RegradeValues>
      form={form}
      layout="vertical"
      initialValues={{ facts: { ...view.facts }, note: '' }}
      onFinish={onFinish}
      disabled={regrade.isPending}
      data-testid="care-regrade-form"
    >
      <Alert type="info" showIcon message={t('regrade.hint')} style={{ marginBottom: 16 }} />
      <ProblemAlert problem={problem} testId="care-regrade-error" />
      <FactsFields prefix="care-regrade" defaults={false} />
      <Form.Item
        name="note"
        label={t('regrade.note')}
        rules={[{ max: LIMITS.note, message: t('common:tooLong', { label: t('regrade.note'), max: LIMITS.note }) }]}
      >
        <Input.TextArea
          data-testid="care-regrade-note"
          placeholder={t('regrade.notePlaceholder')}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={LIMITS.note}
        />
      </Form.Item>
      <ModalButtons onCancel={onClose} busy={regrade.isPending} submitText={t('regrade.submit')} testId="care-regrade-submit" />
    </Form>
  );
}

/** 重新定级: the facts again (prefilled), then a new grading for the village committees. */
export function RegradeModal({ view, open, onClose }: { view: EnrolmentView; open: boolean; onClose: () => void }) {
  const t = useCareT();
  const narrow = useIsNarrow();
  return (
    <Modal
      open={open}
      title={t('regrade.title')}
      onCancel={onClose}
      footer={null}
      width={narrow ? '100%' : 720}
      style={narrow ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      destroyOnHidden
    >
      {open && <RegradeForm view={view} onClose={onClose} />}
    </Modal>
  );
}

interface ResponsibleValues {
  username?: string;
  reason?: string;
}

const RESPONSIBLE_FIELDS = ['username', 'reason'] as const;

function ResponsibleForm({ view, onClose }: { view: EnrolmentView; onClose: () => void }) {
  const t = useCareT();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<ResponsibleValues>();
  const candidates = useCandidates(view.enrolmentNo, true);
  const change = useChangeResponsible(view.enrolmentNo);
  const { problem, report, clear } = useSubmitProblem(form, RESPONSIBLE_FIELDS);

  const onFinish = (values: ResponsibleValues) => {
    clear();
    change.mutate(
      { username: values.username ?? '', reason: (values.reason ?? '').trim() },
      {
        onSuccess: () => {
          void message.success(t('responsible.done'));
          onClose();
        },
        onError: report,
      },
    );
  };

  const options = (candidates.data ?? [])
    .filter((c) => c.username !== view.responsibleUsername)
    .map((c) => ({ value: c.username, label: [c.name, c.orgName].filter(Boolean).join(' · ') || c.username }));

  return (
    <Form<ResponsibleValues> form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending} data-testid="care-responsible-form">
      <ProblemAlert problem={problem} testId="care-responsible-error" />
      <Form.Item
        name="username"
        label={t('responsible.candidate')}
        rules={[{ required: true, message: t('common:choose', { label: t('responsible.candidate') }) }]}
      >
        {candidates.isPending ? (
          <Skeleton.Input active block />
        ) : candidates.isError ? (
          <Alert type="error" showIcon message={t('responsible.candidatesFailed')} description={describe(candidates.error)} />
        ) : (
          <Select
            size="large"
            options={options}
            notFoundContent={t('responsible.noCandidates')}
            data-testid="care-responsible-candidate"
            aria-label={t('responsible.candidate')}
          />
        )}
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('responsible.reason')}
        rules={[
          { required: true, whitespace: true, message: t('common:required', { label: t('responsible.reason') }) },
          { max: LIMITS.reason, message: t('common:tooLong', { label: t('responsible.reason'), max: LIMITS.reason }) },
        ]}
      >
        <Input.TextArea
          data-testid="care-responsible-reason"
          placeholder={t('responsible.reasonPlaceholder')}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={LIMITS.reason}
        />
      </Form.Item>
      <ModalButtons onCancel={onClose} busy={change.isPending} submitText={t('responsible.submit')} testId="care-responsible-submit" />
    </Form>
  );
}

/** 变更责任人: one of the candidates for the person's level, with a reason. */
export function ResponsibleModal({ view, open, onClose }: { view: EnrolmentView; open: boolean; onClose: () => void }) {
  const t = useCareT();
  return (
    <Modal open={open} title={t('responsible.title')} onCancel={onClose} footer={null} destroyOnHidden>
      {open && <ResponsibleForm view={view} onClose={onClose} />}
    </Modal>
  );
}
