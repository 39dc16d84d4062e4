/** A share in percent (the server sends one decimal), or a dash when there was nothing to divide. */
export function formatPercent(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '–';
  return `${value.toFixed(1)}%`;
}

/** A median in days (one decimal), or a dash. `unit` is the translated day suffix. */
export function formatDays(value: number | null | undefined, unit: string): string {
  if (value == null || Number.isNaN(value)) return '–';
  return `${value.toFixed(1)} ${unit}`.trim();
}

/** A count of part of a whole, e.g. `12 / 40`. */
export function formatShare(part: number, whole: number): string {
  return `${part} / ${whole}`;
}

/** An amount in yuan with two decimals and thousands separators. */
export function formatYuan(value: number): string {
  return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A file size: bytes, KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
