const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A duration field: a plain number (the values' own unit) or `90s`, `12h`, `7d`, `2w`. */
export function parseDuration(value: unknown): { amount: number; isTime: boolean } {
  if (typeof value === "number") return { amount: value, isTime: false };
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(String(value));
  if (!m) throw new Error(`invalid duration ${JSON.stringify(value)}`);
  return { amount: Number(m[1]) * UNIT_MS[m[2]], isTime: true };
}

// RFC 3339 (ISO 8601's extended format): a date, optionally a time (seconds optional, any
// fraction), optionally a zone (Z or ±HH:MM; ±HHMM is ISO 8601 too). T, t or a space between.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An instant as epoch milliseconds, or why the value is not one. Numbers are epoch
 * milliseconds; text must be an RFC 3339 / ISO 8601 date or date-time (zone-less is UTC).
 * Impossible dates (2026-02-30) are refused rather than rolled over, text of digits alone
 * (20260108: a compact date or an epoch?) is refused as ambiguous, and a leap second
 * (23:59:60) is the instant it precedes, as POSIX time counts it.
 */
export function parseInstant(value: unknown): { ms: number } | { invalid: string } {
  if (typeof value === "number") return Number.isFinite(value) ? { ms: value } : { invalid: `${value} is not a finite number` };
  if (typeof value !== "string") return { invalid: `${JSON.stringify(value)} is not a number or an ISO-8601 time` };
  const shown = JSON.stringify(value);
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
    return { invalid: `${shown} is ambiguous: write a date as 2026-01-08 (ISO 8601 / RFC 3339), or epoch milliseconds as a number, not text` };
  }
  const m = DATE_TIME.exec(value);
  if (!m) return { invalid: `${shown} is not an ISO-8601 / RFC 3339 time such as 2026-01-08 or 2026-01-08T09:30:00Z` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  if (month < 1 || month > 12) return { invalid: `${shown} has month ${month}: months are 01 to 12` };
  const days = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  if (day < 1 || day > days) return { invalid: `${shown} is not a date: ${year}-${m[2]} has ${days} days` };
  if (hour > 23 || minute > 59) return { invalid: `${shown} has no such time of day: hours are 00 to 23, minutes 00 to 59` };
  if (second > 60 || (second === 60 && minute !== 59))
    return { invalid: `${shown} has no such second: seconds are 00 to 59, or 60 for a leap second at minute 59` };
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as RegExpExecArray;
    const [oh, om] = [Number(z[2]), Number(z[3])];
    if (oh > 23 || om > 59) return { invalid: `${shown} has no such zone offset ${zone}` };
    offset = (z[1] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, 0, 0);
  // Date.UTC reads years 0–99 as 1900–1999.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return { ms: fixed + second * 1000 + fraction - offset };
}

/** An instant as epoch milliseconds, or null when the value is not one (parseInstant says why). */
export function toInstant(value: unknown): number | null {
  const r = parseInstant(value);
  return "ms" in r ? r.ms : null;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/** An instant for people: the day, and the time of day unless it is midnight UTC. */
export function whenOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
