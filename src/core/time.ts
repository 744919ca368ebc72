const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A duration field: a plain number (the values' own unit) or `90s`, `12h`, `7d`, `2w`. */
export function parseDuration(value: unknown): { amount: number; isTime: boolean } {
  if (typeof value === "number") return { amount: value, isTime: false };
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(String(value));
  if (!m) throw new Error(`invalid duration ${JSON.stringify(value)}`);
  return { amount: Number(m[1]) * UNIT_MS[m[2]], isTime: true };
}

/** An instant as epoch milliseconds: a number (epoch ms), a numeric string, or ISO-8601 text. */
export function toInstant(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (!ISO.test(value)) return null;
  // Date-only and zone-less times are read as UTC, so every runner agrees.
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) || value.length === 10 ? value : `${value}Z`;
  const ms = Date.parse(zoned.replace(" ", "T"));
  return Number.isNaN(ms) ? null : ms;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/** An instant for people: the day, and the time of day unless it is midnight UTC. */
export function whenOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
