import { useState } from 'react';
import { colon } from '@/i18n';
import { DateField } from '@/components/DateFields';
import { Alert, App, Button, Card, Checkbox, Empty, Form, Input, Modal, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useCharities, useEligible, useRecordConsent, useSendBatch, useWithdrawConsent } from '../api/use-referrals';
import { useReferralsLabel, useReferralsT } from '../i18n';
import { todayInShanghai } from '@/lib/dates';
import { canRecordConsent, canRefer, isOfficial } from '../lib/roles';
import { GIVER_RELATIONS, type EligibleRow, type GiverRelation } from '../types';
import { ConsentTag, ErrorAlert, Forbidden, LoadError, PageTitle } from './parts';

const CATEGORIES = [1, 2, 3, 4, 5, 6];

/** 可转介对象: people granted charity relief, their consent, and sending a batch to a charity. */
export function EligiblePage() {
  const user = useCurrentUser();
  const t = useReferralsT();
  const label = useReferralsLabel();
  const narrow = useIsNarrow();
  const [villageCode, setVillageCode] = useState('');
  const [category, setCategory] = useState<number | undefined>();
  const [text, setText] = useState('');
  const eligible = useEligible({ villageCode: villageCode || undefined, category, text: text || undefined });
  const [selected, setSelected] = useState<string[]>([]);
  const [consentFor, setConsentFor] = useState<EligibleRow | null>(null);
  const [withdrawFor, setWithdrawFor] = useState<EligibleRow | null>(null);
  const [sending, setSending] = useState(false);
  if (!isOfficial(user)) return <Forbidden />;
  const referrer = canRefer(user);
  const selectable = (r: EligibleRow) => r.consentStatus === 'GIVEN' && !r.openReferral;
  const toggle = (caseNo: string, on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, caseNo])] : s.filter((c) => c !== caseNo)));
  const rows = eligible.data ?? [];
  const chosen = rows.filter((r) => selected.includes(r.caseNo));

  return (
    <div data-testid="referrals-eligible">
      <PageTitle
        extra={
          referrer ? (
            <Space>
              <Typography.Text>{t('eligible.selected', { count: chosen.length })}</Typography.Text>
              <Button type="primary" disabled={chosen.length === 0} onClick={() => setSending(true)} data-testid="referral-send-open">
                {t('eligible.send')}
              </Button>
            </Space>
          ) : null
        }
      >
        {t('eligible.title')}
      </PageTitle>
      <Alert type="info" showIcon message={t('eligible.hint')} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('eligible.villageCode')} onSearch={(v) => setVillageCode(v.trim())} style={{ width: 180 }} />
        <Select<number | ''>
          style={{ minWidth: 160 }}
          value={category ?? ''}
          onChange={(v) => setCategory(v === '' ? undefined : v)}
          options={[{ value: '', label: `${t('common.category')}${colon()}${t('common:all')}` }, ...CATEGORIES.map((c) => ({ value: c, label: label('category', c) }))]}
          data-testid="eligible-category"
        />
        <Input.Search allowClear placeholder={t('eligible.text')} onSearch={(v) => setText(v.trim())} style={{ width: 200 }} data-testid="eligible-text" />
      </Space>
      {eligible.isPending ? (
        <Skeleton active />
      ) : eligible.isError ? (
        <LoadError error={eligible.error} />
      ) : rows.length === 0 ? (
        <Empty description={t('common:empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rows.map((r) => (
            <Card key={r.caseNo} size="small" className="page-card" data-testid={`eligible-row-${r.caseNo}`}>
              <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap={narrow}>
                <Space align="start">
                  {referrer ? (
                    <Checkbox
                      disabled={!selectable(r)}
                      checked={selected.includes(r.caseNo)}
                      onChange={(e) => toggle(r.caseNo, e.target.checked)}
                      data-testid={`eligible-select-${r.caseNo}`}
                    />
                  ) : null}
                  <div>
                    <Space wrap>
                      <Typography.Text strong>{r.recipientName}</Typography.Text>
                      <Typography.Text type="secondary">{r.caseNo}</Typography.Text>
                      <ConsentTag status={r.consentStatus} testId={`consent-status-${r.caseNo}`} />
                    </Space>
                    <div>
                      <Typography.Text type="secondary">
                        {r.villageName} · {label('category', r.recipientCategory)}
                        {r.age != null ? ` · ${r.age}岁` : ''}
                        {r.phoneMasked ? ` · ${r.phoneMasked}` : ''}
                      </Typography.Text>
                    </div>
                    {r.consent && r.consentStatus === 'GIVEN' ? (
                      <div>
                        <Typography.Text type="secondary">
                          {label('relation', r.consent.giverRelation)} {r.consent.giverName} · {r.consent.givenOn} ·{' '}
                          {r.consent.charityName ?? t('consent.anyCharity')}
                        </Typography.Text>
                      </div>
                    ) : null}
                    {r.openReferral ? (
                      <Typography.Text type="warning">
                        {t('eligible.inReferral', { batchNo: r.openReferral.batchNo, charity: r.openReferral.charityName })}
                      </Typography.Text>
                    ) : r.lastOutcome ? (
                      <Typography.Text type="secondary">
                        {t('eligible.lastOutcome', { outcome: label('outcome', r.lastOutcome.outcome) })}
                      </Typography.Text>
                    ) : null}
                  </div>
                </Space>
                {canRecordConsent(user) ? (
                  <Space wrap>
                    {r.consentStatus !== 'GIVEN' ? (
                      <Button size="small" onClick={() => setConsentFor(r)} data-testid={`consent-open-${r.caseNo}`}>
                        {t('eligible.recordConsent')}
                      </Button>
                    ) : (
                      <Button size="small" danger onClick={() => setWithdrawFor(r)} data-testid={`consent-withdraw-${r.caseNo}`}>
                        {t('eligible.withdraw')}
                      </Button>
                    )}
                  </Space>
                ) : null}
              </Space>
            </Card>
          ))}
        </Space>
      )}
      {consentFor ? <ConsentModal row={consentFor} onClose={() => setConsentFor(null)} /> : null}
      {withdrawFor ? <WithdrawModal row={withdrawFor} onClose={() => setWithdrawFor(null)} /> : null}
      {sending ? (
        <SendModal
          rows={chosen}
          onClose={() => setSending(false)}
          onSent={() => {
            setSelected([]);
            setSending(false);
          }}
        />
      ) : null}
    </div>
  );
}

interface ConsentValues {
  charityCode: string;
  giverRelation: GiverRelation;
  giverName: string;
  givenOn: string;
  documentNote?: string;
}

/** 登记同意: who consented, when, to which charity (or any of the district). */
function ConsentModal({ row, onClose }: { row: EligibleRow; onClose: () => void }) {
  const t = useReferralsT();
  const label = useReferralsLabel();
  const { message } = App.useApp();
  const charities = useCharities();
  const record = useRecordConsent();
  const [form] = Form.useForm<ConsentValues>();
  return (
    <Modal open title={t('consent.title', { name: row.recipientName })} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<ConsentValues>
        form={form}
        layout="vertical"
        initialValues={{ charityCode: '', giverRelation: 'SELF', giverName: row.recipientName, givenOn: todayInShanghai() }}
        onFinish={(v) =>
          record.mutate(
            {
              caseNo: row.caseNo,
              charityCode: v.charityCode || null,
              giverRelation: v.giverRelation,
              giverName: v.giverName.trim(),
              givenOn: v.givenOn,
              ...(v.documentNote?.trim() ? { documentNote: v.documentNote.trim() } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t('consent.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="charityCode" label={t('consent.scope')}>
          <Select
            options={[{ value: '', label: t('consent.anyCharity') }, ...(charities.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
          />
        </Form.Item>
        <Form.Item name="giverRelation" label={t('consent.relation')} rules={[{ required: true }]}>
          <Radio.Group>
            {GIVER_RELATIONS.map((r) => (
              <Radio key={r} value={r} data-testid={`consent-relation-${r}`}>
                {label('relation', r)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="giverName" label={t('consent.giverName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} data-testid="consent-giver-name" />
        </Form.Item>
        <Form.Item name="givenOn" label={t('consent.givenOn')} rules={[{ required: true }]}>
          <DateField max={todayInShanghai()} testId="consent-given-on" />
        </Form.Item>
        <Form.Item name="documentNote" label={t('consent.documentNote')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="consent-document" />
        </Form.Item>
        <ErrorAlert error={record.error} testId="consent-error" />
        <Button type="primary" htmlType="submit" block loading={record.isPending} data-testid="consent-submit">
          {t('common:save')}
        </Button>
      </Form>
    </Modal>
  );
}

function WithdrawModal({ row, onClose }: { row: EligibleRow; onClose: () => void }) {
  const t = useReferralsT();
  const { message } = App.useApp();
  const withdraw = useWithdrawConsent();
  const [reason, setReason] = useState('');
  const consent = row.consent;
  return (
    <Modal open title={`${t('eligible.withdraw')}${colon()}${row.recipientName}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Input.TextArea rows={3} maxLength={500} placeholder={t('eligible.withdrawReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="withdraw-reason" />
      <ErrorAlert error={withdraw.error} />
      <Button
        style={{ marginTop: 12 }}
        danger
        type="primary"
        block
        disabled={!consent || !reason.trim()}
        loading={withdraw.isPending}
        onClick={() =>
          consent &&
          withdraw.mutate(
            { id: consent.id, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('consent.withdrawn'));
                onClose();
              },
            },
          )
        }
        data-testid="withdraw-submit"
      >
        {t('eligible.withdraw')}
      </Button>
    </Modal>
  );
}

/** 发送转介: the chosen people as one batch to one charity. A 409 names who cannot be sent. */
function SendModal({ rows, onClose, onSent }: { rows: EligibleRow[]; onClose: () => void; onSent: () => void }) {
  const t = useReferralsT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const charities = useCharities();
  const send = useSendBatch();
  const [charityCode, setCharityCode] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!charityCode) {
      setMissing(true);
      return;
    }
    send.mutate(
      { charityCode, caseNos: rows.map((r) => r.caseNo), ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (batch) => {
          void message.success(t('eligible.sent', { batchNo: batch.batchNo }));
          onSent();
          navigate(`/referrals/${encodeURIComponent(batch.batchNo)}`);
        },
      },
    );
  };
  return (
    <Modal open title={t('eligible.sendTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph>{rows.map((r) => r.recipientName).join('、')}</Typography.Paragraph>
      <Typography.Text>{t('eligible.chooseCharity')}</Typography.Text>
      <div style={{ margin: '8px 0' }}>
        {charities.isError ? (
          <LoadError error={charities.error} />
        ) : (
          <Radio.Group value={charityCode} onChange={(e) => setCharityCode(e.target.value as string)}>
            <Space direction="vertical">
              {(charities.data ?? []).map((c) => (
                <Radio key={c.code} value={c.code} data-testid={`referral-charity-${c.code}`}>
                  {c.name}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
      </div>
      {missing ? <Typography.Text type="danger">{t('eligible.charityRequired')}</Typography.Text> : null}
      <Input.TextArea rows={2} maxLength={500} placeholder={t('eligible.batchNote')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="referral-note" />
      <div style={{ marginTop: 8 }}>
        <ErrorAlert error={send.error} testId="referral-send-error" />
      </div>
      <Button type="primary" block loading={send.isPending} onClick={submit} data-testid="referral-send-submit">
        {t('eligible.send')}
      </Button>
    </Modal>
  );
}
