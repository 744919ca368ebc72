import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

const pr = (approvals: string[], teams: Record<string, string[]> = {}, writers = ["ann", "bo", "trainer"]) => ({
  number: 1,
  author: "trainer",
  labels: [],
  approvals,
  teams,
  writers,
});

describe("approvals: the count at its edge, and the messages", () => {
  it("exactly count passes, one fewer fails, naming who approved and who did not count", async () => {
    const gate = { type: "approvals", count: 2 };
    expect(await run({ gate, candidate: {}, pr: pr(["ann", "bo"]) })).toMatchObject({
      status: "pass",
      message: "2 approvals of the head by people with write access: ann, bo",
    });
    const r = await run({ gate, candidate: {}, pr: pr(["ann", "trainer"]) });
    const message = "1 approval of the head by people with write access, 2 needed (ann); not counted: trainer (the author)";
    expect(r).toMatchObject({ status: "fail", message });
    expect(r.findings[0]).toMatchObject({ observed: 1, limit: 2, message });
    expect((await run({ gate, candidate: {}, pr: pr([]) })).message).toBe("0 approvals of the head by people with write access, 2 needed");
    expect((await run({ gate: { type: "approvals", count: 3 }, candidate: {}, pr: pr(["ann", "bo"]) })).message).toBe(
      "2 approvals of the head by people with write access, 3 needed (ann, bo)",
    );
    expect((await run({ gate, candidate: {}, pr: pr(["ann", "cy"], {}, ["ann"]) })).message).toContain("not counted: cy (no write access to the repository)");
  });

  it("from: listed users and members of listed teams; an unknown team counts no one", async () => {
    const gate = { type: "approvals", count: 1, from: ["@org/leads"] };
    expect((await run({ gate, candidate: {}, pr: pr(["ann"], { "@org/leads": ["bo"] }) })).message).toBe(
      "0 approvals of the head from @org/leads, 1 needed; not counted: ann (not in @org/leads)",
    );
    expect((await run({ gate, candidate: {}, pr: pr(["ann"]) })).status).toBe("fail");
    expect((await run({ gate, candidate: {}, pr: pr(["bo"], { "@org/leads": ["bo"] }) })).message).toBe("1 approval of the head from @org/leads: bo");
    // A login that looks like a team member's but is listed as a user is matched as written.
    expect((await run({ gate: { type: "approvals", count: 1, from: ["bo"] }, candidate: {}, pr: pr(["bob"]) })).status).toBe("fail");
    // The author is never counted, even when listed.
    expect((await run({ gate: { type: "approvals", count: 1, from: ["trainer"] }, candidate: {}, pr: pr(["trainer"]) })).status).toBe("fail");
  });
});
