import { useMemo, useState } from 'react';
import { Select } from 'antd';
import type { OrgOption } from '../lib/villages';

export interface OrgCodeSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Known areas, offered by name. */
  options: readonly OrgOption[];
  /** A typed code that matches is offered as a choice of its own. */
  pattern: RegExp;
  /** The label of a typed code that is not among the known ones. */
  codeLabel: (code: string) => string;
  /** Label of a known area; default `name（code）`. */
  optionLabel?: (option: OrgOption) => string;
  placeholder?: string;
  allowClear?: boolean;
  size?: 'large' | 'middle' | 'small';
  status?: 'error' | 'warning';
  disabled?: boolean;
  id?: string;
  testId?: string;
  ariaLabel?: string;
}

const defaultLabel = (o: OrgOption) => (o.name ? `${o.name}（${o.code}）` : o.code);

/**
 * A select of areas: the known ones by name, and any code typed in full (there is no organisation
 * API, so a village nobody has enrolled yet can only be named by its code).
 */
export function OrgCodeSelect({
  value,
  onChange,
  options,
  pattern,
  codeLabel,
  optionLabel = defaultLabel,
  placeholder,
  allowClear,
  size = 'large',
  status,
  disabled,
  id,
  testId,
  ariaLabel,
}: OrgCodeSelectProps) {
  const [search, setSearch] = useState('');
  const choices = useMemo(() => {
    const typed = search.trim();
    const known = options.filter((o) => !typed || o.code.startsWith(typed) || (o.name ?? '').includes(typed));
    const list = known.map((o) => ({ value: o.code, label: optionLabel(o) }));
    const knownCodes = new Set(options.map((o) => o.code));
    if (pattern.test(typed) && !knownCodes.has(typed)) list.unshift({ value: typed, label: codeLabel(typed) });
    if (value && !knownCodes.has(value) && !list.some((o) => o.value === value)) list.push({ value, label: codeLabel(value) });
    return list;
  }, [codeLabel, optionLabel, options, pattern, search, value]);

  return (
    <Select<string>
      id={id}
      showSearch
      allowClear={allowClear}
      size={size}
      status={status}
      disabled={disabled}
      value={value || undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      filterOption={false}
      searchValue={search}
      onSearch={setSearch}
      onChange={(v) => {
        setSearch('');
        onChange?.(v || undefined);
      }}
      onBlur={() => setSearch('')}
      options={choices}
      notFoundContent={null}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
