import { useMemo, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Input, Radio, Skeleton, Typography, type FormInstance } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCasesLabel, type CaseView, type CatalogueItem } from '@/features/cases';
import type { DomainTask } from '../types';
import { useCaseTasksT, type CaseTasksT } from '../i18n';
import { groupCatalogue } from '../lib/case-data';
import { itemsProblem, textProblem } from '../lib/validation';
import { CaseInfoCard, CaseInfoSkeleton, LoadError, ProblemAlert, TaskStateAlerts, useSubmitProblem, type Problem } from './shared';

/*
 * The parts the case task screens share, so that each screen states only what is its own: the case
 * at the top, the card's intro, a checked text area, the service items, the submit row, and the
 * submit itself (build the body, show a refusal).
 */

/** antd rule for optional or required text with a maximum length, using the shared check. */
export function textRule(t: CaseTasksT, label: string, max: number, required: boolean) {
  return {
    validator: (_: unknown, value: unknown) => {
      const problem = textProblem(value, max, required);
      if (problem === 'required') return Promise.reject(new Error(t('common.required', { label })));
      if (problem === 'tooLong') return Promise.reject(new Error(t('common.tooLong', { label, max })));
      return Promise.resolve();
    },
  };
}

export function itemsRule(t: CaseTasksT) {
  return {
    validator: (_: unknown, value: unknown) =>
      itemsProblem(value) ? Promise.reject(new Error(t('common.chooseItems'))) : Promise.resolve(),
  };
}

/** What `submit` needs of a React Query mutation. */
type Mutate<B> = (body: B, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;

/**
 * The submit of a task form: clears the last refusal, builds the body (a build that throws is
 * reported like a refused submit), sends it, and on failure puts the server's field messages on the
 * form (`fields`) and the rest in `problem` (show it with `SubmitRow`).
 */
export function useFormSubmit<V, B>(
  form: FormInstance | null,
  fields: readonly string[],
  mutate: Mutate<B>,
  build: (values: V) => B,
  onSuccess: () => void,
) {
  const { problem, report, clear } = useSubmitProblem(form, fields);
  const submit = (values: V) => {
    clear();
    let body: B;
    try {
      body = build(values);
    } catch (e) {
      report(e);
      return;
    }
    mutate(body, { onSuccess, onError: report });
  };
  return { problem, submit };
}

/** The case at the top of a task screen: a skeleton while it loads, the error, or `children` (the case card by default). */
export function CaseHeader({
  kase,
  full = false,
  children,
}: {
  kase: UseQueryResult<CaseView>;
  full?: boolean;
  children?: (kase: CaseView) => ReactNode;
}) {
  const t = useCaseTasksT();
  if (kase.isPending) return <CaseInfoSkeleton />;
  if (kase.isError) {
    return <LoadError title={t('common.caseLoadFailed')} error={kase.error} onRetry={() => void kase.refetch()} testId="domain-case-error" />;
  }
  return children ? children(kase.data) : <CaseInfoCard kase={kase.data} full={full} />;
}

/** A task card's form: vertical, large controls, test id `testId`; `disabled` while read-only or sending. */
export function CaseTaskForm<V>({
  form,
  testId,
  disabled,
  onFinish,
  scrollToFirstError = false,
  children,
}: {
  form: FormInstance<V>;
  testId: string;
  disabled: boolean;
  onFinish: (values: V) => void;
  scrollToFirstError?: boolean;
  children: ReactNode;
}) {
  return (
    <Form<V> form={form} layout="vertical" size="large" disabled={disabled} onFinish={onFinish} scrollToFirstError={scrollToFirstError} data-testid={testId}>
      {children}
    </Form>
  );
}

/** The top of a form card: what to do, whether the task can be handled by this user, and what else the screen adds. */
export function CardIntro({ task, text, children }: { task: DomainTask; text: string; children?: ReactNode }) {
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{text}</Typography.Text>
      <TaskStateAlerts task={task} />
      {children}
    </Flex>
  );
}

/**
 * A required choice shown as radios (test ids `<testId>-<value>`); `options` in the order shown.
 * `extra` is the hint under it.
 */
export function ChoiceItem<V extends string | number | boolean>({
  name,
  label,
  options,
  testId,
  extra,
}: {
  name: string;
  label: string;
  options: readonly { value: V; label: ReactNode }[];
  testId: string;
  extra?: ReactNode;
}) {
  const t = useCaseTasksT();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('common.choose', { label }) }]} extra={extra}>
      <Radio.Group className="case-task-choices">
        {options.map((o) => (
          <Radio key={String(o.value)} value={o.value} data-testid={`${testId}-${String(o.value)}`}>
            {o.label}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** A text area form item checked by `textRule`: `max` is its limit (and counter), `testId` its input's test id. */
export function TextAreaItem({
  name,
  label,
  max,
  required = false,
  placeholder,
  testId,
}: {
  name: string;
  label: string;
  max: number;
  required?: boolean;
  placeholder: string;
  testId: string;
}) {
  const t = useCaseTasksT();
  return (
    <Form.Item name={name} label={label} required={required || undefined} rules={[textRule(t, label, max, required)]}>
      <Input.TextArea data-testid={testId} placeholder={placeholder} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={max} showCount />
    </Form.Item>
  );
}

/**
 * The refusal (`<prefix>-error`) and the submit button (`<prefix>-submit`) at the end of a form.
 * `secondary` is a plain button that keeps the item's margin (a form followed by more on its card).
 */
export function SubmitRow({
  prefix,
  problem,
  loading,
  disabled,
  danger,
  secondary = false,
  children,
}: {
  prefix: string;
  problem: Problem | null;
  loading: boolean;
  disabled: boolean;
  danger?: boolean;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {problem && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert problem={problem} testId={`${prefix}-error`} />
        </div>
      )}
      <Form.Item style={secondary ? undefined : { marginBottom: 0 }} className="case-task-actions">
        <Button
          type={secondary ? undefined : 'primary'}
          danger={danger}
          htmlType="submit"
          size="large"
          loading={loading}
          disabled={disabled}
          data-testid={`${prefix}-submit`}
        >
          {children}
        </Button>
      </Form.Item>
    </>
  );
}

/**
 * The service items to tick (form field `itemCodes`, test ids `<prefix>-items`, `<prefix>-item-<code>`),
 * once `ready` and the catalogue has items; until then a skeleton, the load error or the empty catalogue.
 */
export function CatalogueItemsItem({
  catalogue,
  ready = catalogue.isSuccess,
  label,
  extra,
  prefix,
}: {
  catalogue: UseQueryResult<CatalogueItem[]>;
  ready?: boolean;
  label: ReactNode;
  extra?: ReactNode;
  prefix: string;
}) {
  const t = useCaseTasksT();
  const items = catalogue.data ?? [];
  if (ready && items.length > 0) {
    return (
      <Form.Item name="itemCodes" label={label} extra={extra} required rules={[itemsRule(t)]}>
        <ItemCheckboxes items={items} prefix={prefix} />
      </Form.Item>
    );
  }
  return (
    <Form.Item label={label} required>
      {catalogue.isError ? (
        <LoadError title={t('common.catalogueLoadFailed')} error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : catalogue.isSuccess && items.length === 0 ? (
        <Alert type="warning" showIcon message={t('common.catalogueEmpty')} />
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} />
      )}
    </Form.Item>
  );
}

/** The catalogue as checkbox rows under category headings; `prefix` makes the test ids. */
export function ItemCheckboxes({
  items,
  prefix,
  value,
  onChange,
  disabled,
}: {
  items: CatalogueItem[];
  prefix: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  disabled?: boolean;
}) {
  const t = useCaseTasksT();
  const label = useCasesLabel();
  const groups = useMemo(() => groupCatalogue(items), [items]);
  const price = (item: CatalogueItem) => {
    if (item.standardPrice === null || item.standardPrice === undefined) return '';
    return item.unit ? t('price', { price: item.standardPrice, unit: item.unit }) : t('priceNoUnit', { price: item.standardPrice });
  };
  return (
    <Checkbox.Group
      className="case-task-choices"
      value={value}
      onChange={(codes) => onChange?.(codes as string[])}
      disabled={disabled}
      data-testid={`${prefix}-items`}
    >
      {groups.map((group) => (
        <div key={group.category} role="group" aria-label={label('itemCategory', group.category)}>
          <Typography.Text className="case-task-group-title">{label('itemCategory', group.category)}</Typography.Text>
          {group.items.map((item) => (
            <Checkbox key={item.code} value={item.code} data-testid={`${prefix}-item-${item.code}`}>
              <span>{item.name}</span>
              <span className="case-task-item-meta">{[label('way', item.way), price(item)].filter(Boolean).join(' · ')}</span>
            </Checkbox>
          ))}
        </div>
      ))}
    </Checkbox.Group>
  );
}
