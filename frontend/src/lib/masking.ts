/** Personal data on screen: the server masks; these make sure nothing unmasked slips through. */

/** 360199********002X: region and last four kept, birth date hidden (same rule as the server). */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/**
 * The ID number as shown in a case: the server's masked value, or — should a full number ever
 * arrive — masked here. Empty values show as the placeholder.
 */
export function displayMaskedId(value: string | null | undefined, placeholder = '—'): string {
  const v = (value ?? '').trim();
  if (!v) return placeholder;
  // Anything with a run of 8 or more digits could be a birth date: mask it.
  return /\d{8}/.test(v.replace(/\s+/g, '')) ? maskIdNumber(v.replace(/\s+/g, '')) : v;
}

/** 139****0001 */
export function maskPhone(phone: string | null | undefined): string {
  const p = (phone ?? '').trim();
  if (p.length < 7) return p;
  return `${p.slice(0, 3)}****${p.slice(-4)}`;
}
