import { describe, expect, it } from "vitest";
import { alignBins, chiSquareHomogeneity, gammaQ, kolmogorovQ, ksFromBins, psi, twoProportionZ, welch } from "../../src/core/stats.js";

// Reference values: the Kolmogorov series 2 Σ (−1)^(j−1) exp(−2 j² λ²) summed to 2,000 terms
// with Python's math module; the rest are closed forms or the definitions' own symmetries.

describe("the Kolmogorov series: alternating signs, across its range", () => {
  it("matches the series summed far past convergence", () => {
    const python: Array<[number, number]> = [
      [0.3, 0.9999906941986655],
      [0.5, 0.9639452436648751],
      [1, 0.26999967167735456],
      [2, 0.0006709252557796953],
      [3, 3.045995948942526e-8],
    ];
    for (const [lambda, q] of python) expect(kolmogorovQ(lambda), String(lambda)).toBeCloseTo(q, 14);
    expect(kolmogorovQ(0)).toBe(1);
    expect(kolmogorovQ(0.0009)).toBe(1);
  });
});

describe("KS, chi-square and the tests' signs", () => {
  it("KS: a p-value needs counts of at least two on each side", () => {
    expect(ksFromBins([1, 0], [0, 1])).toEqual({ d: 1, p: null });
    const two = ksFromBins([2, 0], [0, 2]);
    expect(two.d).toBe(1);
    // n = m = 2: effective size 1, λ = (1 + 0.12 + 0.11) · 1.
    expect(two.p).toBeCloseTo(kolmogorovQ(1.23), 14);
    // D is the largest gap wherever it falls, not the last one.
    expect(ksFromBins([50, 0, 50], [0, 50, 50]).d).toBeCloseTo(0.5, 14);
  });

  it("chi-square: empty categories drop out of the degrees of freedom; one category is no test", () => {
    const r = chiSquareHomogeneity([10, 0, 30], [20, 0, 20]);
    expect(r.df).toBe(1);
    // 2 × 2 table [[10, 30], [20, 20]]: (ad − bc)² n / (row and column totals).
    const closed = ((10 * 20 - 30 * 20) ** 2 * 80) / (40 * 40 * 30 * 50);
    expect(r.statistic).toBeCloseTo(closed, 12);
    expect(r.p).toBeCloseTo(gammaQ(0.5, closed / 2), 14);
    expect(chiSquareHomogeneity([5, 0], [7, 0])).toEqual({ statistic: 0, df: 0, p: 1 });
  });

  it("z and t are signed: a worse treatment gives a negative statistic and the same p", () => {
    const up = twoProportionZ({ successes: 200, n: 1000 }, { successes: 250, n: 1000 });
    const down = twoProportionZ({ successes: 250, n: 1000 }, { successes: 200, n: 1000 });
    expect(down.z).toBeCloseTo(-up.z, 14);
    expect(down.p).toBeCloseTo(up.p, 14);
    const w = welch({ mean: 23, std: 6, n: 12 }, { mean: 20, std: 4, n: 10 });
    expect(w.t).toBeLessThan(0);
    expect(w.p).toBeCloseTo(welch({ mean: 20, std: 4, n: 10 }, { mean: 23, std: 6, n: 12 }).p, 12);
  });

  it("PSI: an empty bin counts as 0.0001, not as zero", () => {
    const r = [0.5, 0.5];
    const c = [1, 0];
    const e = 1e-4;
    expect(psi(r, c)).toBeCloseTo((1 - 0.5) * Math.log(1 / 0.5) + (e - 0.5) * Math.log(e / 0.5), 12);
  });

  it("bins: aligned by key, missing keys as zero, and refused when they cannot pair", () => {
    expect(alignBins({ a: 1, b: 2 }, { b: 3, c: 4 })).toEqual({ ref: [1, 2, 0], cur: [0, 3, 4], keys: ["a", "b", "c"] });
    expect(() => alignBins([1, 2], [1])).toThrow("the reference has 2 bins, the current 1");
    expect(() => alignBins([1], { a: 1 })).toThrow("reference and current bins must both be lists or both be objects");
    expect(() => psi([1, -1], [1, 1])).toThrow("bins must be non-negative numbers");
    expect(() => psi([0, 0], [1, 1])).toThrow("bins sum to zero");
    expect(() => psi([1, Number.NaN], [1, 1])).toThrow("bins must be non-negative numbers");
  });
});
