/** What other features use of charity referral: the case page's panel. */
export { CaseReferralPanel } from './components/CaseReferralPanel';
