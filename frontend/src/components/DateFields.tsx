import { DatePicker, TimePicker } from 'antd';
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

export function DateField({ value, onChange, max, min, placeholder, testId, ariaLabel, disabled, allowClear = false, id }: Props) {
  return (
    <DatePicker
      id={id}
      value={parse(value, DATE_FORMAT)}
      format={DATE_FORMAT}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(DATE_FORMAT) : '')}
      disabledDate={max || min ? (d) => outside(d, DATE_FORMAT, min, max) : undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      allowClear={allowClear}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

export function MonthField({ value, onChange, max, min, placeholder, testId, ariaLabel, disabled, allowClear = false, id }: Props) {
  return (
    <DatePicker
      id={id}
      picker="month"
      value={parse(value, MONTH_FORMAT)}
      format={MONTH_FORMAT}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(MONTH_FORMAT) : '')}
      disabledDate={max || min ? (d) => outside(d, MONTH_FORMAT, min, max) : undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      allowClear={allowClear}
      data-testid={testId}
      style={{ width: '100%', maxWidth: 200 }}
    />
  );
}

export function TimeField({ value, onChange, placeholder, testId, ariaLabel, disabled, allowClear = false, id }: Props) {
  return (
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
  );
}
