/** The monitoring centre (监控中心, issue 14): overview, click-through task list, step durations on the diagram. */
export { monitoringNavItems } from './nav';
export { monitoringRoutes } from './routes';
export { landsOnMonitoring } from './lib/roles';
