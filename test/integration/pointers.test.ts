import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkJson, cli, gateOf, registryJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Stages side by side (issue 14): a challenger runs in shadow beside production, each a governed
 * pointer of one model; promoting it is a PR that moves its content, and the soak gate counts
 * how long that exact content ran as shadow, from git alone. Replayed with the bundled CLI.
 */

const ACTIVE = "models/fraud/manifest_active.json";
const SHADOW = "models/fraud/manifest_shadow.json";
const POLICY = `version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    alias: production
  - glob: "models/*/manifest_shadow.json"
    alias: shadow
gates:
  - id: shadow-days
    type: soak
    as: shadow
    except: [stage]
    min_days: 7
    when: "change.alias == 'production'"
  - id: divergence
    type: range
    path: shadow.divergence
    lt: 0.15
    when: "change.alias == 'production'"
`;

const manifest = (version: string, stage: string, divergence = 0.1) => ({ version, stage, metrics: { auc: 0.9 }, shadow: { divergence } });

/** main: production v1 since 2026-01-01 (#1), and v2 in shadow beside it since 2026-01-10 (#2). */
function registry(): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": POLICY, [ACTIVE]: manifest("v1", "production") }).commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  repo.write({ [SHADOW]: manifest("v2", "shadow") }).commit("Run fraud v2 in shadow (#2)", "2026-01-10T00:00:00Z");
  return repo;
}

function pr(repo: TestRepo, branch: string, files: Record<string, object | null>): string {
  repo.branch(branch, "main");
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.remove(path);
    else repo.write({ [path]: content });
  }
  repo.commit(branch, "2026-01-12T00:00:00Z");
  repo.checkout("main");
  return branch;
}

const check = (repo: TestRepo, head: string, now: string) => checkJson(repo.dir, "--base", "main", "--head", head, "--now", now);

describe("a challenger in shadow beside production", () => {
  let repo: TestRepo;
  let promote: string;
  beforeAll(() => {
    repo = registry();
    // Promotion moves the shadow's content to production, and retires the shadow pointer.
    promote = pr(repo, "promote-v2", { [ACTIVE]: manifest("v2", "production"), [SHADOW]: null });
  });

  it("each pointer is its own change of one model, named by its alias", () => {
    const { report } = check(repo, promote, "2026-01-20T00:00:00Z");
    expect(report.changes.map((c) => [c.model, c.alias, c.kind, c.from, c.to])).toEqual([
      ["fraud", "production", "promotion", "v1", "v2"],
      ["fraud", "shadow", "retire", "v2", null],
    ]);
  });

  it("promotion before the challenger ran 7 days in shadow fails, naming the date it is allowed from", () => {
    const { code, report } = check(repo, promote, "2026-01-14T00:00:00Z");
    expect(code).toBe(1);
    const gate = gateOf(report, "fraud@production", "shadow-days");
    expect(gate.status).toBe("fail");
    expect(gate.message).toContain("version v2, as shadow since 2026-01-10");
    expect(gate.message).toContain("has served 4 days, needs 7 days: allowed from 2026-01-17");
    expect(gate.findings[0]).toMatchObject({ file: ACTIVE });
    expect(gate.findings[0].line).toBeUndefined();
    // The gate's message and its one finding say the same: each medium says it once, with the file.
    const said = "has served 4 days, needs 7 days: allowed from 2026-01-17";
    for (const format of ["markdown", "text"]) {
      const out = cli(repo.dir, "check", "--base", "main", "--head", promote, "--now", "2026-01-14T00:00:00Z", "--format", format).stdout;
      expect(out.split(said).length - 1, format).toBe(1);
    }
  });

  it("after 7 days it passes, at the boundary exactly", () => {
    expect(check(repo, promote, "2026-01-16T23:59:59Z").code).toBe(1);
    const { code, report } = check(repo, promote, "2026-01-17T00:00:00Z");
    expect(code).toBe(0);
    expect(gateOf(report, "fraud@production", "shadow-days").status).toBe("pass");
    expect(gateOf(report, "fraud@production", "divergence").status).toBe("pass");
  });

  it("the comment and the terminal name each pointer", () => {
    const md = cli(repo.dir, "check", "--base", "main", "--head", promote, "--now", "2026-01-20T00:00:00Z", "--format", "markdown").stdout;
    expect(md).toContain("**Merging this pull request will** promote fraud (production) v1 → v2; retire fraud (shadow) v2.");
    expect(md).toContain("#### ✅ <code>fraud</code> (production) · promotion <code>v1</code> → <code>v2</code>");
    expect(md).toContain("<code>modelgate rollback fraud --alias production</code> (back to v1)");
    const text = cli(repo.dir, "check", "--base", "main", "--head", promote, "--now", "2026-01-20T00:00:00Z").stdout;
    expect(text).toContain("fraud (shadow) retire: retire fraud (shadow) v2");
  });

  it("updates of the shadow's metrics in place do not restart its days; the content promoted must be the latest", () => {
    const local = registry();
    local.write({ [SHADOW]: manifest("v2", "shadow", 0.12) }).commit("fraud v2 shadow metrics, session 5 (#3)", "2026-01-15T00:00:00Z");
    const stale = pr(local, "stale", { [ACTIVE]: manifest("v2", "production") });
    expect(gateOf(check(local, stale, "2026-01-18T00:00:00Z").report, "fraud@production", "shadow-days").message).toContain("with other content");
    const latest = pr(local, "latest", { [ACTIVE]: manifest("v2", "production", 0.12) });
    const { code, report } = check(local, latest, "2026-01-18T00:00:00Z");
    expect(gateOf(report, "fraud@production", "shadow-days").message).toContain("version v2, as shadow since 2026-01-10");
    expect(code).toBe(0);
  });

  it("the shadow's own changes do not run the production gates", () => {
    const { code, report } = check(repo, pr(repo, "shadow-v3", { [SHADOW]: manifest("v3", "shadow", 0.4) }), "2026-01-20T00:00:00Z");
    expect(code).toBe(0);
    expect(gateOf(report, "fraud@shadow", "shadow-days").status).toBe("skip");
    expect(gateOf(report, "fraud@shadow", "divergence").status).toBe("skip");
  });

  describe("what a PR author might write to get an unproven model through", () => {
    it("other content under the shadow's version: not what ran in shadow", () => {
      const edited = { ...manifest("v2", "production"), metrics: { auc: 0.99 } };
      const { code, report } = check(repo, pr(repo, "edited-v2", { [ACTIVE]: edited }), "2026-01-30T00:00:00Z");
      expect(code).toBe(1);
      expect(gateOf(report, "fraud@production", "shadow-days").message).toBe(
        "version v2 is not what serves as shadow at the base: shadow holds version v2, with other content (besides stage); promote the content that ran as shadow",
      );
    });

    it("writing the same new content to shadow and production in one PR: the base's shadow decides", () => {
      const { code, report } = check(
        repo,
        pr(repo, "both-v3", { [ACTIVE]: manifest("v3", "production"), [SHADOW]: manifest("v3", "shadow") }),
        "2026-03-01T00:00:00Z",
      );
      expect(code).toBe(1);
      expect(gateOf(report, "fraud@production", "shadow-days").message).toContain("shadow holds version v2");
    });

    it("a model that never ran in shadow cannot enter production", () => {
      const { code, report } = check(repo, pr(repo, "churn", { "models/churn/manifest_active.json": manifest("c1", "production") }), "2026-03-01T00:00:00Z");
      expect(code).toBe(1);
      expect(gateOf(report, "churn@production", "shadow-days").message).toBe("version c1 never served as shadow on the base branch: run it as shadow first");
    });

    it("a divergence over the limit fails even after the soak", () => {
      const { code, report } = check(repo, pr(repo, "diverged", { [ACTIVE]: manifest("v2", "production", 0.2) }), "2026-03-01T00:00:00Z");
      expect(code).toBe(1);
      // The divergence in the candidate differs from what ran, so both gates refuse it.
      expect(gateOf(report, "fraud@production", "divergence").status).toBe("fail");
      expect(gateOf(report, "fraud@production", "shadow-days").status).toBe("fail");
    });
  });

  it("status lists both pointers, and when the shadow may be promoted", () => {
    const run = cli(repo.dir, "status", "--format", "json", "--now", "2026-01-14T00:00:00Z");
    expect(run.code).toBe(0);
    const status = registryJson("status", run.stdout);
    expect(status.map((s: { model: string; alias: string; version: string; days: number }) => [s.model, s.alias, s.version, s.days])).toEqual([
      ["fraud", "production", "v1", 13],
      ["fraud", "shadow", "v2", 4],
    ]);
    expect(status[1].next).toEqual({ step: "promote from shadow", allowed_from: "2026-01-17T00:00:00.000Z", gate: "shadow-days" });
    const text = cli(repo.dir, "status", "--now", "2026-01-14T00:00:00Z").stdout;
    expect(text.split("\n")[0]).toMatch(/^model\s+alias\s+version\s+since\s+days\s+rollbacks\s+next step\s+commit\s+pr$/);
    expect(text).toContain("promote from shadow allowed from 2026-01-17");
    const shadowOnly = JSON.parse(cli(repo.dir, "status", "--format", "json", "--stage", "shadow").stdout);
    expect(shadowOnly.map((s: { alias: string }) => s.alias)).toEqual(["shadow"]);
  });

  it("history names each event's alias", () => {
    const events = registryJson("history", cli(repo.dir, "history", "--format", "json").stdout);
    expect(events.map((e: { alias: string; kind: string; to: string }) => [e.alias, e.kind, e.to])).toEqual([
      ["production", "new", "v1"],
      ["shadow", "new", "v2"],
    ]);
  });

  it("rollback asks which pointer when a model has several, and rolls back the one named", () => {
    const local = registry();
    local
      .write({ [ACTIVE]: manifest("v2", "production") })
      .remove(SHADOW)
      .commit("Promote fraud v2 (#3)", "2026-01-20T00:00:00Z");
    local.write({ [SHADOW]: manifest("v3", "shadow") }).commit("Run fraud v3 in shadow (#4)", "2026-01-21T00:00:00Z");
    const ambiguous = cli(local.dir, "rollback", "fraud");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("fraud has 2 active pointers (production, shadow): name one with --alias");
    const run = cli(local.dir, "rollback", "fraud", "--alias", "production");
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(local.dir, ACTIVE), "utf8"))).toEqual(manifest("v1", "production"));
    // The rollback is judged as one: v1 served as production before.
    local.git("checkout", "-q", "-b", "rollback");
    local.commit("Roll back fraud to v1", "2026-01-22T00:00:00Z");
    local.checkout("main");
    const { code, report } = check(local, "rollback", "2026-01-22T00:00:00Z");
    expect(report.changes.map((c) => [c.alias, c.kind, c.to])).toEqual([["production", "rollback", "v1"]]);
    expect(code).toBe(0);
  });

  it("an alias the policy names must be a plain name or {N}", () => {
    const bad = new TestRepo();
    bad.write({ ".modelgate/policy.yaml": 'version: 1\nmanifests:\n  - glob: "models/*/m.json"\n    alias: "../x"\n', "models/a/m.json": { version: "1" } });
    bad.commit("init", "2026-01-01T00:00:00Z");
    const run = cli(bad.dir, "validate", "--ref", "HEAD");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.modelgate\/policy\.yaml:4:\d+/);
    expect(run.stderr).toContain("alias");
  });
});

describe("status shows where each model stands and when its next step is allowed", () => {
  const M = "models/ranker/manifest_active.json";
  const policy = `version: 1
gates:
  - { id: stage-order, type: transition, path: stage, order: [staging, production] }
  - { id: ladder, type: rollout, path: rollout.percent, steps: [10, 25, 50, 100], min_days_per_step: 7 }
  - { id: calm, type: soak, min_days: 1, max_rollbacks: 1, window: 14d }
`;
  const ranker = (version: string, stage: string, percent: number) => ({ version, stage, rollout: { percent } });
  let repo: TestRepo;
  beforeAll(() => {
    repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": policy, [M]: ranker("r1", "staging", 10) }).commit("Register ranker r1 (#1)", "2026-01-01T00:00:00Z");
    repo.write({ [M]: ranker("r1", "production", 10) }).commit("ranker r1 to production (#2)", "2026-01-03T00:00:00Z");
    repo.write({ [M]: ranker("r1", "production", 25) }).commit("ranker r1 at 25% (#3)", "2026-01-05T00:00:00Z");
  });

  it("stage since it was reached (not since registration), rollout step since it was reached, next step's date", () => {
    const [s] = registryJson("status", cli(repo.dir, "status", "--format", "json", "--now", "2026-01-08T12:00:00Z").stdout);
    expect(s).toMatchObject({
      model: "ranker",
      version: "r1",
      since: "2026-01-01T00:00:00.000Z",
      stage: { value: "production", path: "stage", since: "2026-01-03T00:00:00.000Z", days: 5 },
      rollout: { percent: 25, path: "rollout.percent", since: "2026-01-05T00:00:00.000Z", days: 3 },
      rollbacks_window: { days: 14, count: 0 },
      next: { step: "rollout 25% → 50%", allowed_from: "2026-01-12T00:00:00.000Z", gate: "ladder" },
    });
    const text = cli(repo.dir, "status", "--now", "2026-01-08T12:00:00Z").stdout;
    expect(text).toContain("production (5 days)");
    expect(text).toContain("25% (3 days)");
    expect(text).toContain("0 in 14 days");
    expect(text).toContain("rollout 25% → 50% allowed from 2026-01-12");
    expect(cli(repo.dir, "status", "--now", "2026-01-12T00:00:00Z").stdout).toContain("rollout 25% → 50% allowed now");
  });

  it("the rollout gate names the same date", () => {
    repo.branch("climb").write({ [M]: ranker("r1", "production", 50) });
    repo.commit("climb", "2026-01-08T00:00:00Z");
    repo.checkout("main");
    const { code, report } = check(repo, "climb", "2026-01-08T12:00:00Z");
    expect(code).toBe(1);
    expect(gateOf(report, "ranker", "ladder").message).toContain("25% → 50% is allowed from 2026-01-12");
  });

  it("the gates a models: entry selects by a field of the serving manifest set the dates", () => {
    const fast = new TestRepo();
    fast
      .write({
        ".modelgate/policy.yaml": `${policy}models:\n  fast-lane:\n    match: { lane: fast }\n    gates: [{ id: ladder, min_days_per_step: 2 }]\n`,
        [M]: { ...ranker("r1", "production", 25), lane: "fast" },
      })
      .commit("Register ranker r1 (#1)", "2026-01-05T00:00:00Z");
    const [s] = registryJson("status", cli(fast.dir, "status", "--format", "json", "--now", "2026-01-06T00:00:00Z").stdout);
    expect(s.next).toEqual({ step: "rollout 25% → 50%", allowed_from: "2026-01-07T00:00:00.000Z", gate: "ladder" });
  });

  it("a retired manifest has no next step", () => {
    const done = new TestRepo();
    done
      .write({
        ".modelgate/policy.yaml": policy.replace("order: [staging, production] }", "order: [staging, production, retired], terminal: [retired] }"),
        [M]: ranker("r1", "retired", 25),
      })
      .commit("ranker r1, retired (#1)", "2026-01-05T00:00:00Z");
    const [s] = registryJson("status", cli(done.dir, "status", "--format", "json", "--now", "2026-01-20T00:00:00Z").stdout);
    expect(s).toMatchObject({ state: "retired", stage: { value: "retired" }, rollout: { percent: 25 } });
    expect(s.next).toBeUndefined();
  });

  it("status --stage keeps the models in that stage", () => {
    expect(JSON.parse(cli(repo.dir, "status", "--format", "json", "--stage", "production").stdout)).toHaveLength(1);
    expect(JSON.parse(cli(repo.dir, "status", "--format", "json", "--stage", "staging").stdout)).toEqual([]);
  });
});

describe("check --override-as previews a force-promote", () => {
  const M = "models/fraud/manifest_active.json";
  function repoWith(override: string): TestRepo {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": `version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n${override}`,
        [M]: { version: "v1", auc: 0.95 },
      })
      .commit("init (#1)", "2026-01-01T00:00:00Z");
    repo.branch("weak").write({ [M]: { version: "v2", auc: 0.5 } });
    repo.commit("v2", "2026-01-02T00:00:00Z");
    repo.checkout("main");
    return repo;
  }
  const OVERRIDE = "override:\n  label: modelgate/force-promote\n  actors: [alice, '@acme/ml-leads']\n  require_reason: true\n";

  it("a listed actor with a reason: the failing gate is overridden, and the report says so", () => {
    const repo = repoWith(OVERRIDE);
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "weak", "--override-as", "alice", "--override-reason", "incident 42");
    expect(code).toBe(0);
    expect(gateOf(report, "fraud", "auc")).toMatchObject({ status: "overridden", override: { by: "label", actor: "alice", reason: "incident 42" } });
    expect(report.notes?.[0]).toContain('Override preview: as if alice applied modelgate/force-promote with the reason "incident 42"');
    const text = cli(repo.dir, "check", "--base", "main", "--head", "weak", "--override-as", "alice", "--override-reason", "incident 42").stdout;
    expect(text).toContain("overridden by alice: incident 42");
  });

  it("an actor not listed, or no reason where one is required: not honoured, the gate fails", () => {
    const repo = repoWith(OVERRIDE);
    const bob = checkJson(repo.dir, "--base", "main", "--head", "weak", "--override-as", "bob", "--override-reason", "x");
    expect(bob.code).toBe(1);
    expect(bob.report.notes?.[0]).toContain("bob is not listed in override.actors (alice, @acme/ml-leads); team members are resolved by the action");
    const noReason = checkJson(repo.dir, "--base", "main", "--head", "weak", "--override-as", "alice");
    expect(noReason.code).toBe(1);
    expect(noReason.report.notes?.[0]).toContain("give one with --override-reason");
  });

  it("a policy without an override block: a clear error; --override-reason alone is a usage error", () => {
    const repo = repoWith("");
    const run = cli(repo.dir, "check", "--base", "main", "--head", "weak", "--override-as", "alice");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the policy has no override block");
    const usage = cli(repo.dir, "check", "--override-reason", "x");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--override-reason goes with --override-as LOGIN");
  });
});

describe("a soak gate's as: names an alias the manifests have", () => {
  it("a typo in as: is a configuration error at the gate's field, with the aliases there are", () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": POLICY.replace("\n    as: shadow", "\n    as: shadw"),
      [ACTIVE]: manifest("v1", "production"),
    });
    repo.commit("init", "2026-01-01T00:00:00Z");
    const run = cli(repo.dir, "validate", "--ref", "HEAD");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.modelgate/policy.yaml:10:9: gate "shadow-days": as: shadw names no alias of the policy\'s manifests (production, shadow)');
    expect(run.stderr).toContain('hint: did you mean "shadow"?');
  });

  it("as with since (or of) is a configuration error: one gate counts from one start", () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": POLICY.replace("\n    as: shadow", "\n    as: shadow\n    since: shadow_start"),
      [ACTIVE]: manifest("v1", "production"),
    });
    repo.commit("init", "2026-01-01T00:00:00Z");
    const run = cli(repo.dir, "validate", "--ref", "HEAD");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gate "shadow-days": as and since both say where the time starts; a soak gate counts from one');
  });
});
