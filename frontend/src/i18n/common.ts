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
};

export type CommonStrings = typeof zh;
export { zh as commonZh, en as commonEn };
