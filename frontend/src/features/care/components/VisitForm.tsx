import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Radio, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { usePolicy, useRecordVisit } from '../api/use-care';
import { sendQueuedVisits, useVisitQueue } from '../api/use-visit-queue';
import { useCareLabel, useCareT } from '../i18n';
import { isLateEntry, shanghaiNow } from '../lib/dates';
import { buildVisitPayload, DEFAULT_LATE_ENTRY_DAYS, LIMITS, type VisitFormValues } from '../lib/payload';
import { PHOTO_ACCEPT, photoProblem } from '../lib/photo';
import { enqueueVisit, newClientId, outcomeOf, type QueuedVisitState } from '../lib/visit-queue';
import { RISKS, VISIT_MODES, type VisitRequest } from '../types';
import { ProblemAlert, useSubmitProblem } from './problem';
import './care.css';

const FIELDS = ['visitedAt', 'lateEntryReason', 'mode', 'met', 'findings', 'risk', 'photo'] as const;

/** A little leeway for a clock that runs ahead of the server's. */
const FUTURE_TOLERANCE_MINUTES = 5;

function initialValues(): VisitFormValues {
  return { visitedAt: shanghaiNow(), mode: 'HOME', met: '', risk: 'NONE', findings: '' };
}

export interface VisitFormProps {
  enrolmentNo: string;
  /** Shown in the list of visits waiting on the phone. */
  personName?: string;
  /** After the visit is saved and the enrolment refetched (not for a visit kept on the phone). */
  onRecorded?: (visitId: number) => void;
  disabled?: boolean;
}

/**
 * 登记走访: when, how, whether the person was met, what was found, the risk, an optional photo.
 * Posted as multipart (part `visit` JSON, part `photo`); the photo is checked here first. A date
 * more than the policy's lateEntryDays back is a late entry (补录): the form then asks for the
 * reason. After saving it says when the visit changed nothing (dated before the last one) or the
 * lapse warning stays (still overdue counted from its date).
 *
 * Without signal (or when the session has ended) the visit is kept on the phone with its own time
 * and client id and sent later (lib/visit-queue); the roster lists what waits.
 */
export function VisitForm({ enrolmentNo, personName, onRecorded, disabled = false }: VisitFormProps) {
  const t = useCareT();
  const label = useCareLabel();
  const narrow = useIsNarrow();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitFormValues>();
  const record = useRecordVisit(enrolmentNo);
  // Where visits are recorded, visits kept earlier go out as soon as the signal is back.
  useVisitQueue();
  const { problem, report, clear } = useSubmitProblem(form, FIELDS, 'visit');
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const risk = Form.useWatch('risk', form);
  const visitedAt = Form.useWatch('visitedAt', form);
  const policy = usePolicy();
  const lateEntryDays = policy.data?.lateEntryDays ?? DEFAULT_LATE_ENTRY_DAYS;
  const late = isLateEntry(visitedAt, lateEntryDays);

  const beforeUpload = (file: File) => {
    const p = photoProblem(file);
    if (p) {
      setPhoto(null);
      setPhotoError(t(`photo.${p}`));
      return Upload.LIST_IGNORE;
    }
    setPhotoError(null);
    setPhoto(file);
    // Sent with the visit; antd's own request stays idle.
    return false;
  };

  const reset = () => {
    form.resetFields();
    form.setFieldsValue({ visitedAt: shanghaiNow() });
    setPhoto(null);
    setPhotoError(null);
  };

  /** Keeps the visit on the phone; it goes when the network (or a sign-in) allows. */
  const keep = async (visit: VisitRequest & { clientId: string }, state: QueuedVisitState) => {
    try {
      await enqueueVisit({ clientId: visit.clientId, enrolmentNo, personName, visit, photo: photo ?? undefined, photoName: photo?.name, state });
    } catch {
      void message.error(t('offline.keepFailed'), 8);
      return;
    }
    if (state === 'signin') void message.warning(t('offline.signInToSend'), 8);
    else void message.info(t('offline.kept'), 6);
    reset();
    if (state === 'waiting' && navigator.onLine) void sendQueuedVisits();
  };

  const onFinish = (values: VisitFormValues) => {
    clear();
    const visit = { ...buildVisitPayload(values, isLateEntry(values.visitedAt, lateEntryDays)), clientId: newClientId() };
    if (!navigator.onLine) {
      void keep(visit, 'waiting');
      return;
    }
    record.mutate(
      { visit, photo },
      {
        onSuccess: ({ visitId, countsForSchedule, lapseWarningOpen }) => {
          if (countsForSchedule === false) void message.warning(t('visit.historyOnly'), 8);
          else if (lapseWarningOpen) void message.warning(t('visit.stillOverdue'), 8);
          else void message.success(t('visit.done'));
          reset();
          onRecorded?.(visitId);
        },
        onError: (error) => {
          // No answer (signal lost on the way) or the session ended: keep it, don't lose what was typed.
          const outcome = outcomeOf(error);
          if (outcome === 'offline') void keep(visit, 'waiting');
          else if (outcome === 'signin') void keep(visit, 'signin');
          else report(error);
        },
      },
    );
  };

  return (
    <Form<VisitFormValues>
      form={form}
      layout="vertical"
      size="large"
      initialValues={initialValues()}
      onFinish={onFinish}
      scrollToFirstError
      disabled={disabled || record.isPending}
      data-testid="care-visit-form"
    >
      <Typography.Paragraph type="secondary">{t('visit.intro')}</Typography.Paragraph>
      <Form.Item
        name="visitedAt"
        label={t('visit.visitedAt')}
        rules={[
          { required: true, message: t('common:choose', { label: t('visit.visitedAt') }) },
          {
            validator: (_, value: Dayjs | undefined) =>
              value && value.isAfter(shanghaiNow().add(FUTURE_TOLERANCE_MINUTES, 'minute'))
                ? Promise.reject(new Error(t('visit.future')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          inputReadOnly={narrow}
          allowClear={false}
          disabledDate={(d) => d.isAfter(shanghaiNow(), 'day')}
          style={{ width: '100%' }}
          data-testid="care-visit-visitedAt"
        />
      </Form.Item>
      {late && (
        <>
          <Alert
            type="warning"
            showIcon
            message={t('visit.lateHint', { days: lateEntryDays })}
            style={{ marginBottom: 16 }}
            data-testid="care-visit-late-hint"
          />
          <Form.Item
            name="lateEntryReason"
            label={t('visit.lateReason')}
            rules={[
              { required: true, whitespace: true, message: t('common:required', { label: t('visit.lateReason') }) },
              {
                max: LIMITS.lateEntryReason,
                message: t('common:tooLong', { label: t('visit.lateReason'), max: LIMITS.lateEntryReason }),
              },
            ]}
          >
            <Input
              data-testid="care-visit-lateEntryReason"
              maxLength={LIMITS.lateEntryReason}
              placeholder={t('visit.lateReasonPlaceholder')}
            />
          </Form.Item>
        </>
      )}

      <Form.Item name="mode" label={t('visit.mode')} rules={[{ required: true }]}>
        <Radio.Group className="care-inline" data-testid="care-visit-mode">
          {VISIT_MODES.map((m) => (
            <Radio key={m} value={m} data-testid={`care-visit-mode-${m}`}>
              {label('mode', m)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>

      <Form.Item
        name="met"
        label={t('visit.met')}
        rules={[
          { required: true, whitespace: true, message: t('common:required', { label: t('visit.met') }) },
          { max: 100 },
        ]}
      >
        <Input data-testid="care-visit-met" maxLength={100} placeholder={t('visit.metPlaceholder')} />
      </Form.Item>

      <Form.Item
        name="findings"
        label={t('visit.findings')}
        rules={[
          { required: true, whitespace: true, message: t('common:required', { label: t('visit.findings') }) },
          { max: LIMITS.findings, message: t('common:tooLong', { label: t('visit.findings'), max: LIMITS.findings }) },
        ]}
      >
        <Input.TextArea
          data-testid="care-visit-findings"
          placeholder={t('visit.findingsPlaceholder')}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={LIMITS.findings}
          showCount
        />
      </Form.Item>

      <Form.Item name="risk" label={t('visit.risk')} rules={[{ required: true }]}>
        <Radio.Group className="care-inline" data-testid="care-visit-risk">
          {RISKS.map((r) => (
            <Radio key={r} value={r} data-testid={`care-visit-risk-${r}`}>
              {label('risk', r)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {risk === 'MAJOR' && (
        <Alert type="error" showIcon message={t('visit.majorHint')} style={{ marginBottom: 16 }} data-testid="care-visit-major-hint" />
      )}

      <Form.Item label={t('visit.photo')} extra={t('visit.photoHint')}>
        <Space wrap>
          <div data-testid="care-visit-photo">
            <Upload accept={PHOTO_ACCEPT} multiple={false} maxCount={1} showUploadList={false} beforeUpload={beforeUpload}>
              <Button icon={<PictureOutlined />}>{t('visit.photoPick')}</Button>
            </Upload>
          </div>
          {photo && (
            <Space size={4}>
              <Typography.Text data-testid="care-visit-photo-name" style={{ wordBreak: 'break-all' }}>
                {photo.name}
              </Typography.Text>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('visit.photoRemove')}
                title={t('visit.photoRemove')}
                onClick={() => setPhoto(null)}
                data-testid="care-visit-photo-remove"
              />
            </Space>
          )}
        </Space>
        {photoError && (
          <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }} data-testid="care-visit-photo-error">
            {photoError}
          </Typography.Text>
        )}
      </Form.Item>

      <ProblemAlert problem={problem} testId="care-visit-error" onClose={clear} />
      <Form.Item style={{ marginBottom: 0 }} className="care-actions">
        <Button type="primary" htmlType="submit" loading={record.isPending} disabled={disabled} data-testid="care-visit-submit">
          {t('visit.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
