import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const pr = (approvals: string[], teams: Record<string, string[]> = {}) => ({ number: 1, author: "trainer", labels: [], approvals, teams });

describe("approvals gate", () => {
  it("counts approving reviews, from the listed users and team members only", async () => {
    const gate = { type: "approvals", count: 2, from: ["alice", "@org/leads"] };
    expect((await runGate({ gate, candidate: {}, pr: pr(["alice", "bob"], { "@org/leads": [] }) })).status).toBe("fail");
    const ok = await runGate({ gate, candidate: {}, pr: pr(["alice", "bob", "carol"], { "@org/leads": ["carol"] }) });
    expect(ok.status).toBe("pass");
    expect(ok.message).toBe("2 approvals from alice, @org/leads: alice, carol");
  });

  it("never counts the author, and without `from` counts anyone", async () => {
    const r = await runGate({ gate: { type: "approvals", count: 1 }, candidate: {}, pr: pr(["trainer"]) });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 0, limit: 1 });
    expect((await runGate({ gate: { type: "approvals", count: 1 }, candidate: {}, pr: pr(["zed"]) })).status).toBe("pass");
  });

  it("skips outside a pull request (the command line)", async () => {
    expect((await runGate({ gate: { type: "approvals", count: 1 }, candidate: {} })).status).toBe("skip");
  });
});
