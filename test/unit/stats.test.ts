import { describe, expect, it } from "vitest";
import {
  chiSquareHomogeneity,
  chiSquareSf,
  erfc,
  kolmogorovQ,
  ksFromBins,
  normalTwoSided,
  psi,
  studentTwoSided,
  twoProportionZ,
  welch,
} from "../../src/core/stats.js";

// Reference values come from outside this code: the NIST/SEMATECH e-Handbook of Statistical
// Methods tables (§1.3.6.7.2 t, §1.3.6.7.4 chi-square), Smirnov's table of the Kolmogorov
// distribution, and CPython's math.erfc / closed forms evaluated with the Python standard library.

describe("special functions", () => {
  it("erfc matches CPython's math.erfc", () => {
    const python: Array<[number, number]> = [
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [1.96, 0.005573724535172132],
      [2.5, 0.0004069520174449589],
      [3.2, 6.025761151762088e-6],
    ];
    for (const [x, want] of python) expect(erfc(x)).toBeCloseTo(want, 12);
    expect(normalTwoSided(1.959964)).toBeCloseTo(0.05, 6);
  });

  it("chi-square critical values at alpha 0.05 (NIST §1.3.6.7.4)", () => {
    const table: Array<[number, number]> = [
      [1, 3.841],
      [2, 5.991],
      [3, 7.815],
      [10, 18.307],
      [30, 43.773],
    ];
    for (const [df, x] of table) expect(chiSquareSf(x, df)).toBeCloseTo(0.05, 3);
    expect(chiSquareSf(5.991, 2)).toBeCloseTo(Math.exp(-5.991 / 2), 12); // closed form for 2 df
  });

  it("Student t two-sided critical values at alpha 0.05 (NIST §1.3.6.7.2)", () => {
    const table: Array<[number, number]> = [
      [1, 12.706],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTwoSided(t, df)).toBeCloseTo(0.05, 3);
  });

  it("the Kolmogorov distribution at its classic critical values (Smirnov)", () => {
    expect(kolmogorovQ(1.358)).toBeCloseTo(0.05, 3);
    expect(kolmogorovQ(1.628)).toBeCloseTo(0.01, 3);
  });
});

describe("drift and A/B statistics", () => {
  it("PSI of four equal bins against 10/20/30/40 %", () => {
    expect(psi([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(0.22821740957339182, 12);
    // Counts are normalized: the same distribution as counts gives the same index.
    expect(psi([25, 25, 25, 25], [10, 20, 30, 40])).toBeCloseTo(0.22821740957339182, 12);
    expect(psi([1, 2, 3], [1, 2, 3])).toBe(0);
  });

  it("KS from binned counts: D is the largest gap of the cumulative proportions", () => {
    const { d, p } = ksFromBins([30, 40, 30], [10, 40, 50]);
    expect(d).toBeCloseTo(0.2, 12);
    expect(p).not.toBeNull();
    expect(ksFromBins([0.3, 0.4, 0.3], [0.1, 0.4, 0.5]).p).toBeNull(); // proportions carry no sample size
  });

  it("chi-square homogeneity of [10, 20, 30] against [20, 20, 20]", () => {
    const r = chiSquareHomogeneity([10, 20, 30], [20, 20, 20]);
    expect(r.statistic).toBeCloseTo(5.333333333333334, 12);
    expect(r.df).toBe(2);
    expect(r.p).toBeCloseTo(0.06948345122280151, 12);
  });

  it("Welch's t and its degrees of freedom from summary statistics", () => {
    const r = welch({ mean: 20, std: 4, n: 10 }, { mean: 23, std: 6, n: 12 });
    expect(r.t).toBeCloseTo(1.3987572123604706, 12);
    expect(r.df).toBeCloseTo(19.190545987541217, 10);
    expect(r.p).toBeGreaterThan(0.1);
    expect(r.p).toBeLessThan(0.2);
  });

  it("two-proportion z-test, 20 % against 25 % of 1,000 each", () => {
    const r = twoProportionZ({ successes: 200, n: 1000 }, { successes: 250, n: 1000 });
    expect(r.z).toBeCloseTo(2.677397763008329, 12);
    expect(r.p).toBeCloseTo(0.007419649261025693, 12);
  });
});
