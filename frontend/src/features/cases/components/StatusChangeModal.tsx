import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Radio, Typography } from 'antd';
import { useErrorMessage } from '@/lib/use-error-message';
import { useReportStatusChange } from '../api/use-cases';
import { casesResources, useCasesT } from '../i18n';
import {
  buildStatusChangeReason,
  STATUS_CHANGE_MAX,
  STATUS_CHANGE_PICKS,
  type StatusChangePick,
  type StatusChangeProblem,
} from '../lib/status-change';
import './cases.css';

interface Props {
  caseNo: string;
  open: boolean;
  onClose: () => void;
}

/** 身份变化: reports a change of a served person's status; the server starts an immediate review. */
export function StatusChangeModal({ caseNo, open, onClose }: Props) {
  const t = useCasesT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const report = useReportStatusChange(caseNo);
  const [pick, setPick] = useState<StatusChangePick | null>(null);
  const [detail, setDetail] = useState('');
  const [problem, setProblem] = useState<StatusChangeProblem | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);

  const reset = () => {
    setPick(null);
    setDetail('');
    setProblem(null);
    setServerError(null);
  };

  const close = () => {
    if (report.isPending) return;
    reset();
    onClose();
  };

  const submit = () => {
    setServerError(null);
    // The record keeps the official (Chinese) wording of a quick pick, whatever the screen language.
    const built = buildStatusChangeReason(pick, pick ? casesResources.zh.statusChange.reasons[pick] : null, detail);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    report.mutate(built.reason, {
      onSuccess: () => {
        void message.success(t('statusChange.done'));
        reset();
        onClose();
      },
      onError: (e) => setServerError(describe(e)),
    });
  };

  const problemText =
    problem === 'otherRequired'
      ? t('statusChange.otherRequired')
      : problem === 'tooLong'
        ? t('common:tooLong', { label: t('statusChange.reason'), max: STATUS_CHANGE_MAX })
        : problem === 'required'
          ? t('statusChange.required')
          : null;

  return (
    <Modal
      open={open}
      title={t('statusChange.title')}
      onCancel={close}
      destroyOnHidden
      maskClosable={!report.isPending}
      footer={[
        <Button key="cancel" onClick={close} disabled={report.isPending}>
          {t('common:cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={report.isPending} onClick={submit} data-testid="status-change-submit">
          {t('statusChange.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('statusChange.hint')}</Typography.Paragraph>
      {serverError && (
        <Alert type="error" showIcon message={serverError} style={{ marginBottom: 12 }} data-testid="status-change-error" />
      )}
      <Typography.Text strong>{t('statusChange.quickPicks')}</Typography.Text>
      <Radio.Group
        className="status-change-picks"
        optionType="button"
        value={pick}
        onChange={(e) => {
          setPick(e.target.value as StatusChangePick);
          setProblem(null);
        }}
        style={{ margin: '8px 0 16px' }}
      >
        {STATUS_CHANGE_PICKS.map((p) => (
          <Radio.Button key={p} value={p}>
            <span data-testid={`status-change-pick-${p}`}>{t(`statusChange.reasons.${p}`)}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      <div>
        <label htmlFor="status-change-reason">
          <Typography.Text strong>{t('statusChange.reason')}</Typography.Text>
        </label>
        <Input.TextArea
          id="status-change-reason"
          data-testid="status-change-reason"
          value={detail}
          onChange={(e) => {
            setDetail(e.target.value);
            setProblem(null);
          }}
          placeholder={t('statusChange.placeholder')}
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={STATUS_CHANGE_MAX}
          status={problem ? 'error' : undefined}
          style={{ marginTop: 8 }}
        />
        {problemText && (
          <Typography.Text type="danger" data-testid="status-change-problem">
            {problemText}
          </Typography.Text>
        )}
      </div>
    </Modal>
  );
}
