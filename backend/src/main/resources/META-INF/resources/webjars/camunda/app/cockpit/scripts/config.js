// Cockpit configuration of the social-assistance platform (replaces the webjar's default config.js).
export default {
  app: {
    name: '流程监控',
    vendor: '服务类社会救助'
  },
  // The webapps' CSRF cookie as named in application.yml (camunda.bpm.webapp.csrf.cookie-name); the
  // frontend's default XSRF-TOKEN would miss it, send no token, and every write would be refused.
  csrfCookieName: 'CAMUNDA-XSRF-TOKEN',
  // The community Cockpit shows running instances only; this plugin adds finished ones.
  customScripts: ['custom/finished-instances.js']
};
