import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("ab_test gate", () => {
  it("two_proportion_z: significant with enough lift passes; a lift below min_lift fails", async () => {
    const candidate = { ab: { control: { successes: 200, n: 1000 }, treatment: { successes: 250, n: 1000 } } };
    const gate = { type: "ab_test", control: "ab.control", treatment: "ab.treatment", test: "two_proportion_z", alpha: 0.05, min_lift: 0.02 };
    const r = await runGate({ gate, candidate });
    expect(r.status).toBe("pass");
    expect(r.message).toBe("treatment beats control: z 2.6774, p 0.00741965, lift 25 %");
    expect((await runGate({ gate: { ...gate, min_lift: 0.3 }, candidate })).message).toContain("lift 25 % is below the required 30 %");
  });

  it("welch_t: not significant fails, saying so", async () => {
    const candidate = { ab: { control: { mean: 20, std: 4, n: 10 }, treatment: { mean: 23, std: 6, n: 12 } } };
    const r = await runGate({ gate: { type: "ab_test", control: "ab.control", treatment: "ab.treatment", test: "welch_t", alpha: 0.05 }, candidate });
    expect(r.status).toBe("fail");
    expect(r.message).toMatch(/^not significant: p 0\.1\d+ is not below alpha 0\.05 \(Welch t 1\.39876 \(19\.1905 df\)/);
  });

  it("a treatment that is worse never passes, and lower-is-better flips the direction", async () => {
    const worse = { ab: { control: { successes: 250, n: 1000 }, treatment: { successes: 200, n: 1000 } } };
    const gate = { type: "ab_test", control: "ab.control", treatment: "ab.treatment", test: "two_proportion_z", alpha: 0.05 };
    expect((await runGate({ gate, candidate: worse })).status).toBe("fail");
    expect((await runGate({ gate: { ...gate, better: "lower" }, candidate: worse })).status).toBe("pass");
  });

  it("refuses summaries of the wrong shape", async () => {
    const r = await runGate({
      gate: { type: "ab_test", control: "c", treatment: "t", test: "welch_t", alpha: 0.05 },
      candidate: { c: { mean: 1 }, t: { mean: 2 } },
    });
    expect(r.message).toBe("control and treatment must be {mean, std, n}");
  });

  it("refuses summaries a test cannot use, saying what is wrong, and a control of 0 (no relative lift)", async () => {
    const welch = { type: "ab_test", control: "c", treatment: "t", test: "welch_t", alpha: 0.05 };
    const n1 = await runGate({ gate: welch, candidate: { c: { mean: 1, std: 1, n: 1 }, t: { mean: 2, std: 1, n: 10 } } });
    expect(n1).toMatchObject({
      status: "fail",
      message: "invalid A/B summary: the control's n is 1: a sample size is a whole number, and a t-test needs n ≥ 2",
    });
    const zero = await runGate({ gate: welch, candidate: { c: { mean: 0, std: 1, n: 10 }, t: { mean: 2, std: 1, n: 10 } } });
    expect(zero.message).toBe("invalid A/B summary: the control's mean is 0: a relative lift cannot be measured from it");
    const rates = { ...welch, test: "two_proportion_z" };
    const none = await runGate({ gate: rates, candidate: { c: { successes: 0, n: 10 }, t: { successes: 5, n: 10 } } });
    expect(none.message).toBe("invalid A/B summary: the control has 0 successes: a relative lift cannot be measured from it");
    const frac = await runGate({ gate: rates, candidate: { c: { successes: 1.5, n: 10 }, t: { successes: 5, n: 10 } } });
    expect(frac.message).toContain("the control's successes is 1.5");
  });
});
