import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import { useErrorMessage } from '@/lib/use-error-message';
import { useRaiseObjection } from '../api/use-cases';
import { useCasesT } from '../i18n';

export const OBJECTION_MAX = 1000;

interface Props {
  caseNo: string;
  open: boolean;
  onClose: () => void;
}

/** 登记异议: records an objection raised during the notice period. */
export function ObjectionModal({ caseNo, open, onClose }: Props) {
  const t = useCasesT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const raise = useRaiseObjection(caseNo);
  const [content, setContent] = useState('');
  const [missing, setMissing] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const close = () => {
    if (raise.isPending) return;
    setContent('');
    setMissing(false);
    setServerError(null);
    onClose();
  };

  const submit = () => {
    const text = content.trim();
    setServerError(null);
    if (!text) {
      setMissing(true);
      return;
    }
    raise.mutate(text, {
      onSuccess: () => {
        void message.success(t('objection.done'));
        setContent('');
        onClose();
      },
      onError: (e) => setServerError(describe(e)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('objection.title')}
      onCancel={close}
      destroyOnHidden
      maskClosable={!raise.isPending}
      footer={[
        <Button key="cancel" onClick={close} disabled={raise.isPending}>
          {t('common:cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={raise.isPending} onClick={submit} data-testid="objection-submit">
          {t('objection.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('objection.hint')}</Typography.Paragraph>
      {serverError && <Alert type="error" showIcon message={serverError} style={{ marginBottom: 12 }} data-testid="objection-error" />}
      <label htmlFor="objection-content">
        <Typography.Text strong>{t('objection.content')}</Typography.Text>
      </label>
      <Input.TextArea
        id="objection-content"
        data-testid="objection-content"
        value={content}
        onChange={(e) => {
          setContent(e.target.value);
          setMissing(false);
        }}
        placeholder={t('objection.placeholder')}
        autoSize={{ minRows: 4, maxRows: 8 }}
        maxLength={OBJECTION_MAX}
        showCount
        status={missing ? 'error' : undefined}
        style={{ marginTop: 8 }}
      />
      {missing && <Typography.Text type="danger">{t('objection.required')}</Typography.Text>}
    </Modal>
  );
}
