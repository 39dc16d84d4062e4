import type { Strings } from './feature-strings';

/**
 * The `common` namespace: words several features say alike (buttons, yes/no, table headings,
 * amounts). A feature reads them as `t('common:save')` from `useTranslation([<feature>, 'common'])`.
 * Move a word here only when its Chinese and English are the same in every feature that uses it.
 */
const zh = {
  none: '—',
  yes: '是',
  no: '否',
  all: '全部',
  back: '返回',
  retry: '重试',
  refresh: '刷新',
  cancel: '取消',
  save: '保存',
  open: '查看',
  status: '状态',
  actions: '操作',
  village: '村(社区)',
  empty: '暂无数据',
  total: '共 {{total}} 条',
  yuan: '{{amount}} 元',
  forbidden: '您没有权限使用此功能。',
  required: '请填写「{{label}}」',
  tooLong: '「{{label}}」不能超过 {{max}} 个字',
  choose: '请选择「{{label}}」',
  formErrors: '表单填写有误，请检查标红的项目。',
  /** The person fields (components/PersonFields): the same on the lead and the care enrolment forms. */
  person: {
    name: '姓名',
    idNumber: '身份证号码',
    idNumberPlaceholder: '18 位身份证号码',
    idDerived: '出生日期 {{birthDate}} · {{gender}}',
    gender: {
      MALE: '男',
      FEMALE: '女',
    },
    idError: {
      length: '身份证号码应为18位。',
      digits: '身份证号码前17位应为数字。',
      lastChar: '身份证号码末位应为数字或X。',
      birthDate: '身份证号码中的出生日期无效。',
      checkDigit: '身份证号码校验位不正确。',
    },
    phone: '联系电话',
    phoneInvalid: '电话号码格式不正确。',
    address: '居住地址',
  },
};

const en: Strings<typeof zh> = {
  none: '—',
  yes: 'Yes',
  no: 'No',
  all: 'All',
  back: 'Back',
  retry: 'Retry',
  refresh: 'Refresh',
  cancel: 'Cancel',
  save: 'Save',
  open: 'Open',
  status: 'Status',
  actions: 'Actions',
  village: 'Village',
  empty: 'Nothing here',
  total: '{{total}} in all',
  yuan: 'CNY {{amount}}',
  forbidden: 'You are not allowed to use this function.',
  required: 'Please fill in "{{label}}"',
  tooLong: '"{{label}}" may not exceed {{max}} characters',
  choose: 'Please choose "{{label}}"',
  formErrors: 'Some fields are wrong; please check the ones marked in red.',
  person: {
    name: 'Name',
    idNumber: 'ID number',
    idNumberPlaceholder: '18-character resident ID number',
    idDerived: 'Born {{birthDate}} · {{gender}}',
    gender: {
      MALE: 'Male',
      FEMALE: 'Female',
    },
    idError: {
      length: 'An ID number has 18 characters.',
      digits: 'The first 17 characters must be digits.',
      lastChar: 'The last character must be a digit or X.',
      birthDate: 'The birth date in the ID number is not valid.',
      checkDigit: 'The check character of the ID number is wrong.',
    },
    phone: 'Phone',
    phoneInvalid: 'The phone number is not valid.',
    address: 'Address',
  },
};

export type CommonStrings = typeof zh;
export { zh as commonZh, en as commonEn };
