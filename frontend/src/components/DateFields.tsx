import { DatePicker, TimePicker } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { DATE_FORMAT } from '@/lib/dates';

/**
 * Ant Design pickers that read and write the plain strings the API takes (`YYYY-MM-DD`, `YYYY-MM`,
 * `HH:mm`), so a form keeps its string values; the calendar speaks the app's language (ConfigProvider
 * locale), and a day typed or picked is a Beijing calendar day (no time, no zone). They fill the width
 * of their box, so none is cut off on a 390 px phone. The one way to ask for a date, month or time.
 */
interface Props {
  value?: string | null;
  onChange?: (value: string) => void;
  /** Latest allowed value, in the same format. */
  max?: string;
  /** Earliest allowed value, in the same format. */
  min?: string;
  placeholder?: string;
  testId?: string;
  ariaLabel?: string;
  disabled?: boolean;
  allowClear?: boolean;
  id?: string;
}

dayjs.extend(customParseFormat);

const MONTH_FORMAT = 'YYYY-MM';
const TIME_FORMAT = 'HH:mm';

const parse = (value: string | null | undefined, format: string): Dayjs | null => {
  if (!value) return null;
  const d = dayjs(value, format);
  return d.isValid() ? d : null;
};

function outside(d: Dayjs, format: string, min?: string, max?: string) {
  const s = d.format(format);
  return (!!max && s > max) || (!!min && s < min);
}

/**
 * Enter in a picker commits the typed value (the picker handles it first); without this the browser
 * then submits the surrounding form too, half filled. `display: contents` leaves the layout alone.
 */
function EnterStaysInPicker({ children }: { children: ReactNode }) {
  const keep = (e: KeyboardEvent) => {
    if (e.key === 'Enter') e.preventDefault();
  };
  return (
    <span style={{ display: 'contents' }} onKeyDown={keep}>
      {children}
    </span>
  );
}

/** A day or a month picker: the same field, its format and width by picker. */
function CalendarField({ picker, format, maxWidth, value, onChange, max, min, placeholder, testId, ariaLabel, disabled, allowClear = false, id }: Props & { picker: 'date' | 'month'; format: string; maxWidth?: number }) {
  return (
    <EnterStaysInPicker>
    <DatePicker
      id={id}
      picker={picker}
      value={parse(value, format)}
      format={format}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(format) : '')}
      disabledDate={max || min ? (d) => outside(d, format, min, max) : undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      allowClear={allowClear}
      data-testid={testId}
      style={{ width: '100%', maxWidth }}
    />
    </EnterStaysInPicker>
  );
}

export function DateField(props: Props) {
  return <CalendarField {...props} picker="date" format={DATE_FORMAT} />;
}

export function MonthField(props: Props) {
  return <CalendarField {...props} picker="month" format={MONTH_FORMAT} maxWidth={200} />;
}

export function TimeField({ value, onChange, placeholder, testId, ariaLabel, disabled, allowClear = false, id }: Props) {
  return (
    <EnterStaysInPicker>
    <TimePicker
      id={id}
      value={parse(value, TIME_FORMAT)}
      format={TIME_FORMAT}
      needConfirm={false}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(TIME_FORMAT) : '')}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      allowClear={allowClear}
      data-testid={testId}
      style={{ width: '100%' }}
    />
    </EnterStaysInPicker>
  );
}
