// Welcome configuration of the social-assistance platform (replaces the webjar's default config.js).
export default {
  // The webapps' CSRF cookie as named in application.yml (camunda.bpm.webapp.csrf.cookie-name).
  csrfCookieName: 'CAMUNDA-XSRF-TOKEN'
};
