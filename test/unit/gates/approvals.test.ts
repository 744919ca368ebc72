import { describe, expect, it } from "vitest";
import type { PullRequestInfo } from "../../../src/core/model.js";
import { runGate } from "../../support/gate.js";

const pr = (approvals: string[], extra: Partial<PullRequestInfo> = {}): PullRequestInfo => ({
  number: 1,
  author: "trainer",
  labels: [],
  approvals,
  teams: {},
  writers: [],
  ...extra,
});

describe("approvals gate", () => {
  it("counts approving reviews, from the listed users and team members only, and says whose did not count", async () => {
    const gate = { type: "approvals", count: 2, from: ["alice", "@org/leads"] };
    const short = await runGate({ gate, candidate: {}, pr: pr(["alice", "bob"], { teams: { "@org/leads": [] } }) });
    expect(short.status).toBe("fail");
    expect(short.message).toBe("1 approval of the head from alice, @org/leads, 2 needed (alice); not counted: bob (not in alice, @org/leads)");
    const ok = await runGate({ gate, candidate: {}, pr: pr(["alice", "bob", "carol"], { teams: { "@org/leads": ["carol"] } }) });
    expect(ok.status).toBe("pass");
    expect(ok.message).toBe("2 approvals of the head from alice, @org/leads: alice, carol; not counted: bob (not in alice, @org/leads)");
  });

  it("never counts the author, in any letter case, even when listed", async () => {
    const r = await runGate({ gate: { type: "approvals", count: 1, from: ["Trainer"] }, candidate: {}, pr: pr(["TRAINER"], { writers: ["TRAINER"] }) });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ observed: 0, limit: 1 });
    expect(r.message).toContain("not counted: TRAINER (the author)");
  });

  it("without `from`, counts only people with write access", async () => {
    const gate = { type: "approvals", count: 1 };
    const drive = await runGate({ gate, candidate: {}, pr: pr(["zed"]) });
    expect(drive.status).toBe("fail");
    expect(drive.message).toBe("0 approvals of the head by people with write access, 1 needed; not counted: zed (no write access to the repository)");
    // Unknown permissions count nobody: the adapter must have asked GitHub.
    expect((await runGate({ gate, candidate: {}, pr: { ...pr(["zed"]), writers: undefined } })).status).toBe("fail");
    expect((await runGate({ gate, candidate: {}, pr: pr(["zed"], { writers: ["zed"] }) })).status).toBe("pass");
  });

  it("reports approvals of older commits as not counted", async () => {
    const r = await runGate({
      gate: { type: "approvals", count: 1 },
      candidate: {},
      pr: pr([], { notCounted: [{ login: "alice", reason: "approved an older commit 1234567" }] }),
    });
    expect(r.status).toBe("fail");
    expect(r.message).toContain("not counted: alice (approved an older commit 1234567)");
  });

  it("skips outside a pull request (the command line)", async () => {
    expect((await runGate({ gate: { type: "approvals", count: 1 }, candidate: {} })).status).toBe("skip");
  });
});
