import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import i18n from '@/i18n';
// Category and gender labels are shared with the case feature.
import '@/features/cases/i18n';
import type { Strings, Leaves } from '@/i18n/feature-strings';

/** The notice feature's strings, namespace `notices` (and `nav.notices` of the `translation` namespace). */
const zh = {
  nav: {
    notices: '公示栏',
  },
  board: {
    title: '公示栏',
    villageCode: '村（社区）',
    villageCodePlaceholder: '选择村（社区）',
    show: '查看',
    pickVillage: '请输入要查看的村（社区）代码。',
    empty: '该村（社区）目前没有公示对象。',
    loadFailed: '公示加载失败',
    printBoard: '打印公示',
    print: '打印',
    retry: '重试',
    period: '公示期',
    total: '共 {{count}} 人',
    forbidden: '您没有权限查看公示栏。',
  },
  column: {
    serviceNo: '服务号',
    name: '姓名',
    gender: '性别',
    category: '救助类别',
    services: '服务项目',
    period: '公示期',
    status: '状态',
  },
  status: {
    PUBLISHED: '公示中',
    LONG_TERM: '长期公示',
  },
  print: {
    heading: '服务类社会救助对象公示',
    intro: '根据服务类社会救助有关规定，经入户调查、审批认定，现将以下人员予以公示：',
    village: '村（社区）：{{name}}',
    street: '街道（镇）：{{name}}',
    period: '公示期：{{from}} 至 {{to}}',
    longTerm: '长期公示（自 {{from}} 起）',
    longTermNoDate: '长期公示',
    objections: '公示期间如有异议，请向村（居）委会或街道（镇）反映。',
    issuer: '{{name}}',
    print: '打印',
    back: '返回公示栏',
    notFound: '公示不存在或已撤下。',
    loadFailed: '公示加载失败',
    a4Hint: '请使用 A4 纵向纸张打印。',
    none: '—',
    noEntries: '暂无公示对象。',
    committee: {
      village: '{{name}}村民委员会',
      community: '{{name}}居民委员会',
      other: '{{name}}村（居）民委员会',
    },
  },
};


const en: Strings<typeof zh> = {
  nav: {
    notices: 'Notice board',
  },
  board: {
    title: 'Notice board',
    villageCode: 'Village',
    villageCodePlaceholder: 'Choose a village',
    show: 'Show',
    pickVillage: 'Enter the code of the village (community) to show.',
    empty: 'Nobody is on this village’s notice board.',
    loadFailed: 'Could not load the notice board',
    printBoard: 'Print notice',
    print: 'Print',
    retry: 'Retry',
    period: 'Notice period',
    total: '{{count}} people',
    forbidden: 'You may not see the notice board.',
  },
  column: {
    serviceNo: 'Service no.',
    name: 'Name',
    gender: 'Gender',
    category: 'Category',
    services: 'Services',
    period: 'Notice period',
    status: 'Status',
  },
  status: {
    PUBLISHED: 'On notice',
    LONG_TERM: 'Long-term notice',
  },
  print: {
    heading: 'Public Notice of Service-type Social Assistance Recipients',
    intro: 'Following the home investigation and recognition, the people below are hereby given public notice:',
    village: 'Village (community): {{name}}',
    street: 'Street (township): {{name}}',
    period: 'Notice period: {{from}} to {{to}}',
    longTerm: 'Long-term notice (since {{from}})',
    longTermNoDate: 'Long-term notice',
    objections: 'Any objection during the notice period may be raised with the village (residents’) committee or the street (township) office.',
    issuer: '{{name}}',
    print: 'Print',
    back: 'Back to the notice board',
    notFound: 'The notice does not exist or has been withdrawn.',
    loadFailed: 'Could not load the notice',
    a4Hint: 'Print on A4 paper, portrait.',
    none: '—',
    noEntries: 'Nobody on notice.',
    committee: {
      village: '{{name}} Villagers’ Committee',
      community: '{{name}} Residents’ Committee',
      other: '{{name}} Village (Residents’) Committee',
    },
  },
};

export const noticesResources = { zh, en } as const;

let registered = false;

export function registerNoticesI18n(): void {
  if (registered) return;
  registered = true;
  i18n.addResourceBundle('zh', 'notices', zh, true, true);
  i18n.addResourceBundle('en', 'notices', en, true, true);
  i18n.addResourceBundle('zh', 'translation', { nav: { notices: zh.nav.notices } }, true, true);
  i18n.addResourceBundle('en', 'translation', { nav: { notices: en.nav.notices } }, true, true);
}

registerNoticesI18n();


export type NoticesStrings = typeof zh;
export type NoticesKey = Leaves<NoticesStrings>;
const NS = ['notices', 'common'] as const;
export type NoticesT = TFunction<typeof NS>;

/** `t` for this feature's keys (namespace `notices`), plus `common:…`. */
export function useNoticesT(): NoticesT {
  return useTranslation(NS).t;
}
