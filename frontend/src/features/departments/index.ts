/** What other features use of department referral: nothing yet (the app registers routes, nav and task screens). */
export { departmentNavItems } from './nav';
