/** What other parts of the app use of temporary assistance: a person's yearly ledger card. */
export { LedgerCard } from './components/parts';
