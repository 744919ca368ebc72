import { describe, expect, it } from "vitest";
import { kolmogorovQ, psi } from "../../../src/core/stats.js";
import { runGateFast as run } from "../../support/gate.js";

// The drift gates' shared behaviour (drift.ts, evidence.ts): pairing, bins, messages and evidence files.

const six = (x: number) => Number(x.toPrecision(6));
const psiGate = { type: "psi", reference: "drift.*.ref", current: "drift.*.cur", lte: 0.1 };

describe("drift: pairs, bins and messages", () => {
  it("pairs reference and current by their wildcards, and lists each in the message", async () => {
    const r = await run({ gate: psiGate, candidate: { drift: { age: { ref: [1, 1], cur: [1, 1] }, income: { ref: [2, 3], cur: [2, 3] } } } });
    expect(r).toMatchObject({ status: "pass", message: "PSI within limits for 2 distributions: age PSI 0 (limit 0.1); income PSI 0 (limit 0.1)" });
    const plain = await run({ gate: { type: "psi", reference: "ref", current: "cur", lte: 0.1 }, candidate: { ref: [1, 1], cur: [1, 1] } });
    expect(plain.message).toBe("PSI within limits for 1 distribution: ref PSI 0 (limit 0.1)");
  });

  it("a distribution beyond the limit fails at the current bins, with the rounded statistic", async () => {
    const value = (psi([1, 1], [1, 3]) as { value: number }).value;
    const r = await run({ gate: psiGate, candidate: { drift: { age: { ref: [1, 1], cur: [1, 3] }, income: { ref: [1], cur: [1] } } } });
    expect(r).toMatchObject({ status: "fail", message: "PSI beyond the limit for 1 distribution" });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "drift.age.cur", observed: six(value), limit: 0.1, message: `age: PSI ${six(value)} (limit 0.1)` });
    // At the limit itself: not beyond it.
    const at = await run({ gate: { ...psiGate, lte: value }, candidate: { drift: { age: { ref: [1, 1], cur: [1, 3] } } } });
    expect(at.status).toBe("pass");
  });

  it("bins that are not bins, or do not pair, fail by name", async () => {
    const text = await run({ gate: psiGate, candidate: { drift: { age: { ref: [1, 1], cur: "x" } } } });
    expect(text.findings[0]).toMatchObject({
      path: "drift.age.cur",
      observed: "x",
      message: "drift.age.cur must be bins: a list of numbers or an object of numbers",
    });
    const missing = await run({ gate: psiGate, candidate: { drift: { age: { ref: [] } } } });
    expect(missing.findings[0]).toMatchObject({ path: "drift.age.ref", observed: [] });
    const absent = await run({ gate: psiGate, candidate: { drift: { age: { ref: [1] } } } });
    expect(absent.findings[0]).toMatchObject({ path: "drift.age.cur", observed: null });
    const mixed = await run({ gate: psiGate, candidate: { drift: { age: { ref: { a: 1, b: "2" }, cur: { a: 1 } } } } });
    expect(mixed.findings[0].path).toBe("drift.age.ref");
    const uneven = await run({ gate: psiGate, candidate: { drift: { age: { ref: [1, 2], cur: [1] } } } });
    expect(uneven.findings[0]).toMatchObject({ path: "drift.age.cur", message: "age: the reference has 2 bins, the current 1: bins must pair one to one" });
    const none = await run({ gate: psiGate, candidate: { other: 1 } });
    expect(none).toMatchObject({ status: "fail", message: "drift.*.ref is missing" });
  });

  it("ks: D against lte, the p-value against alpha, and no p-value from proportions", async () => {
    const ks = { type: "ks", reference: "r", current: "c" };
    const d = await run({ gate: { ...ks, lte: 0.2 }, candidate: { r: [2, 0], c: [0, 2] } });
    // scipy: ks_2samp([0, 0], [1, 1]) is D 1, exact p 1/3.
    const p = six(1 / 3);
    expect(d.findings[0]).toMatchObject({ observed: 1, limit: 0.2, message: `r: D 1 (limit 0.2), p ${p} (exact)` });
    const sig = await run({ gate: { ...ks, alpha: 0.9 }, candidate: { r: [2, 0], c: [0, 2] } });
    expect(sig.findings[0]).toMatchObject({ observed: p, limit: 0.9, message: `r: D 1, p ${p} (exact) (alpha 0.9)` });
    expect((await run({ gate: { ...ks, alpha: 0.01 }, candidate: { r: [2, 0], c: [0, 2] } })).status).toBe("pass");
    const props = await run({ gate: { ...ks, alpha: 0.05 }, candidate: { r: [0.5, 0.5], c: [0.5, 0.5] } });
    expect(props.findings[0].message).toBe("r: a p-value needs bin counts (whole numbers), not proportions");
    const noP = await run({ gate: { ...ks, lte: 0.5 }, candidate: { r: [0.5, 0.5], c: [0.5, 0.5] } });
    expect(noP).toMatchObject({ status: "pass", message: "KS within limits for 1 distribution: r D 0 (limit 0.5)" });
  });

  it("chi_square: the statistic against lte, the p-value against alpha", async () => {
    const chi = { type: "chi_square", reference: "r", current: "c" };
    const same = await run({ gate: { ...chi, alpha: 0.05, lte: 1 }, candidate: { r: [10, 10], c: [10, 10] } });
    expect(same.message).toBe("chi-square within limits for 1 distribution: r chi-square 0 with 1 df, p 1 (alpha 0.05) (limit 1)");
    const big = await run({ gate: { ...chi, lte: 1 }, candidate: { r: [10, 30], c: [20, 20] } });
    const statistic = ((10 * 20 - 30 * 20) ** 2 * 80) / (40 * 40 * 30 * 50);
    expect(big.findings[0]).toMatchObject({ observed: six(statistic), limit: 1 });
    const sig = await run({ gate: { ...chi, alpha: 0.5 }, candidate: { r: [10, 30], c: [20, 20] } });
    expect(sig.findings[0].limit).toBe(0.5);
    expect(sig.findings[0].observed).toBeLessThan(0.5);
  });
});

describe("evidence files: where a statistics gate reads its numbers", () => {
  const gate = { type: "psi", reference: "ref", current: "cur", lte: 0.1, file: "evidence" };
  const report = JSON.stringify({ ref: [1, 1], cur: [1, 1] });

  it("reads the bins from the file the manifest names, by path or { path }", async () => {
    const files = { "models/m/drift.json": report };
    expect((await run({ gate, candidate: { evidence: "models/m/drift.json" }, files })).status).toBe("pass");
    expect((await run({ gate, candidate: { evidence: { path: "./drift.json" } }, files })).status).toBe("pass");
  });

  it("says why a file cannot be read", async () => {
    const cases: Array<[unknown, Record<string, string | { symlink: string }>, string]> = [
      ["models/m/none.json", {}, "evidence: models/m/none.json does not exist at the head commit"],
      [5, {}, "evidence names no file"],
      [{ path: 5 }, {}, "evidence names no file"],
      ["models/m/manifest_active.json", {}, "evidence points at the manifest itself"],
      ["../x.json", {}, 'evidence: the path contains ".."; artifacts must stay inside the repository'],
      ["models/m/link.json", { "models/m/link.json": { symlink: "drift.json" } }, "evidence: models/m/link.json is a symlink, not a file"],
    ];
    for (const [evidence, files, message] of cases) {
      const r = await run({ gate, candidate: { evidence }, files });
      expect(r.message, message).toBe("the evidence file cannot be read");
      expect(r.findings[0].message).toBe(message);
    }
    const broken = await run({ gate, candidate: { evidence: "models/m/drift.json" }, files: { "models/m/drift.json": "{" } });
    expect(broken.findings[0]).toMatchObject({ path: "evidence", file: "models/m/drift.json" });
  });

  it("the path must name one file", async () => {
    const none = await run({ gate, candidate: { other: 1 } });
    expect(none).toMatchObject({ status: "fail", message: "evidence must name one evidence file" });
    expect(none.findings[0].message).toBe("evidence is missing");
    const two = await run({ gate: { ...gate, file: "ev.*" }, candidate: { ev: { a: "x.json", b: "y.json" } } });
    expect(two.findings[0].message).toBe("ev.* matches 2 values, not one file");
  });
});
