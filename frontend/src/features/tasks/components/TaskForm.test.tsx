import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import '@/i18n';
import type { FieldError } from '@/lib/api-client';
import type { FormField } from '../types';
import { showFieldErrors, TaskForm } from './TaskForm';

const fields: FormField[] = [
  { id: 'genuine', label: '是否确有困难', type: 'boolean', required: true, defaultValue: null },
  { id: 'verificationNote', label: '核实情况说明', type: 'string', required: true, defaultValue: null, minLength: 2, maxLength: 500 },
  { id: 'contact', label: '联系人及电话', type: 'string', required: false, defaultValue: null, maxLength: 50 },
  { id: 'persons', label: '人数', type: 'long', required: false, defaultValue: null, min: 1, max: 9 },
  {
    id: 'way',
    label: '服务方式',
    type: 'enum',
    required: false,
    defaultValue: null,
    options: [
      { value: 'home', label: '上门' },
      { value: 'centre', label: '到站' },
    ],
  },
];

let formRef: ReturnType<typeof Form.useForm>[0] | undefined;

function Harness({ onSubmit }: { onSubmit: (v: Record<string, unknown>) => void }) {
  const [form] = Form.useForm();
  formRef = form;
  return <TaskForm form={form} fields={fields} disabled={false} submitting={false} onSubmit={onSubmit} />;
}

describe('TaskForm', () => {
  it('puts the stable test ids where end-to-end tests look for them', () => {
    render(<Harness onSubmit={() => undefined} />);
    expect(screen.getByTestId('task-form').tagName).toBe('FORM');
    expect(screen.getByTestId('field-genuine')).toBeTruthy();
    expect(screen.getByTestId('field-genuine-true')).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('field-genuine-false')).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('field-verificationNote').tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('field-contact').tagName).toBe('INPUT');
    expect(screen.getByTestId('field-persons').tagName).toBe('INPUT');
    expect(screen.getByTestId('field-way-home')).toHaveProperty('type', 'radio');
    expect(screen.getByTestId('task-complete').tagName).toBe('BUTTON');
  });

  it('does not preselect a required yes/no answer and blocks an empty submit', async () => {
    const onSubmit = vi.fn();
    const { container } = render(<Harness onSubmit={onSubmit} />);
    expect(screen.getByTestId<HTMLInputElement>('field-genuine-true').checked).toBe(false);
    expect(screen.getByTestId<HTMLInputElement>('field-genuine-false').checked).toBe(false);
    fireEvent.click(screen.getByTestId('task-complete'));
    await waitFor(() => expect(container.querySelectorAll('.ant-form-item-explain-error').length).toBeGreaterThan(0));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits chosen values', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId('field-genuine-false'));
    fireEvent.change(screen.getByTestId('field-verificationNote'), { target: { value: '入户核实，确有困难。' } });
    fireEvent.click(screen.getByTestId('task-complete'));
    // Nothing is sent before the confirmation.
    const confirm = await screen.findByTestId('task-complete-confirm', {}, { timeout: 15000 });
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(confirm);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1), { timeout: 15000 });
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ genuine: false, verificationNote: '入户核实，确有困难。' });
  });

  it('shows server field errors on their items and hands back the rest', async () => {
    const { container } = render(<Harness onSubmit={() => undefined} />);
    const errors: FieldError[] = [
      { field: 'verificationNote', message: '「核实情况说明」至少需要 2 个字。' },
      { field: 'unknown', message: '表单中没有该字段。' },
    ];
    let rest: FieldError[] = [];
    act(() => {
      rest = showFieldErrors(formRef!, fields, errors);
    });
    expect(rest).toEqual([{ field: 'unknown', message: '表单中没有该字段。' }]);
    await waitFor(() => expect(container.textContent).toContain('「核实情况说明」至少需要 2 个字。'));
  });
});
