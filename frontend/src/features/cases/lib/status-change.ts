export const STATUS_CHANGE_PICKS = ['leftDibao', 'died', 'movedAway', 'other'] as const;
export type StatusChangePick = (typeof STATUS_CHANGE_PICKS)[number];

export const STATUS_CHANGE_MAX = 500;

export type StatusChangeProblem = 'required' | 'otherRequired' | 'tooLong';

/**
 * The reason sent to the server: the quick pick's wording, the typed detail, or both
 * ("死亡：2026年3月1日病故"). "Other" needs a detail; no pick needs a detail.
 */
export function buildStatusChangeReason(
  pick: StatusChangePick | null,
  pickLabel: string | null,
  detail: string | null | undefined,
): { reason: string } | { problem: StatusChangeProblem } {
  const text = (detail ?? '').trim();
  let reason: string;
  if (pick && pick !== 'other' && pickLabel) {
    reason = text ? `${pickLabel}：${text}` : pickLabel;
  } else {
    if (!text) return { problem: pick === 'other' ? 'otherRequired' : 'required' };
    reason = text;
  }
  if (reason.length > STATUS_CHANGE_MAX) return { problem: 'tooLong' };
  return { reason };
}
