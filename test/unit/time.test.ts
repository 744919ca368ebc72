import { describe, expect, it } from "vitest";
import { parseInstant, toInstant } from "../../src/core/time.js";

const reason = (v: unknown) => {
  const r = parseInstant(v);
  return "invalid" in r ? r.invalid : `read as ${new Date(r.ms).toISOString()}`;
};

describe("instants: RFC 3339 / ISO 8601 text and epoch milliseconds, nothing else", () => {
  it("reads RFC 3339 date-times, dates, zones and fractions as the calendar says", () => {
    // JavaScript's own parser is the oracle for well-formed, zoned text
    for (const text of [
      "2026-01-08T09:30:00Z",
      "2026-01-08T09:30:00.123Z",
      "2026-01-08T09:30:00+05:30",
      "2026-01-08T09:30:00-08:00",
      "2024-02-29T00:00:00Z",
      "2000-02-29T12:00:00Z",
    ]) {
      expect(toInstant(text), text).toBe(Date.parse(text));
    }
    expect(toInstant("2026-01-08")).toBe(Date.parse("2026-01-08T00:00:00Z")); // a date is midnight UTC
    expect(toInstant("2026-01-08 09:30:00")).toBe(Date.parse("2026-01-08T09:30:00Z")); // zone-less is UTC
    expect(toInstant("2026-01-08t09:30:00z")).toBe(Date.parse("2026-01-08T09:30:00Z"));
    expect(toInstant("2026-01-08T09:30:00+0530")).toBe(Date.parse("2026-01-08T09:30:00+05:30"));
    expect(toInstant("2026-01-08T09:30:00.1234567Z")).toBe(Date.parse("2026-01-08T09:30:00.123Z"));
    expect(toInstant(1767225600000)).toBe(1767225600000);
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(reason("2026-02-30")).toBe('"2026-02-30" is not a date: 2026-02 has 28 days');
    expect(reason("2026-02-29T00:00:00Z")).toContain("2026-02 has 28 days");
    expect(reason("1900-02-29")).toContain("1900-02 has 28 days");
    expect(reason("2026-04-31")).toContain("2026-04 has 30 days");
    expect(reason("2026-13-01")).toContain("months are 01 to 12");
    expect(reason("2026-00-10")).toContain("months are 01 to 12");
    expect(reason("2026-01-08T24:00:00Z")).toContain("hours are 00 to 23");
    expect(reason("2026-01-08T10:60:00Z")).toContain("minutes 00 to 59");
    expect(reason("2026-01-08T10:30:61Z")).toContain("no such second");
    expect(reason("2026-01-08T10:30:00+24:00")).toContain("no such zone offset");
  });

  it("refuses text of digits alone, which could be a compact date or an epoch", () => {
    expect(reason("20260108")).toBe('"20260108" is ambiguous: write a date as 2026-01-08 (ISO 8601 / RFC 3339), or epoch milliseconds as a number, not text');
    expect(reason("1767225600000")).toContain("is ambiguous");
  });

  it("refuses the rest with what to write instead", () => {
    for (const v of ["last tuesday", "01/08/2026", "2026-1-8", "2026-01-08T09:30Z+", ""])
      expect(reason(v), v).toContain("is not an ISO-8601 / RFC 3339 time such as 2026-01-08");
    expect(reason(Number.NaN)).toContain("is not a finite number");
    expect(reason(true)).toContain("is not a number or an ISO-8601 time");
  });

  it("takes a leap second as the instant it precedes (POSIX time has no 23:59:60)", () => {
    expect(toInstant("2016-12-31T23:59:60Z")).toBe(Date.parse("2017-01-01T00:00:00Z"));
    expect(toInstant("2016-12-31T23:59:60.5Z")).toBe(Date.parse("2017-01-01T00:00:00.500Z"));
    expect(toInstant("2015-06-30T19:59:60-04:00")).toBe(Date.parse("2015-07-01T00:00:00Z"));
    expect(reason("2016-12-31T23:58:60Z")).toContain("60 for a leap second at minute 59");
  });
});
