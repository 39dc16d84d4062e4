import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import { ApiError } from '@/lib/api-client';
import type { VisitCreated, VisitRequest } from '../types';

/**
 * Visits recorded without signal (issue #15), kept on the phone in IndexedDB until they are sent.
 * Each visit carries the client id (a UUID) it was given when recorded, so sending it again — the
 * answer lost, two tabs replaying at once — gives back the same visit on the server, never a second.
 *
 * States: `waiting` (sent when the network returns), `signin` (the session ended: kept, sent after
 * signing in again), `rejected` (the server refused it with a 4xx: shown with the reason, not
 * retried until the user fixes or discards it).
 */
export type QueuedVisitState = 'waiting' | 'signin' | 'rejected';

export interface QueuedVisit {
  clientId: string;
  enrolmentNo: string;
  personName?: string;
  visit: VisitRequest & { clientId: string };
  photo?: Blob;
  photoName?: string;
  /** When it was put in the queue (ISO), to list the oldest first. */
  queuedAt: string;
  state: QueuedVisitState;
  /** The server's reason for a rejection. */
  error?: string;
  /** The field the server named, e.g. `lateEntryReason` (a visit more than three days old). */
  errorField?: string;
}

export type SendVisit = (enrolmentNo: string, visit: VisitRequest, photo: File | null) => Promise<VisitCreated>;

/** What one attempt came to: stop at the first `offline` or `signin`, the rest would fare alike. */
type Outcome = 'sent' | 'offline' | 'signin' | 'rejected' | 'later';

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore('social-assist-offline', 'care-visits');
  return store;
}

let items: readonly QueuedVisit[] = [];
let loaded: Promise<void> | undefined;
const listeners = new Set<() => void>();
const sentListeners = new Set<(visit: QueuedVisit, created: VisitCreated) => void>();

function publish(next: readonly QueuedVisit[]): void {
  items = [...next].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  listeners.forEach((l) => l());
}

/** Reads the queue from IndexedDB once per page load. */
export function loadQueue(): Promise<void> {
  // No IndexedDB (private mode in some browsers, tests): an empty queue, the form says it cannot keep.
  loaded ??= Promise.resolve()
    .then(() => values<QueuedVisit>(db()))
    .then((stored) => publish(stored))
    .catch(() => publish([]));
  return loaded;
}

export function subscribeQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function queuedVisits(): readonly QueuedVisit[] {
  return items;
}

/** Told of each visit the server took (to refresh the roster and the person's page). */
export function onVisitSent(listener: (visit: QueuedVisit, created: VisitCreated) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

async function save(visit: QueuedVisit): Promise<void> {
  await set(visit.clientId, visit, db());
  publish([...items.filter((v) => v.clientId !== visit.clientId), visit]);
}

export async function enqueueVisit(visit: Omit<QueuedVisit, 'queuedAt' | 'state'> & { state?: QueuedVisitState }): Promise<void> {
  await loadQueue();
  await save({ ...visit, state: visit.state ?? 'waiting', queuedAt: new Date().toISOString() });
}

export async function discardVisit(clientId: string): Promise<void> {
  await del(clientId, db());
  publish(items.filter((v) => v.clientId !== clientId));
}

/** A rejected visit sent again after the user fixed it (e.g. gave the 补录 reason). */
export async function retryVisit(clientId: string, change: Partial<VisitRequest> = {}): Promise<void> {
  const visit = items.find((v) => v.clientId === clientId);
  if (!visit) return;
  await save({ ...visit, visit: { ...visit.visit, ...change }, state: 'waiting', error: undefined, errorField: undefined });
}

/** A failed fetch (no network, DNS, connection reset) rather than an answer from the server. */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ApiError);
}

/** What a failed send means for the queued visit. */
export function outcomeOf(error: unknown): Exclude<Outcome, 'sent'> {
  if (isNetworkFailure(error)) return 'offline';
  const status = (error as ApiError).status;
  if (status === 401) return 'signin';
  if (status >= 500 || status === 408 || status === 429) return 'later';
  return 'rejected';
}

function photoFile(visit: QueuedVisit): File | null {
  if (!visit.photo) return null;
  return new File([visit.photo], visit.photoName ?? 'photo', { type: visit.photo.type });
}

async function sendOne(visit: QueuedVisit, send: SendVisit): Promise<Outcome> {
  try {
    const created = await send(visit.enrolmentNo, visit.visit, photoFile(visit));
    await del(visit.clientId, db());
    publish(items.filter((v) => v.clientId !== visit.clientId));
    sentListeners.forEach((l) => l(visit, created));
    return 'sent';
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome === 'rejected') {
      const e = error as ApiError;
      await save({ ...visit, state: 'rejected', error: e.fieldErrors[0]?.message ?? e.detail ?? e.title, errorField: e.fieldErrors[0]?.field.replace(/^visit\./, '') });
    } else if (outcome === 'signin') {
      await save({ ...visit, state: 'signin' });
    }
    return outcome;
  }
}

let flushing: Promise<number> | undefined;

/**
 * Sends the waiting visits (and those that waited for a sign-in), oldest first, one at a time;
 * a second call while one runs joins it. Returns how many the server took.
 */
export function flushQueue(send: SendVisit): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      await loadQueue();
      for (const visit of items.filter((v) => v.state !== 'rejected')) {
        const outcome = await sendOne(visit, send);
        if (outcome === 'sent') sent += 1;
        if (outcome === 'offline' || outcome === 'signin') break;
      }
    } finally {
      flushing = undefined;
    }
    return sent;
  })();
  return flushing;
}

/** A UUID for a new visit; randomUUID needs a secure context, which the app always has but tests may not. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** For tests: forget what was read, so the next load reads IndexedDB again. */
export function resetQueueForTests(): void {
  loaded = undefined;
  flushing = undefined;
  store = undefined;
  items = [];
}
