import dayjs, { type Dayjs } from 'dayjs';
import type { FormRule } from 'antd';
import { DATE_FORMAT, toCalendarDay } from '@/lib/dates';
import type { FormField, SubmitValues } from '../types';

/** Longer text limits get a multi-line box. */
export const TEXTAREA_THRESHOLD = 100;
/** Up to this many enum options are shown as radio buttons, more as a drop-down. */
export const RADIO_OPTION_LIMIT = 4;

export type Widget = 'boolean' | 'radio' | 'select' | 'number' | 'date' | 'textarea' | 'input';

export function widgetFor(field: FormField): Widget {
  switch (field.type) {
    case 'boolean':
      return 'boolean';
    case 'enum':
      return (field.options?.length ?? 0) > RADIO_OPTION_LIMIT ? 'select' : 'radio';
    case 'long':
      return 'number';
    case 'date':
      return 'date';
    case 'textarea':
      return 'textarea';
    default:
      return (field.maxLength ?? 0) > TEXTAREA_THRESHOLD ? 'textarea' : 'input';
  }
}

export type FormMessageKey =
  | 'form.required'
  | 'form.choose'
  | 'form.minLength'
  | 'form.maxLength'
  | 'form.min'
  | 'form.max'
  | 'form.integer';

export type FormMessages = (key: FormMessageKey, vars: { label: string; min?: number; max?: number }) => string;

const VALUE_TYPES = {
  boolean: 'boolean',
  radio: 'string',
  select: 'string',
  number: 'number',
  date: 'object',
} as const;

const present = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Client-side rules mirroring the server's checks (required, length, range, type). */
export function rulesFor(field: FormField, message: FormMessages): FormRule[] {
  const label = field.label ?? field.id;
  const rules: FormRule[] = [];
  const widget = widgetFor(field);
  const choice = widget === 'boolean' || widget === 'radio' || widget === 'select' || widget === 'date';

  if (field.required) {
    const required = message(choice ? 'form.choose' : 'form.required', { label });
    // Without a type the validator assumes text and would call a `false` answer missing.
    rules.push(
      widget === 'input' || widget === 'textarea'
        ? { required: true, type: 'string', whitespace: true, message: required } // blank is missing on the server too
        : { required: true, type: VALUE_TYPES[widget], message: required },
    );
  }
  if (widget === 'input' || widget === 'textarea') {
    if (present(field.minLength)) {
      rules.push({ type: 'string', min: field.minLength, message: message('form.minLength', { label, min: field.minLength }) });
    }
    if (present(field.maxLength)) {
      rules.push({ type: 'string', max: field.maxLength, message: message('form.maxLength', { label, max: field.maxLength }) });
    }
  }
  if (widget === 'number') {
    rules.push({ type: 'integer', message: message('form.integer', { label }) });
    if (present(field.min)) rules.push({ type: 'number', min: field.min, message: message('form.min', { label, min: field.min }) });
    if (present(field.max)) rules.push({ type: 'number', max: field.max, message: message('form.max', { label, max: field.max }) });
  }
  return rules;
}

function toBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** What the form starts with. Required yes/no questions start unanswered: they must be chosen. */
export function initialValues(fields: FormField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = field.defaultValue;
    if (raw === null || raw === undefined || raw === '') continue;
    switch (widgetFor(field)) {
      case 'boolean':
        if (!field.required) values[field.id] = toBoolean(raw);
        break;
      case 'number': {
        const n = typeof raw === 'number' ? raw : Number(raw);
        if (Number.isFinite(n)) values[field.id] = n;
        break;
      }
      case 'date':
        if (typeof raw === 'string' || typeof raw === 'number') values[field.id] = toCalendarDay(raw);
        break;
      default:
        values[field.id] = String(raw);
    }
  }
  return values;
}

/** Form values as the complete endpoint expects them; empty answers are left out. */
export function toSubmitValues(fields: FormField[], values: Record<string, unknown>): SubmitValues {
  const out: SubmitValues = {};
  for (const field of fields) {
    const value = values[field.id];
    if (value === undefined || value === null || value === '') continue;
    switch (widgetFor(field)) {
      case 'boolean': {
        const b = toBoolean(value);
        if (b !== undefined) out[field.id] = b;
        break;
      }
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) out[field.id] = value;
        else if (typeof value === 'string' && value.trim()) out[field.id] = value.trim();
        break;
      case 'date':
        if (dayjs.isDayjs(value)) out[field.id] = (value as Dayjs).format(DATE_FORMAT);
        else if (typeof value === 'string') out[field.id] = value;
        break;
      default:
        if (typeof value === 'string') out[field.id] = value;
        else if (typeof value === 'number' || typeof value === 'boolean') out[field.id] = String(value);
    }
  }
  return out;
}
