import { Descriptions, Form, InputNumber, Radio, Switch } from 'antd';
import { useIsNarrow } from '@/lib/use-is-narrow';
import { useCareLabel, useCareT } from '../i18n';
import { FACT_SWITCHES, SELF_CARE_VALUES, type Facts } from '../types';

/**
 * The grading facts as form items under `facts.*`: switches, the self-care radio and the
 * neighbours count. `prefix` makes the test ids (`<prefix>-livesAlone`, `<prefix>-selfCare-FULL`, …).
 */
export function FactsFields({ prefix, defaults = true }: { prefix: string; /** Off when the form has initialValues. */ defaults?: boolean }) {
  const t = useCareT();
  const label = useCareLabel();
  return (
    <>
      <Form.Item
        name={['facts', 'selfCare']}
        label={t('facts.selfCare')}
        rules={[{ required: true, message: t('common:choose', { label: t('facts.selfCare') }) }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" className="care-choices" data-testid={`${prefix}-selfCare`}>
          {SELF_CARE_VALUES.map((v) => (
            // The test id sits on the visible label text: a button-style radio's own input is 0×0.
            <Radio.Button key={v} value={v}>
              <span data-testid={`${prefix}-selfCare-${v}`}>{label('selfCare', v)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <div className="care-facts-grid">
        {FACT_SWITCHES.map((key) => (
          <Form.Item key={key} name={['facts', key]} label={t(`facts.${key}`)} valuePropName="checked" initialValue={defaults ? false : undefined}>
            <Switch data-testid={`${prefix}-${key}`} checkedChildren={t('common:yes')} unCheckedChildren={t('common:no')} />
          </Form.Item>
        ))}
        <Form.Item
          name={['facts', 'neighboursNearby']}
          label={t('facts.neighboursNearby')}
          tooltip={t('facts.neighboursHint')}
          initialValue={defaults ? 0 : undefined}
          rules={[{ required: true, type: 'integer', min: 0, max: 99, message: t('facts.neighboursHint') }]}
        >
          <InputNumber
            data-testid={`${prefix}-neighboursNearby`}
            min={0}
            max={99}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </div>
    </>
  );
}

/** The facts, read-only. */
export function FactsView({ facts }: { facts: Facts }) {
  const t = useCareT();
  const label = useCareLabel();
  const narrow = useIsNarrow();
  const yesNo = (v: boolean) => (v ? t('common:yes') : t('common:no'));
  return (
    <Descriptions
      column={narrow ? 1 : 2}
      size="small"
      data-testid="care-facts"
      items={[
        { key: 'selfCare', label: t('facts.selfCare'), children: label('selfCare', facts.selfCare) },
        ...FACT_SWITCHES.map((key) => ({ key, label: t(`facts.${key}`), children: yesNo(facts[key]) })),
        {
          key: 'neighboursNearby',
          label: t('facts.neighboursNearby'),
          children: t('facts.neighboursValue', { count: facts.neighboursNearby }),
        },
      ]}
    />
  );
}
