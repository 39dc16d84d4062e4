/** 统计报表 (issue 14 points 3 and 5): KPIs per street and village, the stored .xlsx reports. */
export { reportNavItems } from './nav';
export { reportRoutes } from './routes';
