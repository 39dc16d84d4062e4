/** Client-side checks mirroring the server's bean validation (CaseTaskController). */

/** Maximum lengths, in UTF-16 code units like Java's @Size, of the trimmed text. */
export const LIMITS = {
  livingSituation: 500,
  needsNote: 1000,
  reason: 500,
  content: 500,
  outcome: 500,
} as const;

export type TextProblem = 'required' | 'tooLong';

/** Trims text input; anything that is not a string counts as empty. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** What is wrong with a text answer, if anything. Blank counts as missing. */
export function textProblem(value: unknown, max: number, required: boolean): TextProblem | null {
  const text = cleanText(value);
  if (!text) return required ? 'required' : null;
  return text.length > max ? 'tooLong' : null;
}

/** The distinct non-blank codes, in the order first given. */
export function cleanCodes(codes: unknown): string[] {
  if (!Array.isArray(codes)) return [];
  const seen = new Set<string>();
  for (const code of codes) {
    if (typeof code !== 'string') continue;
    const c = code.trim();
    if (c) seen.add(c);
  }
  return [...seen];
}

/** At least one service item must be chosen. */
export function itemsProblem(codes: unknown): 'chooseItems' | null {
  return cleanCodes(codes).length === 0 ? 'chooseItems' : null;
}

/** `itemCodes[0]` (a list element's violation) belongs to the `itemCodes` form item. */
export function baseField(field: string): string {
  return field.replace(/\[\d+\]$/, '').replace(/\[\d+\]\./g, '.');
}

export interface FieldMessages {
  /** Messages per known form field, in the server's order. */
  byField: Record<string, string[]>;
  /** Messages whose field is no item of the form. */
  other: string[];
}

/** Sorts a 400's field errors onto the form's items; the rest are returned for an Alert. */
export function splitFieldErrors(
  errors: readonly { field: string; message: string }[],
  knownFields: readonly string[],
): FieldMessages {
  const known = new Set(knownFields);
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const e of errors) {
    const field = baseField(e.field);
    if (known.has(field)) {
      const list = (byField[field] ??= []);
      if (!list.includes(e.message)) list.push(e.message);
    } else if (!other.includes(e.message)) {
      other.push(e.message);
    }
  }
  return { byField, other };
}
