import { Form, Input } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { deriveIdInfo, idNumberProblem, normaliseIdNumber } from '@/lib/id-number';
import { isPhone } from '@/lib/phone';

/** The server's limits for a person's name and address (the server has the final word). */
export const PERSON_NAME_MAX = 50;
export const PERSON_ADDRESS_MAX = 200;

/** The form values PersonFields fills. */
export interface PersonValues {
  name: string;
  idNumber: string;
  phone?: string;
  address?: string;
}

export interface PersonFieldsProps {
  /**
   * Start of every test id: `<prefix>-name`, `<prefix>-idNumber` (with `<prefix>-id-derived` for the
   * birth date and gender read from it), `<prefix>-phone`, `<prefix>-address`.
   */
  testIdPrefix: string;
  /** Hints that differ between forms (none by default). */
  placeholders?: { name?: string; phone?: string; address?: string };
}

/**
 * The person fields of a form that records someone new (a case lead, a care enrolment): name, ID
 * number (birth date and gender shown as read from it, checked with lib/id-number), phone (lib/phone)
 * and address. Goes inside an antd `<Form>` whose values include `PersonValues`.
 */
export function PersonFields({ testIdPrefix, placeholders = {} }: PersonFieldsProps) {
  const { t } = useTranslation('common');
  const form = Form.useFormInstance<PersonValues>();
  const idValue = Form.useWatch('idNumber', form) as string | undefined;

  const info = deriveIdInfo(idValue);
  const idComplete = normaliseIdNumber(idValue).length === 18 && !idNumberProblem(idValue);
  const required = (label: string) => ({ required: true, whitespace: true, message: t('required', { label }) });

  return (
    <>
      <Form.Item
        name="name"
        label={t('person.name')}
        rules={[
          required(t('person.name')),
          { max: PERSON_NAME_MAX, message: t('tooLong', { label: t('person.name'), max: PERSON_NAME_MAX }) },
        ]}
      >
        <Input data-testid={`${testIdPrefix}-name`} placeholder={placeholders.name} maxLength={PERSON_NAME_MAX} autoComplete="off" />
      </Form.Item>

      <Form.Item
        name="idNumber"
        label={t('person.idNumber')}
        validateTrigger={['onBlur', 'onSubmit']}
        normalize={(v: string | undefined) => normaliseIdNumber(v)}
        rules={[
          required(t('person.idNumber')),
          {
            validator: (_, value: string | undefined) => {
              if (!value) return Promise.resolve();
              const problem = idNumberProblem(value);
              return problem ? Promise.reject(new Error(t(`person.idError.${problem}`))) : Promise.resolve();
            },
          },
        ]}
        extra={
          info.birthDate || info.gender ? (
            <span data-testid={`${testIdPrefix}-id-derived`}>
              {idComplete && <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 4 }} />}
              {t('person.idDerived', {
                birthDate: info.birthDate ?? '—',
                gender: info.gender ? t(`person.gender.${info.gender}`) : '—',
              })}
            </span>
          ) : undefined
        }
      >
        <Input
          data-testid={`${testIdPrefix}-idNumber`}
          placeholder={t('person.idNumberPlaceholder')}
          maxLength={18}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            if (normaliseIdNumber(e.target.value).length === 18) void form.validateFields(['idNumber']).catch(() => undefined);
          }}
        />
      </Form.Item>

      <Form.Item
        name="phone"
        label={t('person.phone')}
        validateTrigger={['onBlur', 'onSubmit']}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              isPhone(value) ? Promise.resolve() : Promise.reject(new Error(t('person.phoneInvalid'))),
          },
        ]}
      >
        <Input data-testid={`${testIdPrefix}-phone`} type="tel" inputMode="tel" placeholder={placeholders.phone} maxLength={20} />
      </Form.Item>

      <Form.Item
        name="address"
        label={t('person.address')}
        rules={[{ max: PERSON_ADDRESS_MAX, message: t('tooLong', { label: t('person.address'), max: PERSON_ADDRESS_MAX }) }]}
      >
        <Input data-testid={`${testIdPrefix}-address`} placeholder={placeholders.address} maxLength={PERSON_ADDRESS_MAX} />
      </Form.Item>
    </>
  );
}
