import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { statisticsPage } from "../../scripts/stats-table.mjs";
import * as stats from "../../src/core/stats.js";
import {
  alignBins,
  chiSquareHomogeneity,
  chiSquareSf,
  erfc,
  type Invalid,
  isInvalid,
  kolmogorovQ,
  kolmogorovSf,
  ksFromBins,
  normalTwoSided,
  psi,
  studentTwoSided,
  twoProportionZ,
  welch,
} from "../../src/core/stats.js";

// Every expected value here was computed by scipy (scripts/stats-fixture.py wrote the fixture:
// `apt-get install python3-scipy && /usr/bin/python3 scripts/stats-fixture.py`). The tolerances
// are the ones README states.

/** Statistics (PSI, D, chi-square, t, z): relative 1e-9, absolute 1e-12 at zero. */
const STAT_REL = 1e-9;
const STAT_ABS = 1e-12;
/** p-values: absolute 1e-6, and the same decision as scipy's at these alphas. */
const P_ABS = 1e-6;
const ALPHAS = [0.001, 0.01, 0.05, 0.1];

type Num = number | "inf" | "-inf" | null;
interface Fixture {
  scipy: string;
  psi: Array<[number[], number[], number]>;
  ks: Array<[number[], number[], number, number]>;
  kstwo: Array<[number | null, number, number]>;
  chi2: Array<[number[], number[], Num, Num, Num]>;
  welch: Array<[number, number, number, number, number, number, Num, Num]>;
  two_prop: Array<[number, number, number, number, Num, Num]>;
  student_t: Array<[number, number, number]>;
  chi2_sf: Array<[number, number, number]>;
  normal: Array<[number, number, number]>;
}

const fixture: Fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "stats.json"), "utf8"));
const num = (x: Num): number => (x === "inf" ? Number.POSITIVE_INFINITY : x === "-inf" ? Number.NEGATIVE_INFINITY : (x ?? Number.NaN));

/** Disagreements with scipy, described; the tests expect none. */
class Disagreements {
  readonly list: string[] = [];
  stat(what: string, ours: number, theirs: number): void {
    const ok = ours === theirs || Math.abs(ours - theirs) <= STAT_REL * Math.abs(theirs) + STAT_ABS;
    if (!ok) this.list.push(`${what}: ${ours} vs scipy ${theirs}`);
  }
  p(what: string, ours: number, theirs: number): void {
    if (!(Math.abs(ours - theirs) <= P_ABS)) this.list.push(`${what}: p ${ours} vs scipy ${theirs}`);
    for (const alpha of ALPHAS)
      if (ours < alpha !== theirs < alpha) this.list.push(`${what}: p ${ours} vs scipy ${theirs} decide differently at alpha ${alpha}`);
  }
  expectNone(): void {
    expect(this.list.slice(0, 20), `${this.list.length} disagreements`).toEqual([]);
  }
}

function ok<T extends object>(r: T | Invalid, what: string): T {
  if (isInvalid(r)) throw new Error(`${what}: unexpectedly invalid: ${r.invalid}`);
  return r;
}

describe(`agreement with scipy ${fixture.scipy}`, () => {
  it("the fixture holds thousands of cases per test", () => {
    for (const table of ["psi", "ks", "chi2", "welch", "two_prop", "student_t", "chi2_sf", "normal"] as const)
      expect(fixture[table].length).toBeGreaterThanOrEqual(3000);
    expect(fixture.kstwo.length).toBeGreaterThanOrEqual(1500);
  });

  it("PSI: Σ rel_entr(c, r) + rel_entr(r, c), an empty bin counting 0.0001", () => {
    const bad = new Disagreements();
    for (const [r, c, want] of fixture.psi) bad.stat(`psi(${r}, ${c})`, ok(psi(r, c), "psi").value, want);
    bad.expectNone();
  });

  it("KS: ks_2samp(np.repeat(bins, reference), np.repeat(bins, current), method='auto')", () => {
    const bad = new Disagreements();
    const methods = new Set<string>();
    for (const [r, c, d, p] of fixture.ks) {
      const got = ok(ksFromBins(r, c), "ks");
      methods.add(String(got.method));
      bad.stat(`ks D(${r}, ${c})`, got.d, d);
      bad.p(`ks(${r}, ${c})`, got.p as number, p);
    }
    expect([...methods].sort()).toEqual(["asymp", "exact"]);
    bad.expectNone();
  });

  it("the issue's near-identical samples: [2, 98] against [2, 99] is no drift", () => {
    const row = fixture.ks.find(([r, c]) => r.join() === "2,98" && c.join() === "2,99");
    expect(row?.[3]).toBeGreaterThan(0.99);
    const got = ok(ksFromBins([2, 98], [2, 99]), "ks");
    expect(Math.abs((got.p as number) - (row?.[3] as number))).toBeLessThanOrEqual(P_ABS);
  });

  it("the Kolmogorov distributions: kstwo.sf(x, n) and kstwobign.sf(λ)", () => {
    const bad = new Disagreements();
    for (const [n, x, want] of fixture.kstwo) {
      if (n === null) bad.p(`kstwobign.sf(${x})`, kolmogorovQ(x), want);
      else bad.p(`kstwo.sf(${x}, ${n})`, kolmogorovSf(n, x), want);
    }
    bad.expectNone();
  });

  it("chi-square: chi2_contingency([reference, current], correction=False)", () => {
    const bad = new Disagreements();
    let refused = 0;
    for (const [r, c, stat, p, df] of fixture.chi2) {
      const got = chiSquareHomogeneity(r, c);
      if (stat === null) {
        // scipy refuses the table (a row of zeros): so does modelgate, with a reason
        refused++;
        if (!isInvalid(got)) bad.list.push(`chi2(${r}, ${c}): scipy refuses, modelgate gives ${JSON.stringify(got)}`);
        continue;
      }
      const g = ok(got, `chi2(${r}, ${c})`);
      bad.stat(`chi2(${r}, ${c})`, g.statistic, num(stat));
      bad.p(`chi2(${r}, ${c})`, g.p, num(p));
      if (g.df !== df) bad.list.push(`chi2(${r}, ${c}): df ${g.df} vs scipy ${df}`);
    }
    expect(refused).toBeGreaterThan(10);
    bad.expectNone();
  });

  it("Welch: ttest_ind_from_stats(..., equal_var=False)", () => {
    const bad = new Disagreements();
    let nan = 0;
    for (const [mc, sc, nc, mt, st, nt, t, p] of fixture.welch) {
      const got = ok(welch({ mean: mc, std: sc, n: nc }, { mean: mt, std: st, n: nt }), "welch");
      if (t === null) {
        // scipy: NaN for two constant samples with equal means; modelgate: no difference
        nan++;
        expect(got).toMatchObject({ t: 0, p: 1 });
        continue;
      }
      bad.stat(`welch t(${mc}, ${sc}, ${nc}, ${mt}, ${st}, ${nt})`, got.t, num(t));
      bad.p(`welch(${mc}, ${sc}, ${nc}, ${mt}, ${st}, ${nt})`, got.p, num(p));
    }
    expect(nan).toBeGreaterThan(0);
    bad.expectNone();
  });

  it("two-proportion z: 2·norm.sf(|z|), pooled (= chi2_contingency 2×2, correction=False)", () => {
    const bad = new Disagreements();
    for (const [s1, n1, s2, n2, z, p] of fixture.two_prop) {
      const got = ok(twoProportionZ({ successes: s1, n: n1 }, { successes: s2, n: n2 }), "z");
      if (z === null) {
        // no variance: every trial succeeded, or none did, in both groups
        expect(got).toEqual({ z: 0, p: 1 });
        continue;
      }
      bad.stat(`z(${s1}/${n1}, ${s2}/${n2})`, got.z, num(z));
      bad.p(`z(${s1}/${n1}, ${s2}/${n2})`, got.p, num(p));
    }
    bad.expectNone();
  });

  it("Student's t, chi-square and normal tails: t.sf, chi2.sf, norm.sf, special.erfc", () => {
    const bad = new Disagreements();
    for (const [t, df, want] of fixture.student_t) bad.p(`2·t.sf(${t}, ${df})`, studentTwoSided(t, df), want);
    for (const [x, k, want] of fixture.chi2_sf) bad.p(`chi2.sf(${x}, ${k})`, chiSquareSf(x, k), want);
    for (const [z, p, e] of fixture.normal) {
      bad.p(`2·norm.sf(${z})`, normalTwoSided(z), p);
      bad.stat(`erfc(${z})`, erfc(z), e);
    }
    bad.expectNone();
  });
});

describe("invalid input is a reason, never a NaN", () => {
  const reason = (r: object) => (isInvalid(r) ? r.invalid : `valid: ${JSON.stringify(r)}`);

  it("bins: negative, not finite, all zero, unequal in length, fractional where counts are needed", () => {
    expect(reason(psi([1, -2, 3], [1, 2, 3]))).toContain("bin 2 is -2: bins must be numbers ≥ 0");
    expect(reason(psi([1, Number.NaN], [1, 2]))).toContain("bin 2 is NaN");
    expect(reason(psi([0, 0], [1, 2]))).toContain("the reference's bins sum to zero");
    expect(reason(ksFromBins([1, 2], [1, 2, 3]))).toContain("the reference has 2 bins, the current 3");
    expect(reason(ksFromBins([1, 2], [0, 0]))).toContain("the current's bins sum to zero");
    expect(reason(chiSquareHomogeneity([0, 0, 0], [5, 3, 2]))).toContain("the reference's bins sum to zero");
    expect(reason(chiSquareHomogeneity([0.2, 0.8], [0.5, 0.5]))).toContain("needs counts (whole numbers), not proportions");
    expect(reason(chiSquareHomogeneity([-1, 3], [1, 1]))).toContain("bins must be numbers ≥ 0");
  });

  it("summaries: n < 2, fractional n, negative std, successes beyond n", () => {
    const c = { mean: 1, std: 1, n: 10 };
    expect(reason(welch({ ...c, n: 1 }, c))).toContain("the control's n is 1: a sample size is a whole number, and a t-test needs n ≥ 2");
    expect(reason(welch(c, { ...c, n: 10.5 }))).toContain("the treatment's n is 10.5");
    expect(reason(welch(c, { ...c, std: -1 }))).toContain("the treatment's std is -1: a standard deviation is a number ≥ 0");
    expect(reason(welch({ ...c, mean: Number.NaN }, c))).toContain("the control's mean is NaN");
    expect(reason(twoProportionZ({ successes: 11, n: 10 }, { successes: 1, n: 10 }))).toContain("a whole number from 0 to n (10)");
    expect(reason(twoProportionZ({ successes: 1, n: 0 }, { successes: 1, n: 10 }))).toContain("the control's n is 0");
    expect(reason(twoProportionZ({ successes: -1, n: 10 }, { successes: 1, n: 10 }))).toContain("the control's successes is -1");
  });
});

describe("bins written as objects", () => {
  it("pair in the order given, not JavaScript's integer-key order", () => {
    const reference = { "10": 5, "2": 1, x: 3 };
    const current = { "10": 1, "2": 5, x: 3 };
    expect(Object.keys(reference)).toEqual(["2", "10", "x"]); // what the order would be without the file's
    const aligned = alignBins(reference, current, { reference: ["10", "2", "x"], current: ["10", "2", "x"] });
    expect(aligned).toEqual({ ref: [5, 1, 3], cur: [1, 5, 3], keys: ["10", "2", "x"] });
  });
});

describe("docs/statistics.md", () => {
  it("is what scripts/stats-table.mjs writes from this code and the scipy fixture (run it after a change)", () => {
    const page = readFileSync(join(import.meta.dirname, "..", "..", "docs", "statistics.md"), "utf8");
    expect(page).toBe(statisticsPage(stats, fixture));
  });
});
