/**
 * The one phone-number rule, the same expression as the server's @Phone (common/Phone.java):
 * empty (not given), a mobile (1 + 10 digits) or a landline with area code (0 + 2–3 digits, optional "-", 7–8 digits).
 */
export const PHONE_PATTERN = /^$|^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** Whether a typed phone passes the rule, after trimming and dropping inner spaces as the forms do. */
export const isPhone = (value: string | undefined | null) => PHONE_PATTERN.test((value ?? '').trim().replace(/\s+/g, ''));
