import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, List, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { isHeldByOther, TaskStateAlerts } from '@/components/TaskStateAlerts';
import type { DomainTaskFormProps } from '@/lib/task-forms';
import { useErrorMessage } from '@/lib/use-error-message';
import { useConfirmRoutes, useDecideSubsistence, useIntakeSubject } from '../api/use-onedoor';
import { useOneDoorLabel, useOneDoorT } from '../i18n';
import {
  ONE_DOOR_DEPARTMENTS,
  ROUTE_TYPES,
  SUBSISTENCE_DECISIONS,
  type DepartmentKind,
  type IntakeView,
  type RouteChoice,
  type RouteType,
  type SubsistenceDecision,
} from '../types';
import { IntakeHeader, LoadError, NeedList, RouteList, useRouteName } from './parts';

function WithIntake({ taskId, children }: { taskId: string; children: (intake: IntakeView) => React.ReactNode }) {
  const subject = useIntakeSubject(taskId);
  if (subject.isPending) return <Skeleton active />;
  if (subject.isError) return <LoadError error={subject.error} />;
  return <>{children(subject.data)}</>;
}

/** 确认救助路径: the street office keeps, drops or adds routes; confirming raises each. */
export function ConfirmRoutesForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithIntake taskId={task.id}>{(i) => <ConfirmBody intake={i} task={task} onCompleted={onCompleted} />}</WithIntake>;
}

type Choice = RouteChoice & { key: string; proposed: boolean };

const keyOf = (c: { needId: number; type: RouteType; departmentKind?: DepartmentKind | null }) => `${c.type}/${c.departmentKind ?? ''}/${c.needId}`;

function ConfirmBody({ intake, task, onCompleted }: DomainTaskFormProps & { intake: IntakeView }) {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const routeName = useRouteName();
  const describe = useErrorMessage();
  const confirm = useConfirmRoutes();
  const readOnly = isHeldByOther(task);
  const [choices, setChoices] = useState<Choice[]>(() =>
    intake.routes
      .filter((r) => r.status === 'PROPOSED')
      .map((r) => ({ key: keyOf(r), needId: r.needId, type: r.type, departmentKind: r.departmentKind ?? undefined, proposed: true })),
  );
  const [kept, setKept] = useState<Set<string>>(() => new Set(choices.map((c) => c.key)));
  const [addType, setAddType] = useState<RouteType | undefined>();
  const [addDept, setAddDept] = useState<DepartmentKind | undefined>();
  const [addNeed, setAddNeed] = useState<number | undefined>(intake.needs[0]?.id);
  const [tried, setTried] = useState(false);
  const needOf = new Map(intake.needs.map((n) => [n.id, n]));

  const add = () => {
    if (!addType || addNeed === undefined || (addType === 'DEPARTMENT' && !addDept)) return;
    const c: Choice = { needId: addNeed, type: addType, departmentKind: addType === 'DEPARTMENT' ? addDept : undefined, proposed: false, key: '' };
    c.key = keyOf(c);
    if (!choices.some((x) => x.key === c.key)) setChoices([...choices, c]);
    setKept(new Set([...kept, c.key]));
    setAddType(undefined);
    setAddDept(undefined);
  };
  const chosen = choices.filter((c) => kept.has(c.key));
  const submit = () => {
    setTried(true);
    if (chosen.length === 0) return;
    confirm.mutate(
      { taskId: task.id, routes: chosen.map(({ needId, type, departmentKind }) => ({ needId, type, ...(departmentKind ? { departmentKind } : {}) })) },
      { onSuccess: onCompleted },
    );
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="intake-routes-form">
      <TaskStateAlerts task={task} />
      <IntakeHeader intake={intake} />
      <Card size="small" title={t('common.needs')}>
        <NeedList needs={intake.needs} />
      </Card>
      <Alert type="info" showIcon message={t('task.confirmHint')} />
      <Card size="small" title={t('common.routes')}>
        <List
          size="small"
          dataSource={choices}
          renderItem={(c) => (
            <List.Item key={c.key}>
              <Checkbox
                checked={kept.has(c.key)}
                disabled={readOnly}
                data-testid={`route-choice-${c.key}`}
                onChange={(e) => {
                  const next = new Set(kept);
                  if (e.target.checked) next.add(c.key);
                  else next.delete(c.key);
                  setKept(next);
                }}
              >
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{routeName(c)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {label('needType', needOf.get(c.needId)?.type)} · {c.proposed ? t('common.proposed') : t('common.added')}
                  </Typography.Text>
                </Space>
              </Checkbox>
            </List.Item>
          )}
        />
        {!readOnly && (
          <Space wrap style={{ marginTop: 8 }}>
            <Select<RouteType>
              placeholder={t('task.routeType')}
              value={addType}
              onChange={setAddType}
              style={{ minWidth: 180 }}
              data-testid="route-add-type"
              options={ROUTE_TYPES.map((r) => ({ value: r, label: label('routeType', r) }))}
            />
            {addType === 'DEPARTMENT' && (
              <Select<DepartmentKind>
                placeholder={t('task.department')}
                value={addDept}
                onChange={setAddDept}
                style={{ minWidth: 180 }}
                data-testid="route-add-department"
                options={ONE_DOOR_DEPARTMENTS.map((d) => ({ value: d, label: label('department', d) }))}
              />
            )}
            <Select<number>
              placeholder={t('task.needOf')}
              value={addNeed}
              onChange={setAddNeed}
              style={{ minWidth: 160 }}
              data-testid="route-add-need"
              options={intake.needs.map((n) => ({ value: n.id, label: label('needType', n.type) }))}
            />
            <Button icon={<PlusOutlined />} onClick={add} data-testid="route-add">
              {t('task.add')}
            </Button>
          </Space>
        )}
      </Card>
      {tried && chosen.length === 0 && <Alert type="error" showIcon message={t('task.none')} />}
      {confirm.isError && <Alert type="error" showIcon message={describe(confirm.error)} />}
      {!readOnly && (
        <Button type="primary" size="large" block onClick={submit} loading={confirm.isPending} data-testid="intake-routes-submit">
          {t('task.submit')}
        </Button>
      )}
    </Space>
  );
}

/** 低保特困审核确认: the district recognises (低保 or 特困) or refuses, with its reason. */
export function SubsistenceDecisionForm({ task, onCompleted }: DomainTaskFormProps) {
  return <WithIntake taskId={task.id}>{(i) => <DecisionBody intake={i} task={task} onCompleted={onCompleted} />}</WithIntake>;
}

function DecisionBody({ intake, task, onCompleted }: DomainTaskFormProps & { intake: IntakeView }) {
  const t = useOneDoorT();
  const label = useOneDoorLabel();
  const describe = useErrorMessage();
  const decide = useDecideSubsistence();
  const readOnly = isHeldByOther(task);
  const [decision, setDecision] = useState<SubsistenceDecision | undefined>();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteMissing = decision === 'REFUSED' && !note.trim();
  const submit = () => {
    setTried(true);
    if (!decision || noteMissing) return;
    decide.mutate({ taskId: task.id, decision, note: note.trim() || undefined }, { onSuccess: onCompleted });
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="subsistence-decision-form">
      <TaskStateAlerts task={task} />
      <IntakeHeader intake={intake} />
      <Card size="small" title={t('common.needs')}>
        <NeedList needs={intake.needs} />
      </Card>
      <Card size="small" title={t('common.routes')}>
        <RouteList intake={intake} showDropped={false} />
      </Card>
      <Alert type="info" showIcon message={t('task.decisionHint')} />
      <Card size="small" title={t('task.decision')}>
        <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as SubsistenceDecision)} disabled={readOnly} data-testid="subsistence-decision">
          <Space direction="vertical">
            {SUBSISTENCE_DECISIONS.map((d) => (
              <Radio key={d} value={d}>
                <span data-testid={`subsistence-decision-${d}`}>{label('decision', d)}</span>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>{t('task.decisionNote')}</Typography.Paragraph>
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} disabled={readOnly} data-testid="subsistence-note" />
        {tried && noteMissing && <Typography.Text type="danger">{t('task.noteRequired')}</Typography.Text>}
        {tried && !decision && <Typography.Text type="danger">{t('common:choose', { label: t('task.decision') })}</Typography.Text>}
      </Card>
      {decide.isError && <Alert type="error" showIcon message={describe(decide.error)} />}
      {!readOnly && (
        <Button type="primary" size="large" block onClick={submit} loading={decide.isPending} data-testid="subsistence-submit">
          {t('task.decide')}
        </Button>
      )}
    </Space>
  );
}
