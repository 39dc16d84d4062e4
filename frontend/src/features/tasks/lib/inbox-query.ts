import { TASK_SCOPES, TASK_SORTS, type InboxQuery } from '../types';

const TYPE = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;

function readPage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** The inbox's state from its URL; anything unknown falls back to the default (all, no search, due first, page 1). */
export function readInboxQuery(params: URLSearchParams): InboxQuery {
  const type = params.get('type') ?? '';
  return {
    scope: TASK_SCOPES.find((s) => s === params.get('scope')) ?? 'all',
    q: (params.get('q') ?? '').trim().slice(0, 50),
    type: TYPE.test(type) ? type : '',
    sort: TASK_SORTS.find((s) => s === params.get('sort')) ?? 'due',
    page: readPage(params.get('page')),
  };
}

/** The URL of an inbox state: defaults left out, so the plain inbox stays /tasks. */
export function writeInboxQuery(query: InboxQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.scope !== 'all') search.set('scope', query.scope);
  if (query.q) search.set('q', query.q);
  if (query.type) search.set('type', query.type);
  if (query.sort !== 'due') search.set('sort', query.sort);
  if (query.page > 1) search.set('page', String(query.page));
  return search;
}
