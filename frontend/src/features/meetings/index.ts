/** What other features use of the joint meeting: the case page's panel. */
export { CaseMeetingPanel } from './components/CaseMeetingPanel';
