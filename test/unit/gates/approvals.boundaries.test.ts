import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const pr = (approvals: string[], teams: Record<string, string[]> = {}) => ({ number: 1, author: "trainer", labels: [], approvals, teams });

describe("approvals: the count at its edge, and the messages", () => {
  it("exactly count passes, one fewer fails, naming who approved", async () => {
    const gate = { type: "approvals", count: 2 };
    expect(await run({ gate, candidate: {}, pr: pr(["ann", "bo"]) })).toMatchObject({ status: "pass", message: "2 approvals: ann, bo" });
    const r = await run({ gate, candidate: {}, pr: pr(["ann", "trainer"]) });
    expect(r).toMatchObject({ status: "fail", message: "1 approval, 2 needed (ann)" });
    expect(r.findings[0]).toMatchObject({ observed: 1, limit: 2, message: "1 approval, 2 needed (ann)" });
    expect((await run({ gate, candidate: {}, pr: pr([]) })).message).toBe("0 approvals, 2 needed");
    expect((await run({ gate: { type: "approvals", count: 3 }, candidate: {}, pr: pr(["ann", "bo"]) })).message).toBe("2 approvals, 3 needed (ann, bo)");
  });

  it("from: listed users and members of listed teams; an unknown team counts no one", async () => {
    const gate = { type: "approvals", count: 1, from: ["@org/leads"] };
    expect((await run({ gate, candidate: {}, pr: pr(["ann"], { "@org/leads": ["bo"] }) })).message).toBe("0 approvals from @org/leads, 1 needed");
    expect((await run({ gate, candidate: {}, pr: pr(["ann"]) })).status).toBe("fail");
    expect((await run({ gate, candidate: {}, pr: pr(["bo"], { "@org/leads": ["bo"] }) })).message).toBe("1 approval from @org/leads: bo");
    // A login that looks like a team member's but is listed as a user is matched as written.
    expect((await run({ gate: { type: "approvals", count: 1, from: ["bo"] }, candidate: {}, pr: pr(["bob"]) })).status).toBe("fail");
    // The author is never counted, even when listed.
    expect((await run({ gate: { type: "approvals", count: 1, from: ["trainer"] }, candidate: {}, pr: pr(["trainer"]) })).status).toBe("fail");
  });
});
