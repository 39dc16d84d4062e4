/** The notice feature: village notice boards and their A4 prints (names, category, services only). */
import './i18n';

export { noticeRoutes } from './routes';
export { noticeNavItems } from './nav';
export { NoticeBoardPage } from './components/NoticeBoardPage';
export { NoticeBoardPrintPage, NoticePrintPage } from './components/NoticePrintPages';
export { NoticeSheet } from './components/NoticeSheet';
export { noticesResources, registerNoticesI18n, useNoticesT } from './i18n';
export * from './types';
