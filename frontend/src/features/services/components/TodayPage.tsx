import { useState } from 'react';
import { DateField, TimeField } from '@/components/DateFields';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useCurrentUser } from '@/lib/auth/current-user';
import { isApiError } from '@/lib/api-client';
import { PHOTO_ACCEPT, photoProblem } from '@/lib/photo';
import { useErrorMessage } from '@/lib/use-error-message';
import { useConfirmDelivery, useRecordDelivery, useRegister, useToday } from '../api/use-services';
import { useServicesT } from '../i18n';
import { todayInShanghai } from '@/lib/dates';
import { minutesBetween } from '../lib/dates';
import { isProvider } from '../lib/roles';
import type { DeliveryRow, OrderRow } from '../types';
import { CardScanner, canScan } from './CardScanner';
import { DeliveryList, Forbidden, LoadError, OrderStatusTag, PageTitle } from './parts';

/** 今日服务: the provider staff's phone screen at the door. */
export function TodayPage() {
  const user = useCurrentUser();
  const t = useServicesT();
  const today = useToday();
  const [recording, setRecording] = useState<OrderRow | null>(null);
  const [confirming, setConfirming] = useState<DeliveryRow | null>(null);
  if (!isProvider(user)) return <Forbidden />;
  return (
    <div data-testid="services-today">
      <PageTitle>{t('today.title')}</PageTitle>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Registration />
        <Card size="small" title={t('today.orders')}>
          {today.isPending ? (
            <Skeleton active />
          ) : today.isError ? (
            <LoadError error={today.error} />
          ) : today.data.orders.length === 0 ? (
            <Empty description={t('today.noOrders')} />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              {today.data.orders.map((o) => (
                <Card key={o.orderNo} size="small" className="page-card" data-testid={`today-order-${o.orderNo}`}>
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{o.recipientName}</Typography.Text>
                      <Typography.Text>{o.itemName}</Typography.Text>
                      <OrderStatusTag status={o.status} />
                      {o.registered ? (
                        <Tag color="blue">{t('today.registeredTag')}</Tag>
                      ) : (
                        <Tag>{t('today.notRegisteredTag')}</Tag>
                      )}
                    </Space>
                    <Typography.Text type="secondary">
                      {o.villageName} · {t('today.card')} {o.cardNoMasked} · {t('today.validTo', { date: o.cardValidTo })}
                    </Typography.Text>
                    <Button
                      type="primary"
                      block
                      onClick={() => setRecording(o)}
                      data-testid={`record-delivery-${o.orderNo}`}
                    >
                      {t('today.record')}
                    </Button>
                  </Space>
                </Card>
              ))}
            </Space>
          )}
        </Card>
        <Card size="small" title={t('today.deliveries')}>
          {today.data ? (
            today.data.deliveries.length === 0 ? (
              <Empty description={t('today.noDeliveries')} />
            ) : (
              <DeliveryList
                rows={today.data.deliveries}
                testIdPrefix="today-delivery-"
                action={(d) =>
                  d.status === 'RECORDED' ? (
                    <Button type="primary" size="small" onClick={() => setConfirming(d)} data-testid={`confirm-pin-${d.id}`}>
                      {t('today.confirmPin')}
                    </Button>
                  ) : null
                }
              />
            )
          ) : null}
        </Card>
      </Space>
      {recording ? <DeliveryFormModal order={recording} onClose={() => setRecording(null)} /> : null}
      {confirming ? <PinModal delivery={confirming} onClose={() => setConfirming(null)} /> : null}
    </div>
  );
}

/** 登记服务对象: by typing the card number or scanning the card's QR code. */
function Registration() {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const register = useRegister();
  const [cardNo, setCardNo] = useState('');
  const [scanning, setScanning] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = (value: string) => {
    const card = value.trim();
    if (!card) {
      setMissing(true);
      return;
    }
    setMissing(false);
    register.mutate(card, {
      onSuccess: (orders) => {
        const names = [...new Set(orders.map((o) => `${o.recipientName}（${o.itemName}）`))].join('、');
        void message.success(t('today.registered', { names }));
        setCardNo('');
      },
    });
  };
  const onScanned = (value: string) => {
    setScanning(false);
    setCardNo(value);
    submit(value);
  };

  return (
    <Card size="small" title={t('today.registerTitle')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('today.registerHint')}
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={cardNo}
          onChange={(e) => setCardNo(e.target.value)}
          onPressEnter={() => submit(cardNo)}
          placeholder={t('today.cardNo')}
          aria-label={t('today.cardNo')}
          inputMode="text"
          autoComplete="off"
          data-testid="registration-card-no"
          status={missing ? 'error' : undefined}
        />
        {canScan() ? (
          <Button icon={<CameraOutlined />} onClick={() => setScanning(true)} data-testid="registration-scan">
            {t('today.scan')}
          </Button>
        ) : null}
        <Button type="primary" loading={register.isPending} onClick={() => submit(cardNo)} data-testid="registration-submit">
          {t('today.register')}
        </Button>
      </Space.Compact>
      {missing ? <Typography.Text type="danger">{t('today.cardNoRequired')}</Typography.Text> : null}
      {register.isError ? (
        <Alert style={{ marginTop: 8 }} type="error" showIcon message={errorText(register.error)} data-testid="registration-error" />
      ) : null}
      <CardScanner open={scanning} onClose={() => setScanning(false)} onScanned={onScanned} />
    </Card>
  );
}

interface DeliveryValues {
  serviceDate: string;
  startTime: string;
  endTime: string;
  notes?: string;
}

/** 登记服务: one delivery of an order, with an optional photo, posted as multipart. */
export function DeliveryFormModal({ order, onClose }: { order: OrderRow; onClose: () => void }) {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const record = useRecordDelivery();
  const [form] = Form.useForm<DeliveryValues>();
  const [photo, setPhoto] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = (values: DeliveryValues) => {
    if (!values.serviceDate || !values.startTime || !values.endTime) {
      setProblem(t('delivery.required'));
      return;
    }
    const minutes = minutesBetween(values.startTime, values.endTime);
    if (minutes === null || minutes <= 0) {
      setProblem(t('delivery.endAfterStart'));
      return;
    }
    setProblem(null);
    const notes = values.notes?.trim();
    record.mutate(
      {
        body: {
          orderNo: order.orderNo,
          serviceDate: values.serviceDate,
          startTime: values.startTime.slice(0, 5),
          endTime: values.endTime.slice(0, 5),
          ...(notes ? { notes } : {}),
        },
        photo,
      },
      {
        onSuccess: () => {
          void message.success(t('delivery.saved'));
          onClose();
        },
      },
    );
  };

  const pickPhoto = (file: File | undefined) => {
    if (!file) {
      setPhoto(null);
      return;
    }
    if (photoProblem(file)) {
      setProblem(t('delivery.photoTooBig'));
      setPhoto(null);
      return;
    }
    setProblem(null);
    setPhoto(file);
  };

  // A refusal (409) says why in its detail; show it where the staff member is looking.
  const serverError = record.isError
    ? isApiError(record.error) && record.error.detail
      ? record.error.detail
      : errorText(record.error)
    : null;

  return (
    <Modal
      open
      title={t('delivery.title', { name: order.recipientName, item: order.itemName })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<DeliveryValues>
        form={form}
        layout="vertical"
        initialValues={{ serviceDate: todayInShanghai(), startTime: '', endTime: '' }}
        onFinish={onFinish}
      >
        <Form.Item name="serviceDate" label={t('delivery.date')}>
          <DateField testId="delivery-date" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="startTime" label={t('delivery.start')}>
            <TimeField testId="delivery-start" />
          </Form.Item>
          <Form.Item name="endTime" label={t('delivery.end')}>
            <TimeField testId="delivery-end" />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('delivery.notes')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="delivery-notes" />
        </Form.Item>
        <Form.Item label={t('delivery.photo')}>
          <input
            type="file"
            accept={PHOTO_ACCEPT}
            capture="environment"
            data-testid="delivery-photo"
            onChange={(e) => pickPhoto(e.target.files?.[0])}
          />
        </Form.Item>
        {problem || serverError ? (
          <Alert type="error" showIcon message={problem ?? serverError} data-testid="delivery-error" style={{ marginBottom: 12 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={record.isPending} data-testid="delivery-submit">
          {t('delivery.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

/** 上门确认: the recipient types the card's PIN on the staff phone. */
export function PinModal({ delivery, onClose }: { delivery: DeliveryRow; onClose: () => void }) {
  const t = useServicesT();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const confirm = useConfirmDelivery();
  const [pin, setPin] = useState('');
  const [formatError, setFormatError] = useState(false);

  const submit = () => {
    if (!/^\d{6}$/.test(pin)) {
      setFormatError(true);
      return;
    }
    setFormatError(false);
    confirm.mutate(
      { id: delivery.id, body: { method: 'PIN', pin } },
      {
        onSuccess: () => {
          void message.success(t('pin.confirmed'));
          onClose();
        },
      },
    );
  };
  const error = formatError ? t('pin.format') : confirm.isError ? errorText(confirm.error) : null;
  return (
    <Modal open title={t('pin.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph>
        {delivery.recipientName} · {delivery.itemName} · {delivery.serviceDate} {delivery.startTime}–{delivery.endTime}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('pin.hint')}</Typography.Paragraph>
      <Input.Password
        value={pin}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 6))}
        onPressEnter={submit}
        inputMode="numeric"
        autoComplete="off"
        aria-label={t('pin.input')}
        placeholder={t('pin.input')}
        data-testid="confirm-pin-input"
      />
      {error ? <Alert style={{ marginTop: 8 }} type="error" showIcon message={error} data-testid="confirm-pin-error" /> : null}
      <Button
        style={{ marginTop: 12 }}
        type="primary"
        block
        loading={confirm.isPending}
        onClick={submit}
        data-testid="confirm-pin-submit"
      >
        {t('pin.submit')}
      </Button>
    </Modal>
  );
}
