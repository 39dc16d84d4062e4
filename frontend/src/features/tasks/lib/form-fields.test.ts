import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { initialValues, rulesFor, toSubmitValues, widgetFor, type FormMessages } from './form-fields';
import type { FormField } from '../types';

const field = (f: Partial<FormField> & Pick<FormField, 'id' | 'type'>): FormField => ({
  label: f.id,
  required: false,
  defaultValue: null,
  ...f,
});

const messages: FormMessages = (key, vars) => `${key}:${vars.label}:${vars.min ?? ''}:${vars.max ?? ''}`;

describe('widgetFor', () => {
  it('maps engine form types to widgets', () => {
    expect(widgetFor(field({ id: 'a', type: 'boolean' }))).toBe('boolean');
    expect(widgetFor(field({ id: 'a', type: 'long' }))).toBe('number');
    expect(widgetFor(field({ id: 'a', type: 'date' }))).toBe('date');
    expect(widgetFor(field({ id: 'a', type: 'textarea' }))).toBe('textarea');
    expect(widgetFor(field({ id: 'a', type: 'string' }))).toBe('input');
    expect(widgetFor(field({ id: 'a', type: 'string', maxLength: 100 }))).toBe('input');
    expect(widgetFor(field({ id: 'a', type: 'string', maxLength: 500 }))).toBe('textarea');
    expect(widgetFor(field({ id: 'a', type: 'somethingNew' }))).toBe('input');
  });

  it('uses radios for short enums and a select for long ones', () => {
    const opts = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `L${i}` }));
    expect(widgetFor(field({ id: 'a', type: 'enum', options: opts(3) }))).toBe('radio');
    expect(widgetFor(field({ id: 'a', type: 'enum', options: opts(4) }))).toBe('radio');
    expect(widgetFor(field({ id: 'a', type: 'enum', options: opts(5) }))).toBe('select');
  });
});

describe('rulesFor', () => {
  it('mirrors required and length limits for text', () => {
    const rules = rulesFor(
      field({ id: 'note', label: '说明', type: 'string', required: true, minLength: 2, maxLength: 500 }),
      messages,
    );
    expect(rules).toEqual([
      { required: true, type: 'string', whitespace: true, message: 'form.required:说明::' },
      { type: 'string', min: 2, message: 'form.minLength:说明:2:' },
      { type: 'string', max: 500, message: 'form.maxLength:说明::500' },
    ]);
  });

  it('asks to choose for yes/no questions', () => {
    expect(rulesFor(field({ id: 'g', label: '是否', type: 'boolean', required: true }), messages)).toEqual([
      { required: true, type: 'boolean', message: 'form.choose:是否::' },
    ]);
    expect(rulesFor(field({ id: 'g', type: 'boolean' }), messages)).toEqual([]);
  });

  it('checks integer ranges', () => {
    expect(rulesFor(field({ id: 'n', label: '人数', type: 'long', min: 1, max: 9 }), messages)).toEqual([
      { type: 'integer', message: 'form.integer:人数::' },
      { type: 'number', min: 1, message: 'form.min:人数:1:' },
      { type: 'number', max: 9, message: 'form.max:人数::9' },
    ]);
  });
});

describe('initialValues', () => {
  it('leaves required yes/no questions unanswered', () => {
    expect(initialValues([field({ id: 'g', type: 'boolean', required: true, defaultValue: true })])).toEqual({});
  });

  it('takes defaults of other fields in their widget types', () => {
    const values = initialValues([
      field({ id: 'b', type: 'boolean', defaultValue: 'false' }),
      field({ id: 'n', type: 'long', defaultValue: '42' }),
      field({ id: 's', type: 'string', defaultValue: '默认' }),
      field({ id: 'd', type: 'date', defaultValue: '2026-02-28T16:00:00Z' }),
      field({ id: 'none', type: 'string', defaultValue: null }),
    ]);
    expect(values.b).toBe(false);
    expect(values.n).toBe(42);
    expect(values.s).toBe('默认');
    expect(dayjs.isDayjs(values.d) && values.d.format('YYYY-MM-DD')).toBe('2026-03-01');
    expect('none' in values).toBe(false);
  });
});

describe('toSubmitValues', () => {
  const fields = [
    field({ id: 'genuine', type: 'boolean', required: true }),
    field({ id: 'note', type: 'string' }),
    field({ id: 'count', type: 'long' }),
    field({ id: 'on', type: 'date' }),
    field({ id: 'kind', type: 'enum', options: [{ value: 'a', label: 'A' }] }),
  ];

  it('converts widget values to what the server reads', () => {
    expect(
      toSubmitValues(fields, {
        genuine: false,
        note: '入户核实',
        count: 3,
        on: dayjs('2026-03-01'),
        kind: 'a',
      }),
    ).toEqual({ genuine: false, note: '入户核实', count: 3, on: '2026-03-01', kind: 'a' });
  });

  it('leaves out empty answers and fields the form does not declare', () => {
    expect(toSubmitValues(fields, { genuine: undefined, note: '', count: null, extra: 'x' })).toEqual({});
  });
});
