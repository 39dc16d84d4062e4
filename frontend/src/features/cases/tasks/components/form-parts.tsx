import { useMemo } from 'react';
import { Checkbox, Typography } from 'antd';
import { useCasesLabel, type CatalogueItem } from '@/features/cases';
import { useCaseTasksLabel, useCaseTasksT, type CaseTasksT } from '../i18n';
import { groupCatalogue } from '../lib/case-data';
import { itemsProblem, textProblem } from '../lib/validation';

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
  const label = useCaseTasksLabel();
  const casesLabel = useCasesLabel();
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
              <span className="case-task-item-meta">{[casesLabel('way', item.way), price(item)].filter(Boolean).join(' · ')}</span>
            </Checkbox>
          ))}
        </div>
      ))}
    </Checkbox.Group>
  );
}
