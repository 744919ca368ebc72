import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkJson, cli, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Each wrong verdict found when the first version was tried on whole lifecycles and by a hostile
 * PR author, replayed on a real repository with the bundled CLI (issue 11).
 */

const M = "models/fraud/manifest_active.json";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** main: a policy and fraud v1 (merged as PR #1 on 2026-01-01); returns the repository. */
function governed(policy: string, v1: object, files: Record<string, string> = {}): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": `version: 1\n${policy}`, [M]: v1, ...files });
  repo.commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  return repo;
}

/** A pull request: a branch from main with files written (null deletes), committed. */
function pr(repo: TestRepo, branch: string, files: Record<string, object | string | null>, message = "change"): string {
  repo.branch(branch, "main");
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.remove(path);
    else repo.write({ [path]: content });
  }
  repo.commit(message, "2026-02-01T00:00:00Z");
  repo.checkout("main");
  return branch;
}

const check = (repo: TestRepo, head: string, now = "2026-03-01T00:00:00Z") => checkJson(repo.dir, "--base", "main", "--head", head, "--now", now);

describe("verdicts that must hold (issue 11)", () => {
  it("1. when: a gate scoped to production is not applicable to a model in shadow", () => {
    const repo = governed("gates:\n  - { id: prod-auc, type: range, path: metrics.auc, gte: 0.9, when: \"candidate.stage == 'production'\" }\n", {
      version: "v1",
      stage: "shadow",
      metrics: { auc: 0.5 },
    });
    const shadow = check(repo, pr(repo, "shadow-v2", { [M]: { version: "v2", stage: "shadow", metrics: { auc: 0.6 } } }));
    expect(shadow.code).toBe(0);
    expect(gateOf(shadow.report, "fraud", "prod-auc")).toMatchObject({ status: "skip", message: "not applicable: candidate.stage == 'production' is false" });
    const prod = check(repo, pr(repo, "prod-v2", { [M]: { version: "v2", stage: "production", metrics: { auc: 0.6 } } }));
    expect(prod.code).toBe(1);
    expect(gateOf(prod.report, "fraud", "prod-auc").status).toBe("fail");
  });

  describe("2. rollback is decided by content, never by a version string or a commit message", () => {
    const policy = "gates:\n  - { id: auc, type: regression, path: metrics.auc, better: higher }\n";
    const v1 = { version: "v1", metrics: { auc: 0.9 } };

    it("an old version string with new content is a promotion that reuses a version, and its gates run", () => {
      const repo = governed(policy, v1);
      repo.write({ [M]: { version: "v2", metrics: { auc: 0.92 } } }).commit("v2 (#2)", "2026-01-10T00:00:00Z");
      const { code, report } = check(repo, pr(repo, "old-name", { [M]: { version: "v1", metrics: { auc: 0.5 } } }));
      expect(code).toBe(1);
      expect(report.changes[0]).toMatchObject({ kind: "promotion", from: "v2", to: "v1" });
      expect(gateOf(report, "fraud", "version-identity").status).toBe("fail");
      expect(gateOf(report, "fraud", "auc").status).toBe("fail");
    });

    it("a commit message saying 'This reverts commit …' does not make a new model a rollback", () => {
      const repo = governed(policy, v1);
      const v2 = repo.write({ [M]: { version: "v2", metrics: { auc: 0.92 } } }).commit("v2 (#2)", "2026-01-10T00:00:00Z");
      const head = pr(repo, "fake-revert", { [M]: { version: "v3", metrics: { auc: 0.5 } } }, `Revert "v2"\n\nThis reverts commit ${v2}.`);
      const { code, report } = check(repo, head);
      expect(report.changes[0].kind).toBe("promotion");
      expect(code).toBe(1);
    });

    it("a manifest without a version, where history had one without a version too, is judged, not waved through", () => {
      const repo = governed(policy, { metrics: { auc: 0.9 } });
      repo.write({ [M]: v1 }).commit("v1 (#2)", "2026-01-10T00:00:00Z");
      const { code, report } = check(repo, pr(repo, "no-version", { [M]: { metrics: { auc: 0.4 } } }));
      expect(report.changes[0]).toMatchObject({ kind: "promotion", from: "v1", to: null });
      expect(gateOf(report, "fraud", "auc").status).toBe("fail");
      expect(code).toBe(1);
    });

    it("git revert of a promotion's merge commit is a rollback, and the history says what it reverts", () => {
      const repo = governed(policy, v1);
      pr(repo, "v2", { [M]: { version: "v2", metrics: { auc: 0.95 } } });
      const merge = repo.merge("v2", "Merge pull request #2 from team/v2", "2026-02-02T00:00:00Z");
      repo.branch("revert-v2");
      repo.revert(merge, "2026-02-03T00:00:00Z");
      repo.checkout("main");
      const { code, report } = check(repo, "revert-v2");
      expect(report.changes[0]).toMatchObject({ kind: "rollback", from: "v2", to: "v1" });
      expect(code).toBe(0);
      repo.git("merge", "-q", "--ff-only", "revert-v2");
      const history = JSON.parse(cli(repo.dir, "history", "--format", "json").stdout);
      expect(history.map((e: { kind: string }) => e.kind)).toEqual(["new", "promotion", "rollback"]);
      expect(history[2].reverts).toBe(merge);
    });
  });

  it("3. a rollback to a state whose artifacts were deleted since fails the artifacts gate", () => {
    const weights = "weights v1\n";
    const repo = governed(
      "gates:\n  - { id: files, type: artifacts, path: artifacts.* }\n",
      { version: "v1", artifacts: { w: { path: "models/fraud/w1.bin", sha256: sha(weights) } } },
      { "models/fraud/w1.bin": weights },
    );
    repo.write({ [M]: { version: "v2", artifacts: { w: { path: "models/fraud/w2.bin", sha256: sha("w2\n") } } }, "models/fraud/w2.bin": "w2\n" });
    repo.remove("models/fraud/w1.bin").commit("v2, clean up v1 (#2)", "2026-01-10T00:00:00Z");
    const head = pr(repo, "back-to-v1", { [M]: { version: "v1", artifacts: { w: { path: "models/fraud/w1.bin", sha256: sha(weights) } } } });
    const { code, report } = check(repo, head);
    expect(report.changes[0].kind).toBe("rollback");
    expect(gateOf(report, "fraud", "files")).toMatchObject({ status: "fail", message: "1 artifact missing or not matching" });
    expect(code).toBe(1);
  });

  it("4. validate judges a snapshot: gates that need a change, time or a PR are skipped, a healthy production model passes", () => {
    const data = "a,b\n1,2\n";
    const policy = `gates:
  - { id: stages, type: transition, path: stage, order: [shadow, production] }
  - { id: ramp, type: rollout, path: rollout, steps: [10, 50, 100] }
  - { id: soaked, type: soak, min_days: 7 }
  - { id: data, type: file_hash, path: data_hash, files: ["data/*.csv"] }
  - { id: drift, type: psi, reference: drift.ref, current: drift.cur, lte: 0.2, when: "candidate.stage == 'shadow'" }
  - { id: better, type: regression, path: metrics.auc, better: higher }
  - { id: auc, type: range, path: metrics.auc, gte: 0.8 }
`;
    const hash = sha(`${sha(data)}  data/a.csv\n`);
    const repo = governed(policy, { version: "v3", stage: "production", rollout: 100, data_hash: hash, metrics: { auc: 0.9 } }, { "data/a.csv": data });
    const run = cli(repo.dir, "validate", "--format", "json");
    expect(run.code, run.stdout).toBe(0);
    const gates = Object.fromEntries(JSON.parse(run.stdout).changes[0].gates.map((g: { id: string; status: string }) => [g.id, g.status]));
    expect(gates).toEqual({ stages: "skip", ramp: "skip", soaked: "skip", data: "pass", drift: "skip", better: "skip", auc: "pass" });
  });

  it("5. a new version restarts the rollout ladder: v1 at 100 % → v2 at 100 % fails", () => {
    const repo = governed("gates:\n  - { id: ramp, type: rollout, path: rollout, steps: [10, 50, 100] }\n", { version: "v1", rollout: 100 });
    const jump = check(repo, pr(repo, "v2-full", { [M]: { version: "v2", rollout: 100 } }));
    expect(gateOf(jump.report, "fraud", "ramp")).toMatchObject({ status: "fail", message: "a new version v2 starts the rollout at 10%, not 100%" });
    expect(check(repo, pr(repo, "v2-start", { [M]: { version: "v2", rollout: 10 } })).code).toBe(0);
  });

  it("6. soak since: a back-dated date counts from the day the base branch got it", () => {
    const repo = governed("gates:\n  - { id: shadow-7d, type: soak, min_days: 7, since: shadow_start }\n", { version: "v1", stage: "production" });
    const head = pr(repo, "backdated", { [M]: { version: "v2", stage: "production", shadow_start: "2025-06-01T00:00:00Z" } });
    const { code, report } = check(repo, head, "2026-02-01T00:00:00Z");
    expect(code).toBe(1);
    expect(gateOf(report, "fraud", "shadow-7d").findings[0]).toMatchObject({ observed: 0, limit: 7, path: "shadow_start" });
  });

  it("7. regression compares numbers exactly as written, and fails a metric the candidate dropped", () => {
    const repo = governed("gates:\n  - { id: m, type: regression, path: metrics.*, better: higher }\n", {
      version: "v1",
      metrics: { auc: 0.8765432109876543, events: 1234567890123, recall: 0.7 },
    });
    const same = check(repo, pr(repo, "same", { [M]: { version: "v2", metrics: { auc: 0.8765432109876543, events: 1234567890123, recall: 0.7 } } }));
    expect(gateOf(same.report, "fraud", "m").status).toBe("pass");
    const drop = check(repo, pr(repo, "drop", { [M]: { version: "v2", metrics: { auc: 0.8765432109876543, events: 1234567890121 } } }));
    expect(gateOf(drop.report, "fraud", "m").findings.map((f) => [f.path, f.message])).toEqual([
      ["metrics.events", "metrics.events is 1234567890121, below the limit 1234567890123 (active 1234567890123, higher is better)"],
      ["metrics.recall", "metrics.recall is missing; the active version has 0.7"],
    ]);
  });

  it("7b. tolerances are exact decimals: 47.3 - 5 is 42.3, and 42.3 passes", () => {
    const repo = governed("gates:\n  - { id: m, type: regression, path: mfe, better: higher, max_drop: 5 }\n", { version: "v1", mfe: 47.3 });
    expect(gateOf(check(repo, pr(repo, "edge", { [M]: { version: "v2", mfe: 42.3 } })).report, "fraud", "m").status).toBe("pass");
    expect(gateOf(check(repo, pr(repo, "under", { [M]: { version: "v2", mfe: 42.299999999 } })).report, "fraud", "m").status).toBe("fail");
  });

  it("8. unchanged fails when its path matches nothing on either side", () => {
    const repo = governed("gates:\n  - { id: frozen, type: unchanged, path: feature_version }\n", { version: "v1" });
    const { code, report } = check(repo, pr(repo, "v2", { [M]: { version: "v2" } }));
    expect(code).toBe(1);
    expect(gateOf(report, "fraud", "frozen")).toMatchObject({ status: "fail", message: "feature_version is missing" });
  });

  it("9. a gate redefined with a type replaces the inherited one; without a type it patches it", () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/base.yaml": "version: 1\ngates:\n  - { id: auc, type: range, path: metrics.auc, gte: 0.9, message: inherited words }\n",
      ".modelgate/policy.yaml": "version: 1\nextends: [base.yaml]\ngates:\n  - { id: auc, type: regression, path: metrics.auc, better: higher }\n",
      [M]: { version: "v1", metrics: { auc: 0.5 } },
    });
    repo.commit("policy", "2026-01-01T00:00:00Z");
    const { report } = check(repo, pr(repo, "v2", { [M]: { version: "v2", metrics: { auc: 0.4 } } }));
    // Had the fields merged, range's gte and message would linger (and fail validation against regression).
    expect(gateOf(report, "fraud", "auc")).toMatchObject({ type: "regression", status: "fail" });
    expect(gateOf(report, "fraud", "auc").message).not.toBe("inherited words");
  });

  it("9b. a model: path that yields nothing is a configuration error, not a fallback to the file path", () => {
    const repo = governed('manifests:\n  - { glob: "models/*/manifest_active.json", model: meta.name }\ngates: []\n', {
      version: "v1",
      meta: { name: "fraud" },
    });
    const { code, report } = check(repo, pr(repo, "unnamed", { "models/x/manifest_active.json": { version: "v1" } }));
    expect(code).toBe(2);
    expect(report.errors[0]).toMatchObject({ file: "models/x/manifest_active.json", message: expect.stringContaining('names models by "meta.name"') });
  });

  it("9c. a manifest cannot rename itself into another model's rules", () => {
    const repo = governed(
      'manifests:\n  - { glob: "models/*/manifest_active.json", model: name }\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\nmodels:\n  sandbox: { disable: [auc] }\n',
      { version: "v1", name: "fraud", auc: 0.95 },
    );
    const { code, report } = check(repo, pr(repo, "rename", { [M]: { version: "v2", name: "sandbox", auc: 0.1 } }));
    expect(code).toBe(1);
    expect(report.changes[0].model).toBe("fraud");
    expect(gateOf(report, "fraud", "model-identity").status).toBe("fail");
    expect(gateOf(report, "fraud", "auc").status).toBe("fail");
  });

  describe("10. a change to a file a manifest points to re-judges that manifest", () => {
    const weights = "weights v1\n";
    const v1 = { version: "v1", artifacts: [{ path: "models/fraud/w.bin", sha256: sha(weights) }] };
    const policy = "gates:\n  - { id: files, type: artifacts, path: artifacts.* }\n";

    it("swapping the artifact's bytes alone fails: the manifest is judged as an update", () => {
      const repo = governed(policy, v1, { "models/fraud/w.bin": weights });
      const { code, report } = check(repo, pr(repo, "swap-bytes", { "models/fraud/w.bin": "other weights\n" }));
      expect(report.changes[0]).toMatchObject({ model: "fraud", kind: "update", files: ["models/fraud/w.bin"] });
      expect(gateOf(report, "fraud", "files").status).toBe("fail");
      expect(code).toBe(1);
    });

    it("the same version with swapped artifact digests fails: new weights need a new version", () => {
      const repo = governed(policy, v1, { "models/fraud/w.bin": weights });
      const head = pr(repo, "swap-digest", {
        [M]: { version: "v1", artifacts: [{ path: "models/fraud/w.bin", sha256: sha("evil\n") }] },
        "models/fraud/w.bin": "evil\n",
      });
      const { code, report } = check(repo, head);
      expect(report.changes[0].kind).toBe("update");
      expect(gateOf(report, "fraud", "files").findings[0].message).toBe("artifacts[0] changes under the same version v1; new weights need a new version");
      expect(code).toBe(1);
    });

    it("an unrelated file changes nothing", () => {
      const repo = governed(policy, v1, { "models/fraud/w.bin": weights });
      const { code, report } = check(repo, pr(repo, "docs", { "README.md": "hello\n" }));
      expect([code, report.changes]).toEqual([0, []]);
    });
  });

  describe("11. a PR that edits the policy must leave a policy that loads", () => {
    it("a models: patch to a gate that does not exist fails the PR that writes it", () => {
      const repo = governed("gates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n", { version: "v1", auc: 0.95 });
      const head = pr(repo, "break-policy", {
        ".modelgate/policy.yaml":
          "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\nmodels:\n  fraud: { gates: [{ id: acu, gte: 0.5 }] }\n",
      });
      const { code, report } = check(repo, head);
      expect(code).toBe(1);
      expect(report.errors[0]).toMatchObject({ file: ".modelgate/policy.yaml", line: 5, message: expect.stringContaining('no gate "acu" to change') });
      expect(report.errors[0].hint).toBe('did you mean "auc"?');
    });

    it("the adoption PR (base has no policy) validates the new policy and passes, saying when governance starts", () => {
      const repo = new TestRepo();
      repo.write({ [M]: { version: "v1" } }).commit("models", "2026-01-01T00:00:00Z");
      const good = check(repo, pr(repo, "adopt", { ".modelgate/policy.yaml": "version: 1\nextends: [modelgate:pivotquant]\n" }));
      expect(good.code).toBe(0);
      expect(good.report.notes?.[0]).toContain("Governance starts when it merges");
      const bad = check(repo, pr(repo, "adopt-bad", { ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: x, type: rnage }\n" }));
      expect(bad.code).toBe(1);
      expect(bad.report.errors[0].message).toContain('unknown gate type "rnage"');
    });
  });

  describe("12. policy mistakes are configuration errors with a place and, where one is near, a suggestion", () => {
    it("two gates with one id in one file", () => {
      const repo = governed("gates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n  - { id: auc, type: range, path: auc, lte: 1 }\n", {
        version: "v1",
        auc: 0.95,
      });
      const run = cli(repo.dir, "validate");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('.modelgate/policy.yaml:4:11: gate id "auc" appears twice in this file (also gates[0], line 3)');
    });

    it("a models: entry may change a gate an earlier entry added, in file order", () => {
      const repo = governed(
        'gates: []\nmodels:\n  "*":\n    gates: [{ id: auc, type: range, path: auc, gte: 0.9 }]\n  fraud:\n    gates: [{ id: auc, gte: 0.5 }]\n',
        { version: "v1", auc: 0.95 },
      );
      const { code, report } = check(repo, pr(repo, "v2", { [M]: { version: "v2", auc: 0.6 } }));
      expect(code).toBe(0);
      expect(gateOf(report, "fraud", "auc").status).toBe("pass");
    });

    it("a manifests glob that matches no file, beside files of its name, names the glob that would", () => {
      const repo = governed('manifests:\n  - { glob: "model/*/manifest_active.json" }\ngates: []\n', { version: "v1" });
      for (const run of [cli(repo.dir, "validate"), cli(repo.dir, "check", "--base", "main", "--head", pr(repo, "x", { "README.md": "x\n" }))]) {
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).toContain('did you mean "models/*/manifest_active.json"?');
      }
    });

    it("a gate path with a typo is blamed on the policy, at the gate's field, with the near path", () => {
      const repo = governed("gates:\n  - { id: auc-floor, type: range, path: metric.auc, gte: 0.7 }\n", { version: "v1", metrics: { auc: 0.9 } });
      const { code, report } = check(repo, pr(repo, "v2", { [M]: { version: "v2", metrics: { auc: 0.9 } } }));
      expect(code).toBe(2);
      expect(report.errors[0]).toMatchObject({
        file: ".modelgate/policy.yaml",
        line: 3,
        column: 41,
        message: 'gate "auc-floor": path metric.auc matches nothing in models/fraud/manifest_active.json',
        hint: "did you mean metrics.auc?",
      });
    });
  });

  it("a model re-added after its retirement is judged against its last served state", () => {
    const repo = governed("gates:\n  - { id: auc, type: regression, path: auc, better: higher }\n", { version: "v1", auc: 0.9 });
    repo.remove(M).commit("retire fraud (#2)", "2026-01-10T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "readd", { [M]: { version: "v2", auc: 0.5 } }));
    expect(report.changes[0]).toMatchObject({ kind: "promotion", from: "v1", to: "v2" });
    expect(gateOf(report, "fraud", "auc").status).toBe("fail");
    expect(code).toBe(1);
    expect(check(repo, pr(repo, "readd-same", { [M]: { version: "v1", auc: 0.9 } })).report.changes[0].kind).toBe("rollback");
  });

  it("soak on a model re-added after its manifest was deleted fails closed, naming the deletion, not the history", () => {
    const repo = governed("gates:\n  - { id: soaked, type: soak, min_days: 7 }\n", { version: "v1", auc: 0.9 });
    repo.remove(M).commit("retire fraud (#2)", "2026-01-10T00:00:00Z");
    const readd = check(repo, pr(repo, "readd", { [M]: { version: "v2", auc: 0.9 } }));
    expect(readd.report.changes[0]).toMatchObject({ kind: "promotion", from: "v1", to: "v2" });
    const gate = gateOf(readd.report, "fraud", "soaked");
    expect(gate.status).toBe("fail");
    expect(gate.message).toMatch(
      /^nothing has served at models\/fraud\/manifest_active\.json since it was deleted on the base branch \([0-9a-f]{7}, #2, 2026-01-10[^)]*\): no time to count toward 7 days; a model brought back needs a waiver or an override$/,
    );
    expect(gate.message).not.toContain("history does not reach back");
    expect(readd.code).toBe(1);
    // Once merged, the re-added version soaks from its own arrival: the retirement does not count.
    repo.git("merge", "-q", "--ff-only", "readd");
    const next = check(repo, pr(repo, "v3", { [M]: { version: "v3", auc: 0.9 } }), "2026-02-05T00:00:00Z");
    expect(gateOf(next.report, "fraud", "soaked")).toMatchObject({ status: "fail" });
    expect(gateOf(next.report, "fraud", "soaked").message).toContain("version v2, active since 2026-02-01");
    expect(check(repo, "v3", "2026-02-09T00:00:00Z").code).toBe(0);
  });
});
