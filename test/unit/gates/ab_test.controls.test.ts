import { describe, expect, it } from "vitest";
import { runGateFast as run, runGate } from "../../support/gate.js";

// ab_test's min_samples and control_is_active (seed 004: min_samples=100; the control, model A, is the production version).

const gate = { type: "ab_test", control: "ab.control", treatment: "ab.treatment", test: "welch_t", alpha: 0.05 };
const arms = (control: number, treatment: number, version = "0.1.0") => ({
  version: "0.2.0",
  ab: { control: { version, mean: 0.85, std: 0.05, n: control }, treatment: { version: "0.2.0", mean: 0.88, std: 0.05, n: treatment } },
});

describe("ab_test: min_samples", () => {
  it("each arm needs at least min_samples: 99 fails naming the arm and n, 100 and 101 pass", async () => {
    const at = { ...gate, min_samples: 100 };
    const low = await run({ gate: at, candidate: arms(99, 400) });
    expect(low).toMatchObject({ status: "fail", message: "too few samples: the control has n 99, below the minimum of 100" });
    expect(low.findings).toEqual([
      expect.objectContaining({ path: "ab.control.n", observed: 99, limit: 100, message: "the control has n 99, below the minimum of 100 samples", line: 8 }),
    ]);
    const both = await run({ gate: at, candidate: arms(50, 99) });
    expect(both.message).toBe("too few samples: the control has n 50, below the minimum of 100; the treatment has n 99, below the minimum of 100");
    expect(both.findings.map((f) => f.path)).toEqual(["ab.control.n", "ab.treatment.n"]);
    expect((await run({ gate: at, candidate: arms(100, 100) })).status).toBe("pass");
    expect((await run({ gate: at, candidate: arms(101, 400) })).status).toBe("pass");
  });

  it("counts n for two_proportion_z too, and without min_samples n = 50 is judged as before", async () => {
    const rates = { ...gate, test: "two_proportion_z", min_samples: 100 };
    const r = await run({ gate: rates, candidate: { ab: { control: { successes: 20, n: 50 }, treatment: { successes: 90, n: 200 } } } });
    expect(r.message).toBe("too few samples: the control has n 50, below the minimum of 100");
    const { min_samples: _, ...plain } = rates;
    expect((await run({ gate: plain, candidate: { ab: { control: { successes: 20, n: 50 }, treatment: { successes: 90, n: 200 } } } })).status).not.toBe(
      "skip",
    );
  });
});

describe("ab_test: control_is_active", () => {
  const history = [{ date: "2026-01-01T00:00:00Z", manifest: { version: "0.1.0", stage: "production" } }];
  const at = { ...gate, control_is_active: true };

  it("a promotion: the control must be the active version; another version fails naming both", async () => {
    const ok = await runGate({ gate: at, history, candidate: arms(400, 400) });
    expect(ok).toMatchObject({ status: "pass" });
    expect(ok.message).toContain("; the control is 0.1.0, the active version");
    const other = await runGate({ gate: at, history, candidate: arms(400, 400, "0.0.9") });
    expect(other).toMatchObject({
      status: "fail",
      message: 'the control is version "0.0.9", but it must be 0.1.0, the active version: an A/B test compares the candidate with the version it replaces',
    });
    expect(other.findings[0]).toMatchObject({ path: "ab.control.version", observed: "0.0.9", limit: "0.1.0" });
    const unnamed = await runGate({
      gate: at,
      history,
      candidate: { version: "0.2.0", ab: { control: { mean: 0.85, std: 0.05, n: 400 }, treatment: arms(1, 1).ab.treatment } },
    });
    expect(unnamed.message).toBe("ab.control.version is missing: the control must name its version, 0.1.0, the active version");
  });

  it("a stage move of the same version: the control is the version that served before it", async () => {
    const staged = [...history, { date: "2026-01-05T00:00:00Z", manifest: { version: "0.2.0", stage: "staging" } }];
    const candidate = { ...arms(400, 400), stage: "production" };
    expect((await runGate({ gate: at, history: staged, candidate })).status).toBe("pass");
    const self = await runGate({ gate: at, history: staged, candidate: { ...arms(400, 400, "0.2.0"), stage: "production" } });
    expect(self.status).toBe("fail");
    expect(self.message).toMatch(/^the control is version "0\.2\.0", but it must be 0\.1\.0, the version that served before 0\.2\.0 \([0-9a-f]{7}\)/);
  });

  it("a new model, and a first version moving stages, have no serving version to compare with: skip, saying so", async () => {
    const fresh = await runGate({ gate: at, candidate: arms(400, 400) });
    expect(fresh).toMatchObject({ status: "skip", message: "the model is new: no version serves now, so there is no control to A/B test against" });
    const first = await runGate({
      gate: at,
      history: [{ date: "2026-01-05T00:00:00Z", manifest: { version: "0.2.0", stage: "staging" } }],
      candidate: { ...arms(400, 400), stage: "production" },
    });
    expect(first).toMatchObject({
      status: "skip",
      message: "no version other than 0.2.0 has served: its first version has no earlier version to A/B test against",
    });
  });

  it("control_version names another place for the control's version", async () => {
    const candidate = { ...arms(400, 400), ab_control_version: "0.1.0" };
    expect((await runGate({ gate: { ...at, control_version: "ab_control_version" }, history, candidate })).status).toBe("pass");
  });

  it("treatment_is_candidate: the treatment's version is the candidate's", async () => {
    const t = { ...gate, treatment_is_candidate: true };
    expect((await run({ gate: t, candidate: arms(400, 400) })).status).toBe("pass");
    const stale = await run({ gate: t, candidate: { ...arms(400, 400), version: "0.3.0" } });
    expect(stale).toMatchObject({
      status: "fail",
      message: 'the treatment is version "0.2.0", but the candidate is 0.3.0: an A/B result of another version says nothing about this one',
    });
    expect(stale.findings[0]).toMatchObject({ path: "ab.treatment.version", observed: "0.2.0", limit: "0.3.0" });
    const unnamed = await run({
      gate: t,
      candidate: { version: "0.2.0", ab: { control: arms(1, 1).ab.control, treatment: { mean: 0.88, std: 0.05, n: 400 } } },
    });
    expect(unnamed.message).toBe("ab.treatment.version is missing: the treatment must name its version, 0.2.0");
  });
});
