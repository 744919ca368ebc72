// Seed 001's lifecycle with the challenger in shadow beside production (issue 14): the policy
// from docs/shadow-trading.md "Shadow beside production", replayed as pull requests merged into
// main on a real repository and judged by the bundled command line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { checkJson, cli, gateOf, ROOT, registryJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const SLOW = { timeout: 300_000 };
const ACTIVE = "models/momentum/manifest_active.json";
const SHADOW = "models/momentum/manifest_shadow.json";

function docsPolicy(): string {
  const page = readFileSync(join(ROOT, "docs", "shadow-trading.md"), "utf8");
  const section = page.slice(page.indexOf("## Shadow beside production"));
  return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string;
}

const example = (path: string) => readFileSync(join(ROOT, "examples", "shadow-trading", "base", path), "utf8");
const base = JSON.parse(example(ACTIVE));

type Metrics = Partial<{ sessions: number; trade_count: number; live_sharpe_ratio: number }>;

/** A manifest of the seed's shape: the version (model hash), its status and its shadow metrics. */
function manifest(hash: string, status: string, metrics: Metrics = {}) {
  return {
    ...base,
    model_hash: hash,
    governance: { ...base.governance, status, shadow_metrics: { ...base.governance.shadow_metrics, ...metrics } },
  };
}

const failing = (r: Report) => r.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail").map((g) => `${c.alias}:${g.id}`)).sort();

describe("shadow-trading (seed 001) with the challenger beside production", () => {
  it("register → shadow → promote → a second challenger beside production → promote → roll back; and what it refuses", SLOW, () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": docsPolicy(),
      "data/momentum/labels.csv": example("data/momentum/labels.csv"),
      "data/momentum/train.csv": example("data/momentum/train.csv"),
    });
    repo.commit("Adopt modelgate", "2026-01-01T00:00:00Z");
    let prs = 0;
    const step = (branch: string, files: Record<string, object | null>, date: string) => {
      repo.branch(branch);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) repo.remove(path);
        else repo.write({ [path]: content });
      }
      repo.commit(branch, date);
      repo.checkout("main");
      return branch;
    };
    const check = (branch: string, now: string) => checkJson(repo.dir, "--base", "main", "--head", branch, "--now", now);
    const land = (branch: string, files: Record<string, object | null>, date: string) => {
      const run = check(step(branch, files, date), date);
      expect(failing(run.report), branch).toEqual([]);
      expect(run.code, branch).toBe(0);
      prs += 1;
      repo.merge(branch, `Merge pull request #${prs} from org/${branch}`, date);
      return run.report;
    };

    // v1: registered, then in shadow, its metrics gathered session by session.
    expect(land("register-v1", { [SHADOW]: manifest("aaaa00000001", "registered") }, "2026-01-02T00:00:00Z").changes[0]).toMatchObject({
      alias: "shadow",
      kind: "new",
    });
    land("shadow-v1", { [SHADOW]: manifest("aaaa00000001", "shadow", { sessions: 2, trade_count: 12 }) }, "2026-01-03T00:00:00Z");
    land("sessions-v1", { [SHADOW]: manifest("aaaa00000001", "shadow") }, "2026-01-05T00:00:00Z");

    // Too early: registered on the 2nd, in shadow (this version) since the 2nd: three days end on the 5th.
    const promote1 = { [ACTIVE]: manifest("aaaa00000001", "production"), [SHADOW]: null };
    const early = check(step("promote-v1-early", promote1, "2026-01-04T12:00:00Z"), "2026-01-04T12:00:00Z");
    expect(failing(early.report)).toEqual(["production:shadow-days"]);
    expect(gateOf(early.report, "momentum@production", "shadow-days").message).toContain("allowed from 2026-01-05");
    const first = land("promote-v1", promote1, "2026-01-06T00:00:00Z");
    expect(first.changes.map((c) => [c.alias, c.kind])).toEqual([
      ["production", "new"],
      ["shadow", "retire"],
    ]);

    // v2 runs in shadow beside v1, which keeps serving.
    land("register-v2", { [SHADOW]: manifest("bbbb00000002", "shadow", { sessions: 1 }) }, "2026-01-08T00:00:00Z");
    const status = registryJson("status", cli(repo.dir, "status", "--format", "json", "--now", "2026-01-09T00:00:00Z").stdout);
    expect(status.map((s) => [s.alias, s.version])).toEqual([
      ["production", "aaaa00000001"],
      ["shadow", "bbbb00000002"],
    ]);
    expect(status[1].next).toMatchObject({ step: "promote from shadow", allowed_from: "2026-01-11T00:00:00.000Z" });

    // Refused: too few sessions in shadow, however long it ran.
    const thin = check(
      step("promote-v2-thin", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 1 }) }, "2026-01-12T00:00:00Z"),
      "2026-01-12T00:00:00Z",
    );
    expect(failing(thin.report)).toEqual(["production:shadow-sessions"]);
    land("sessions-v2", { [SHADOW]: manifest("bbbb00000002", "shadow", { sessions: 7 }) }, "2026-01-12T00:00:00Z");
    // Refused: a Sharpe ratio better than what ran in shadow (the shadow pointer holds 0.8).
    const polished = check(
      step("promote-v2-polished", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 7, live_sharpe_ratio: 1.4 }) }, "2026-01-13T00:00:00Z"),
      "2026-01-13T00:00:00Z",
    );
    expect(failing(polished.report)).toEqual(["production:shadow-days"]);
    expect(gateOf(polished.report, "momentum@production", "shadow-days").message).toContain("with other content");
    // Refused: a version straight to production while another runs in shadow.
    const straight = check(step("v3-straight", { [ACTIVE]: manifest("cccc00000003", "production") }, "2026-01-13T00:00:00Z"), "2026-01-13T00:00:00Z");
    expect(gateOf(straight.report, "momentum@production", "shadow-days").message).toBe(
      "version cccc00000003 is not what serves as shadow at the base: shadow holds version bbbb00000002; promote the content that ran as shadow",
    );

    const promoted = land("promote-v2", { [ACTIVE]: manifest("bbbb00000002", "production", { sessions: 7 }), [SHADOW]: null }, "2026-01-14T00:00:00Z");
    expect(promoted.changes[0]).toMatchObject({ alias: "production", kind: "promotion", from: "aaaa00000001", to: "bbbb00000002" });

    // Roll back production to v1: the command writes it, the check judges it a rollback.
    const rollback = cli(repo.dir, "rollback", "momentum", "--alias", "production", "--commit");
    expect(rollback.code, rollback.stderr).toBe(0);
    repo.checkout("main");
    const back = check("rollback/momentum-aaaa00000001", "2026-01-15T00:00:00Z");
    expect(back.report.changes.map((c) => [c.alias, c.kind, c.to])).toEqual([["production", "rollback", "aaaa00000001"]]);
    expect(back.code).toBe(0);
    const history = registryJson("history", cli(repo.dir, "history", "momentum", "--format", "json").stdout);
    expect(history.map((e) => `${e.alias} ${e.kind} ${e.to ?? e.from}`)).toEqual([
      "shadow new aaaa00000001",
      "shadow update aaaa00000001",
      "shadow update aaaa00000001",
      "production new aaaa00000001",
      "shadow retire aaaa00000001",
      // The shadow pointer, re-added, is judged against the last state it held.
      "shadow promotion bbbb00000002",
      "shadow update bbbb00000002",
      "production promotion bbbb00000002",
      "shadow retire bbbb00000002",
    ]);
  });
});
