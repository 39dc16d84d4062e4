import { useMemo } from 'react';
import { Button, type ButtonProps, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, type FormInstance } from 'antd';
import { DATE_FORMAT } from '@/lib/dates';
import type { FieldError } from '@/lib/api-client';
import { useProcessWords } from '@/lib/process-words';
import { initialValues, rulesFor, widgetFor, type FormMessages } from '../lib/form-fields';
import type { FormField } from '../types';
import { useTasksT } from '../i18n';

interface Props {
  form: FormInstance;
  fields: FormField[];
  disabled: boolean;
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => void;
}

interface ControlTexts {
  yes: string;
  no: string;
  selectPlaceholder: string;
  datePlaceholder: string;
}

/**
 * The input for one field. A plain function, not a component: Form.Item hands value and onChange
 * to its direct child, which must therefore be the antd control itself.
 */
function fieldControl(field: FormField, texts: ControlTexts) {
  const testId = `field-${field.id}`;
  switch (widgetFor(field)) {
    case 'boolean':
      return (
        <Radio.Group data-testid={testId}>
          <Radio value={true} data-testid={`${testId}-true`}>
            {texts.yes}
          </Radio>
          <Radio value={false} data-testid={`${testId}-false`}>
            {texts.no}
          </Radio>
        </Radio.Group>
      );
    case 'radio':
      return (
        <Radio.Group data-testid={testId}>
          <Space direction="vertical" size={4}>
            {(field.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value} data-testid={`${testId}-${o.value}`}>
                {o.label ?? o.value}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'select':
      return (
        <Select
          data-testid={testId}
          placeholder={texts.selectPlaceholder}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label ?? o.value }))}
          allowClear={!field.required}
          showSearch
          optionFilterProp="label"
        />
      );
    case 'number':
      return (
        <InputNumber
          data-testid={testId}
          precision={0}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          style={{ width: '100%', maxWidth: 240 }}
        />
      );
    case 'date':
      return (
        <DatePicker data-testid={testId} format={DATE_FORMAT} placeholder={texts.datePlaceholder} inputReadOnly />
      );
    case 'textarea':
      return (
        <Input.TextArea
          data-testid={testId}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength ?? undefined}
          showCount={!!field.maxLength}
        />
      );
    default:
      return <Input data-testid={testId} maxLength={field.maxLength ?? undefined} />;
  }
}

/** The task's own form, built from the engine's form field declarations. Key it by task id. */
export function TaskForm({ form, fields, disabled, submitting, onSubmit }: Props) {
  const t = useTasksT();
  const words = useProcessWords();
  const message: FormMessages = (key, vars) => t(key, vars);
  const initial = useMemo(() => initialValues(fields), [fields]);
  // Labels in the chosen language, by field id (the model's label is Chinese).
  const shown = useMemo(() => fields.map((f) => ({ ...f, label: words.field(f.id, f.label ?? f.id) })), [fields, words]);
  // Completing a step cannot be taken back: ask once, after the form's own checks have passed.
  const [modal, confirmHolder] = Modal.useModal();
  const confirmThenSubmit = (values: Record<string, unknown>) => {
    void modal.confirm({
      title: t('task.confirmTitle'),
      content: t('task.confirmText'),
      okText: t('task.confirmOk'),
      cancelText: t('task.confirmCancel'),
      okButtonProps: { 'data-testid': 'task-complete-confirm' } as ButtonProps,
      onOk: () => onSubmit(values),
    });
  };
  const texts: ControlTexts = {
    yes: t('form.yes'),
    no: t('form.no'),
    selectPlaceholder: t('form.selectPlaceholder'),
    datePlaceholder: t('form.datePlaceholder'),
  };

  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="task-form"
      initialValues={initial}
      disabled={disabled}
      onFinish={confirmThenSubmit}
      scrollToFirstError
    >
      {confirmHolder}
      {shown.map((field) => (
        <Form.Item key={field.id} name={field.id} label={field.label} required={field.required} rules={rulesFor(field, message)}>
          {fieldControl(field, texts)}
        </Form.Item>
      ))}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button data-testid="task-complete" type="primary" htmlType="submit" loading={submitting} size="large">
          {t('task.complete')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** Puts the server's field messages on the matching items; returns those that match no field. */
export function showFieldErrors(form: FormInstance, fields: FormField[], errors: FieldError[]): FieldError[] {
  const known = new Set(fields.map((f) => f.id));
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const e of errors) {
    if (known.has(e.field)) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    else unmatched.push(e);
  }
  form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  return unmatched;
}
