/** The working-day calendar (工作日历): provisional deadline marks, the import page, the missing-year banner. */
export { calendarNavItems } from './nav';
export { calendarRoutes } from './routes';
export { ProvisionalMark } from '@/components/ProvisionalMark';
export { CalendarBanner } from './components/CalendarBanner';
