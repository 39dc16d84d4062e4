import { App as AntApp } from 'antd';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { AppLayout } from './AppLayout';

/**
 * The signed-in frame (header, menu, drawer, antd's messages and modals): a chunk of its own, so
 * the sign-in page does not carry it.
 */
export function SignedInShell() {
  return (
    // Toasts below the 64px header, so they never cover its buttons on a phone.
    <AntApp message={{ top: 72, maxCount: 3 }}>
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    </AntApp>
  );
}
