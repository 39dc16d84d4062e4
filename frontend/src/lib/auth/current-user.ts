import { createContext, useContext } from 'react';
import type { CurrentUser } from './types';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only for components below RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}
