import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { recordVisit } from './care';
import { careKeys } from './use-care';
import { flushQueue, loadQueue, onVisitSent, queuedVisits, subscribeQueue, type QueuedVisit } from '../lib/visit-queue';

/** How often waiting visits are tried again while the page is open and the browser thinks it is online. */
const RETRY_MS = 30_000;

/** Sends the queued visits now (when the browser thinks it is online). */
export function sendQueuedVisits(): Promise<number> {
  return flushQueue(recordVisit);
}

/**
 * The visits waiting on this phone, kept fresh; while mounted, sends them when the network
 * returns (`online`), on mount, and every 30 s, and refreshes the care pages for each one sent.
 */
export function useVisitQueue(): readonly QueuedVisit[] {
  const queryClient = useQueryClient();
  const visits = useSyncExternalStore(subscribeQueue, queuedVisits, queuedVisits);

  useEffect(() => {
    const send = () => {
      if (navigator.onLine) void sendQueuedVisits();
    };
    const stopSent = onVisitSent((visit) => {
      void queryClient.invalidateQueries({ queryKey: careKeys.lists });
      void queryClient.invalidateQueries({ queryKey: careKeys.detail(visit.enrolmentNo) });
    });
    void loadQueue().then(send);
    window.addEventListener('online', send);
    const timer = window.setInterval(() => {
      if (queuedVisits().some((v) => v.state === 'waiting')) send();
    }, RETRY_MS);
    return () => {
      stopSent();
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [queryClient]);

  return visits;
}
