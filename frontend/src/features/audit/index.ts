/** The access log (访问日志): admin search page; the server writes the log. */
export { auditNavItems } from './nav';
export { auditRoutes } from './routes';
