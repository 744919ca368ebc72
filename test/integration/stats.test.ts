import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isInvalid, ksFromBins, psi } from "../../src/core/stats.js";
import { checkJson, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

// Each case issue 13 found, through `modelgate check` on a real repository. Expected p-values
// come from scipy (test/fixtures/stats.json, written by scripts/stats-fixture.py); the report
// rounds to 6 significant digits, hence the tolerance.

type Row = unknown[];
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "stats.json"), "utf8")) as Record<string, Row[]>;
const scipyRow = (table: string, ...inputs: unknown[]) => {
  const row = fixture[table].find((r) => inputs.every((x, i) => JSON.stringify(r[i]) === JSON.stringify(x)));
  if (!row) throw new Error(`no ${table} row for ${JSON.stringify(inputs)} in the fixture`);
  return row;
};
const closeToReported = (reported: number, want: number) => expect(Math.abs(reported - want)).toBeLessThanOrEqual(1e-6 + 5e-6 * Math.abs(want));

const POLICY = `version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: "{1}"
    version: version
gates:
  - { id: ks-drift, type: ks, reference: "ks.*.reference", current: "ks.*.current", alpha: 0.05 }
  - { id: ks-order, type: ks, reference: "ordered.*.reference", current: "ordered.*.current", lte: 0.3 }
  - { id: psi-drift, type: psi, reference: "psi.*.reference", current: "psi.*.current", lte: 5 }
  - { id: chi-drift, type: chi_square, reference: "categories.*.reference", current: "categories.*.current", alpha: 0.05 }
  - { id: ab, type: ab_test, control: ab.control, treatment: ab.treatment, test: welch_t, alpha: 0.05 }
  - { id: ab-rate, type: ab_test, control: rate.control, treatment: rate.treatment, test: two_proportion_z, alpha: 0.05 }
  - { id: fresh, type: not_older, path: trained_at }
`;

/** A candidate that passes every gate; each test changes one part of it. */
const good = (over: Record<string, unknown> = {}) => ({
  version: "v2",
  trained_at: "2026-01-08T00:00:00Z",
  ks: { score: { reference: [30, 70], current: [31, 69] } },
  ordered: { score: { reference: [30, 70], current: [30, 70] } },
  psi: { score: { reference: [50, 50], current: [50, 50] } },
  categories: { tree: { reference: [10, 20, 30], current: [11, 19, 30] } },
  ab: { control: { mean: 1, std: 0.1, n: 100 }, treatment: { mean: 1.5, std: 0.1, n: 100 } },
  rate: { control: { successes: 200, n: 1000 }, treatment: { successes: 260, n: 1000 } },
  ...over,
});

const MANIFEST = "models/m/manifest_active.json";
let repo: TestRepo;
let branches = 0;

/** Commits the candidate on a new branch off main and checks it. */
function check(candidate: object | string) {
  const branch = `p${++branches}`;
  repo
    .branch(branch)
    .write({ [MANIFEST]: candidate })
    .commit(`candidate ${branch}`);
  const run = checkJson(repo.dir, "--base", "main", "--head", branch);
  repo.checkout("main");
  return run;
}

const reportedP = (text: string | undefined) => Number(/\bp ([\d.e+-]+)/.exec(text ?? "")?.[1]);

describe("statistics gates through modelgate check", () => {
  beforeAll(() => {
    repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": POLICY, [MANIFEST]: { ...good(), version: "v1", trained_at: "2026-01-01T00:00:00Z" } });
    repo.commit("Base");
  });

  it("the baseline candidate passes every gate (so each failure below is the one change)", () => {
    const { code, report } = check(good());
    expect(report.changes[0].gates.filter((g) => g.status !== "pass")).toEqual([]);
    expect(code).toBe(0);
  });

  it("KS: near-identical samples [2, 98] and [2, 99] are no drift, p as scipy's exact ks_2samp", () => {
    const want = scipyRow("ks", [2, 98], [2, 99])[3] as number;
    const { code, report } = check(good({ ks: { score: { reference: [2, 98], current: [2, 99] } } }));
    const gate = gateOf(report, "m", "ks-drift");
    expect(gate.status).toBe("pass");
    expect(gate.message).toContain("(exact)");
    closeToReported(reportedP(gate.message), want);
    expect(code).toBe(0);
  });

  it("KS: small samples take the exact distribution, as scipy does", () => {
    const want = scipyRow("ks", [5, 0, 0], [0, 0, 5])[3] as number;
    const { report } = check(good({ ks: { score: { reference: [5, 0, 0], current: [0, 0, 5] } } }));
    const gate = gateOf(report, "m", "ks-drift");
    expect(gate.status).toBe("fail");
    expect(gate.findings[0].message).toContain("(exact)");
    closeToReported(gate.findings[0].observed as number, want);
  });

  it("KS: bins keyed by numbers keep the order the file writes them in", () => {
    // Written order 0.5, 1, 1.5, 2: D 0.2. JavaScript would order them 1, 2, 0.5, 1.5: D 0.4.
    const reference = [30, 20, 30, 20];
    const current = [10, 40, 10, 40];
    const keys = ["0.5", "1", "1.5", "2"];
    const obj = (xs: number[]) => `{ ${keys.map((k, i) => `"${k}": ${xs[i]}`).join(", ")} }`;
    const text = JSON.stringify(good({ ordered: "ORDERED" }), null, 2).replace(
      '"ORDERED"',
      `{ "score": { "reference": ${obj(reference)}, "current": ${obj(current)} } }`,
    );
    const written = ksFromBins(reference, current);
    if (isInvalid(written)) throw new Error(written.invalid);
    const { report } = check(`${text}\n`);
    const gate = gateOf(report, "m", "ks-order");
    expect(gate.status).toBe("pass");
    expect(gate.message).toContain(`D ${written.d}`);
  });

  it("PSI: only an empty bin counts as 0.0001; a small non-empty bin keeps its share", () => {
    // 1 in 10,000,000 is a share of 1e-7: clamped to 1e-4 the index would be 4.26, under the limit
    const tiny = { reference: [9_999_999, 1], current: [5_000_000, 5_000_000] };
    const want = psi(tiny.reference, tiny.current);
    if (isInvalid(want)) throw new Error(want.invalid);
    const { report } = check(good({ psi: { score: tiny } }));
    const gate = gateOf(report, "m", "psi-drift");
    expect(gate.status).toBe("fail");
    expect(gate.findings[0].observed).toBe(Number(want.value.toPrecision(6)));
    const empty = check(good({ psi: { score: { reference: [10, 0], current: [5, 5] } } }));
    const e = psi([10, 0], [5, 5]) as { value: number };
    expect(gateOf(empty.report, "m", "psi-drift").message).toContain(`PSI ${Number(e.value.toPrecision(6))}`);
  });

  it("chi-square: a row of zeros fails and says why, never NaN", () => {
    expect(scipyRow("chi2", [0, 0, 0], [5, 3, 2])[2]).toBeNull(); // scipy refuses it too
    const { code, report } = check(good({ categories: { tree: { reference: [0, 0, 0], current: [5, 3, 2] } } }));
    const gate = gateOf(report, "m", "chi-drift");
    expect(gate.status).toBe("fail");
    expect(gate.findings[0].message).toBe("tree: the reference's bins sum to zero: there is nothing to compare");
    expect(JSON.stringify(report)).not.toContain("NaN");
    expect(code).toBe(1);
  });

  it("chi-square: negative counts and proportions are refused", () => {
    const negative = check(good({ categories: { tree: { reference: [10, -5, 30], current: [11, 19, 30] } } }));
    expect(gateOf(negative.report, "m", "chi-drift").findings[0].message).toBe("tree: the reference's bin 2 is -5: bins must be numbers ≥ 0");
    const shares = check(good({ categories: { tree: { reference: [0.2, 0.8], current: [0.5, 0.5] } } }));
    expect(gateOf(shares.report, "m", "chi-drift").findings[0].message).toContain("this test needs counts (whole numbers), not proportions");
  });

  it("chi-square: p as scipy's chi2_contingency(correction=False) with a category empty in both rows", () => {
    const [, , , p] = scipyRow("chi2", [10, 0, 30], [20, 0, 10]) as number[];
    const { report } = check(good({ categories: { tree: { reference: [10, 0, 30], current: [20, 0, 10] } } }));
    const gate = gateOf(report, "m", "chi-drift");
    expect(gate.status).toBe(p < 0.05 ? "fail" : "pass");
    closeToReported(reportedP(gate.findings[0]?.message ?? gate.message), p);
  });

  it("Welch: both standard deviations 0 give p 0 or 1 as the means differ or not, never NaN", () => {
    const [, , , , , , , p] = scipyRow("welch", 1, 0, 10, 2, 0, 10);
    expect(p).toBe(0);
    const differ = check(good({ ab: { control: { mean: 1, std: 0, n: 10 }, treatment: { mean: 2, std: 0, n: 10 } } }));
    expect(gateOf(differ.report, "m", "ab")).toMatchObject({ status: "pass" });
    expect(reportedP(gateOf(differ.report, "m", "ab").message)).toBe(0);
    const same = check(good({ ab: { control: { mean: 1, std: 0, n: 10 }, treatment: { mean: 1, std: 0, n: 10 } } }));
    const gate = gateOf(same.report, "m", "ab");
    expect(gate.status).toBe("fail");
    expect(gate.message).toContain("not significant: p 1 is not below alpha 0.05");
    expect(JSON.stringify(same.report)).not.toContain("NaN");
  });

  it("Welch: at 10¹² per arm the p-value is still scipy's (no log-gamma cancellation)", () => {
    const [, , , , , , , p] = scipyRow("welch", 0.5, 0.1, 10 ** 12, 0.50000001, 0.1, 10 ** 12) as number[];
    const { report } = check(good({ ab: { control: { mean: 0.5, std: 0.1, n: 10 ** 12 }, treatment: { mean: 0.50000001, std: 0.1, n: 10 ** 12 } } }));
    const gate = gateOf(report, "m", "ab");
    expect(gate.status).toBe(p < 0.05 ? "pass" : "fail");
    closeToReported(reportedP(gate.message), p);
  });

  it("Welch: negative standard deviations, fractional and too small n are refused with the reason", () => {
    const c = { mean: 1, std: 0.1, n: 100 };
    const cases: Array<[object, string]> = [
      [{ control: c, treatment: { ...c, std: -0.1 } }, "the treatment's std is -0.1: a standard deviation is a number ≥ 0"],
      [{ control: { ...c, n: 99.5 }, treatment: c }, "the control's n is 99.5: a sample size is a whole number, and a t-test needs n ≥ 2"],
      [{ control: { ...c, n: 1 }, treatment: c }, "the control's n is 1"],
    ];
    for (const [ab, why] of cases) {
      const gate = gateOf(check(good({ ab })).report, "m", "ab");
      expect(gate.status).toBe("fail");
      expect(gate.findings[0].message).toContain(why);
    }
  });

  it("two-proportion z: more successes than trials is refused", () => {
    const gate = gateOf(check(good({ rate: { control: { successes: 200, n: 1000 }, treatment: { successes: 1200, n: 1000 } } })).report, "m", "ab-rate");
    expect(gate.status).toBe("fail");
    expect(gate.findings[0].message).toBe("the treatment's successes is 1200: a count of successes is a whole number from 0 to n (1000)");
  });

  it("not_older: refuses 2026-02-30 and 20260108 with the reason, accepts a leap second", () => {
    const feb30 = gateOf(check(good({ trained_at: "2026-02-30" })).report, "m", "fresh");
    expect(feb30.status).toBe("fail");
    expect(feb30.findings[0].message).toBe('trained_at: "2026-02-30" is not a date: 2026-02 has 28 days');
    const compact = gateOf(check(good({ trained_at: "20260108" })).report, "m", "fresh");
    expect(compact.status).toBe("fail");
    expect(compact.findings[0].message).toContain('"20260108" is ambiguous: write a date as 2026-01-08');
    const leap = gateOf(check(good({ trained_at: "2016-12-31T23:59:60Z" })).report, "m", "fresh");
    expect(leap.status).toBe("fail"); // a valid time, older than the active 2026-01-01
    expect(leap.findings[0].message).toContain("is older than required");
    expect(gateOf(check(good({ trained_at: "2026-06-30T23:59:60Z" })).report, "m", "fresh").status).toBe("pass");
  });
});
