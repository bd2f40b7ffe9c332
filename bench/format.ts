// The bench's figures as printed: medians, milliseconds, and columns that line up in a terminal
// (a CJK character takes two columns).

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

/** Columns as a terminal shows them: CJK characters take two. */
export function width(text: string): number {
  let w = 0;
  for (const c of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return w;
}
export const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(1, n - width(text)));
export const padStart = (text: string, n: number) => ' '.repeat(Math.max(1, n - width(text))) + text;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
