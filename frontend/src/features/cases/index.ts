/** The case feature: lead form, case list and view, case file uploads, service card. */
import './i18n';

export { caseRoutes } from './routes';
export { caseNavItems } from './nav';
export { DocumentUploads } from './components/DocumentUploads';
export { CaseStatusTag } from './components/CaseStatusTag';
export { CaseTimeline } from './components/CaseTimeline';
export { CaseListPage } from './components/CaseListPage';
export { CaseViewPage } from './components/CaseViewPage';
export { LeadFormPage } from './components/LeadFormPage';
export { ServiceCardPrintPage } from './components/ServiceCardPrintPage';
export { caseKeys, useCase, useCatalogue, usePinSlip } from './api/use-cases';
export { uploadDocument } from './api/upload';
export { missingRequired } from './lib/documents';
export { casesResources, registerCasesI18n, useCasesLabel, useCasesT } from './i18n';
export { idNumberProblem, deriveIdInfo, isValidIdNumber } from '@/lib/id-number';
export { displayMaskedId } from '@/lib/masking';
export * from './types';
