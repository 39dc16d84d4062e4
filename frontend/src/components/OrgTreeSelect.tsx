import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { orgTree, useOrgUnits } from '@/lib/org-units';

interface Props {
  /** A village code, or undefined for none. */
  value?: string;
  onChange: (villageCode: string | undefined) => void;
  placeholder: string;
  ariaLabel: string;
  testId?: string;
  allowClear?: boolean;
}

/**
 * Pick a village from the tree of the user's scope (street → villages), by name, with search; no code
 * to type. Streets open and close; only villages are chosen.
 */
export function OrgTreeSelect({ value, onChange, placeholder, ariaLabel, testId, allowClear = true }: Props) {
  const units = useOrgUnits();
  const tree = useMemo(() => orgTree(units.data ?? []), [units.data]);
  return (
    <div data-testid={testId} style={{ width: '100%', minWidth: 0 }}>
      <TreeSelect<string>
        size="large"
        showSearch
        allowClear={allowClear}
        treeNodeFilterProp="title"
        treeDefaultExpandedKeys={tree.map((n) => n.value)}
        loading={units.isPending}
        value={value || undefined}
        placeholder={placeholder}
        aria-label={ariaLabel}
        treeData={tree}
        onChange={(v) => onChange(v || undefined)}
        listHeight={320}
        style={{ width: '100%' }}
      />
    </div>
  );
}
