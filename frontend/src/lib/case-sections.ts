import { createContext, useContext, type ComponentType } from 'react';

/**
 * Sections of the case page that other features draw (the referrals of a case). The cases feature
 * does not import them: app/provider.tsx fills this context, so features stay apart.
 */
export interface CaseSections {
  /** The case's charity referrals (features/referrals). */
  Referrals?: ComponentType<{ caseNo: string }>;
  /** The case's joint-meeting items and the 提交联席会议 action (features/meetings). */
  Meetings?: ComponentType<{ caseNo: string }>;
}

export const CaseSectionsContext = createContext<CaseSections>({});

export function useCaseSections(): CaseSections {
  return useContext(CaseSectionsContext);
}
