/** The care monitoring feature (关爱帮扶): roster, enrolment, visits, warnings, emergencies, task screens. */
import './i18n';

export { careRoutes } from './routes';
export { careNavItems } from './nav';
export { careTaskForms, CARE_FORM_KEYS, type CareFormKey } from './task-forms';
export { CareRosterPage } from './components/CareRosterPage';
export { CareEnrolPage } from './components/CareEnrolPage';
export { CareEnrolmentPage } from './components/CareEnrolmentPage';
export { CareImportPage } from './components/CareImportPage';
export { CareEmergencyPage } from './components/CareEmergencyPage';
export { VisitForm } from './components/VisitForm';
export { careKeys, useEnrolment, useRoster } from './api/use-care';
export { careResources, registerCareI18n, useCareLabel, useCareT } from './i18n';
export * from './types';
