import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkJson, cli, expectValidReport, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const POLICY = `version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: "{1}"
    version: version
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
  - { id: auc-regression, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
  - { id: latency, type: regression, path: metrics.p99_ms, better: lower, max_drop_pct: 10, severity: warning, on: [promotion] }
  - { id: rollback-reason, type: required, paths: [rollback_reason], on: [rollback] }
models:
  churn:
    gates: [{ id: auc-floor, gte: 0.9 }]
`;

const manifest = (version: string, auc: number, extra: object = {}) => ({ version, metrics: { auc, p99_ms: 100 }, ...extra });

/** main: fraud v1 then v2 (merged), churn v7; a policy at .modelgate/policy.yaml. */
function governedRepo(): TestRepo {
  const repo = new TestRepo();
  repo.write({
    ".modelgate/policy.yaml": POLICY,
    "models/fraud/manifest_active.json": manifest("v1", 0.8),
    "models/churn/manifest_active.json": manifest("v7", 0.95),
  });
  repo.commit("Base", "2026-01-01T00:00:00Z");
  repo
    .branch("promote-fraud-v2")
    .write({ "models/fraud/manifest_active.json": manifest("v2", 0.81) })
    .commit("fraud v2", "2026-01-05T00:00:00Z");
  repo.checkout("main").git("merge", "-q", "--no-ff", "-m", "Merge pull request #1 from team/promote-fraud-v2", "promote-fraud-v2");
  return repo;
}

describe("modelgate check on real git repositories", () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = governedRepo();
  });

  it("passes a promotion within every gate, exit 0", () => {
    repo
      .branch("p-pass")
      .write({ "models/fraud/manifest_active.json": manifest("v3", 0.8) })
      .commit("fraud v3");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "p-pass");
    expect(code).toBe(0);
    expect(report.result).toBe("pass");
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({
      model: "fraud",
      kind: "promotion",
      from: "v2",
      to: "v3",
      result: "pass",
      path: "models/fraud/manifest_active.json",
    });
    expect(report.changes[0].gates.map((g) => [g.id, g.status])).toEqual([
      ["auc-floor", "pass"],
      ["auc-regression", "pass"],
      ["latency", "pass"],
    ]);
    repo.checkout("main");
  });

  it("fails a regression with the path, observed, active, limit and file:line:column, exit 1", () => {
    repo
      .branch("p-regress")
      .write({ "models/fraud/manifest_active.json": manifest("v3", 0.75) })
      .commit("fraud v3 worse");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "p-regress");
    expect(code).toBe(1);
    expect(report.result).toBe("fail");
    const gate = gateOf(report, "fraud", "auc-regression");
    expect(gate.status).toBe("fail");
    expect(gate.findings).toEqual([
      expect.objectContaining({
        path: "metrics.auc",
        observed: 0.75,
        active: 0.81,
        limit: 0.79,
        file: "models/fraud/manifest_active.json",
        line: 4,
        column: 12,
      }),
    ]);
    expect(report.summary).toMatchObject({ changes: 1, failed: 1 });
    repo.checkout("main");
  });

  it("a warning-severity gate gives warn and does not fail the check", () => {
    repo
      .branch("p-slow")
      .write({ "models/fraud/manifest_active.json": { version: "v3", metrics: { auc: 0.81, p99_ms: 130 } } })
      .commit("slower");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "p-slow");
    expect(code).toBe(0);
    expect(gateOf(report, "fraud", "latency")).toMatchObject({ status: "warn", severity: "warning" });
    expect(report.summary.warned).toBe(1);
    repo.checkout("main");
  });

  it("classifies new, retire and update, and runs only the gates whose `on` names the kind", () => {
    repo
      .branch("p-kinds")
      .write({ "models/ranker/manifest_active.json": manifest("r1", 0.72), "models/churn/manifest_active.json": manifest("v7", 0.95, { owner: "@crm" }) })
      .remove("models/fraud/manifest_active.json")
      .commit("new ranker, churn metadata, retire fraud");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "p-kinds");
    expect(code).toBe(0);
    const byModel = Object.fromEntries(report.changes.map((c) => [c.model, c]));
    expect(byModel.ranker).toMatchObject({ kind: "new", from: null, to: "r1" });
    expect(byModel.ranker.gates.map((g) => g.id)).toEqual(["auc-floor"]);
    expect(byModel.fraud).toMatchObject({ kind: "retire", from: "v2", to: null, gates: [] });
    expect(byModel.churn).toMatchObject({ kind: "update", from: "v7", to: "v7" });
    repo.checkout("main");
  });

  it("recognises a rollback to a version active earlier on the base's first-parent history", () => {
    repo
      .branch("p-rollback")
      .write({ "models/fraud/manifest_active.json": manifest("v1", 0.8) })
      .commit("back to v1");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "p-rollback");
    expect(report.changes[0]).toMatchObject({ model: "fraud", kind: "rollback", from: "v2", to: "v1" });
    // Only gates that name `rollback` run; this one wants a reason.
    expect(report.changes[0].gates.map((g) => [g.id, g.status])).toEqual([["rollback-reason", "fail"]]);
    expect(code).toBe(1);
    // Content decides: v1's version string with other content is no rollback but a reused version.
    repo.write({ "models/fraud/manifest_active.json": manifest("v1", 0.8, { rollback_reason: "v2 drifted" }) }).commit("with reason");
    const reused = checkJson(repo.dir, "--base", "main", "--head", "p-rollback");
    expect(reused.code).toBe(1);
    expect(reused.report.changes[0]).toMatchObject({ kind: "promotion", from: "v2", to: "v1" });
    expect(gateOf(reused.report, "fraud", "version-identity").message).toMatch(/^version v1 served earlier with other content \([0-9a-f]{7}, 2026-01-01\)/);
    repo.checkout("main");
  });

  it("applies a models: entry to its model only", () => {
    repo
      .branch("p-churn")
      .write({ "models/churn/manifest_active.json": manifest("v8", 0.85), "models/fraud/manifest_active.json": manifest("v3", 0.85) })
      .commit("both");
    const { report } = checkJson(repo.dir, "--base", "main", "--head", "p-churn");
    expect(gateOf(report, "churn", "auc-floor")).toMatchObject({ status: "fail", findings: [expect.objectContaining({ limit: 0.9 })] });
    expect(gateOf(report, "fraud", "auc-floor").status).toBe("pass");
    repo.checkout("main");
  });

  it("counts only what the head adds since it forked, when the base has moved on", () => {
    repo
      .branch("p-old")
      .write({ "models/churn/manifest_active.json": manifest("v8", 0.96) })
      .commit("churn v8");
    repo
      .checkout("main")
      .write({ "models/fraud/manifest_active.json": manifest("v3", 0.82) })
      .commit("fraud v3 on main");
    const { report } = checkJson(repo.dir, "--base", "main", "--head", "p-old");
    expect(report.changes.map((c) => [c.model, c.kind, c.from, c.to])).toEqual([["churn", "promotion", "v7", "v8"]]);
    repo.git("reset", "-q", "--hard", "HEAD~1");
  });

  it("writes nothing: work tree and refs are unchanged after check and validate", () => {
    repo
      .branch("p-nowrite")
      .write({ "models/fraud/manifest_active.json": manifest("v3", 0.5) })
      .commit("bad");
    const before = repo.snapshot();
    checkJson(repo.dir, "--base", "main", "--head", "p-nowrite");
    cli(repo.dir, "validate");
    cli(repo.dir, "check", "--base", "main", "--format", "markdown");
    expect(repo.snapshot()).toBe(before);
    repo.checkout("main");
  });
});

describe("the policy in force", () => {
  it("comes from the base: a policy loosened on the pull request's own branch does not count", () => {
    const repo = governedRepo();
    repo
      .branch("loosen")
      .write({ ".modelgate/policy.yaml": POLICY.replace("gte: 0.7", "gte: 0.1"), "models/fraud/manifest_active.json": manifest("v3", 0.5) })
      .commit("lower the bar and promote");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "loosen");
    expect(code).toBe(1);
    expect(report.policy.ref).toBe(repo.git("rev-parse", "main").trim());
    expect(gateOf(report, "fraud", "auc-floor").findings[0].limit).toBe(0.7);
    // Linting the proposed policy is explicit.
    const lint = checkJson(repo.dir, "--base", "main", "--head", "loosen", "--policy-ref", "head");
    expect(gateOf(lint.report, "fraud", "auc-floor").status).toBe("pass");
  });

  it("waivers pass a failing gate until they expire, counted on their own", () => {
    const repo = new TestRepo();
    const waived = `${POLICY}waivers:\n  - { gate: auc-regression, model: fraud, reason: "known label shift, INC-42", expires: 2026-12-31 }\n`;
    repo.write({ ".modelgate/policy.yaml": waived, "models/fraud/manifest_active.json": manifest("v1", 0.8) }).commit("base");
    repo
      .branch("drop")
      .write({ "models/fraud/manifest_active.json": manifest("v2", 0.75) })
      .commit("drop");
    const during = checkJson(repo.dir, "--base", "main", "--head", "drop", "--now", "2026-12-31T12:00:00Z");
    expect(during.code).toBe(0);
    expect(gateOf(during.report, "fraud", "auc-regression")).toMatchObject({
      status: "overridden",
      override: { by: "waiver", reason: "known label shift, INC-42", expires: "2026-12-31" },
    });
    expect(during.report.summary).toMatchObject({ waived: 1, failed: 0 });
    const after = checkJson(repo.dir, "--base", "main", "--head", "drop", "--now", "2027-01-01T00:00:00Z");
    expect(after.code).toBe(1);
    expect(gateOf(after.report, "fraud", "auc-regression").message).toContain("a waiver expired on 2026-12-31");
  });

  it("an invalid policy is exit 2 with file:line:column", () => {
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: a, type: range, path: x, gte: high }\n",
        "models/a/manifest_active.json": manifest("v1", 1),
      })
      .commit("base");
    const run = cli(repo.dir, "check", "--base", "main", "--head", "main");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".modelgate/policy.yaml:3:");
    expect(run.stderr).toContain("must be a number, not");
    const json = cli(repo.dir, "check", "--base", "main", "--head", "main", "--format", "json");
    const report = expectValidReport(JSON.parse(json.stdout));
    expect(report.result).toBe("error");
    expect(report.errors[0]).toMatchObject({ file: ".modelgate/policy.yaml", line: 3 });
  });

  it("a missing policy or unknown ref is exit 2 with what to do", () => {
    const repo = new TestRepo();
    repo.write({ "models/a/manifest_active.json": manifest("v1", 1) }).commit("base");
    const noPolicy = cli(repo.dir, "check", "--base", "main");
    expect(noPolicy.code).toBe(2);
    expect(noPolicy.stderr).toContain("policy file .modelgate/policy.yaml does not exist");
    expect(noPolicy.stderr).toContain("modelgate init");
    const badRef = cli(repo.dir, "check", "--base", "nope");
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('base "nope" is not a commit in this repository');
    expect(badRef.stderr).toContain("fetch-depth: 0");
    expect(badRef.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("bad governed files", () => {
  it("a malformed manifest fails with file:line:column while the other models are still judged", () => {
    const repo = governedRepo();
    repo
      .branch("broken")
      .write({
        "models/fraud/manifest_active.json": '{\n  "version": "v3",\n  "metrics": { "auc": 0.9, }\n}\n',
        "models/churn/manifest_active.json": manifest("v8", 0.96),
      })
      .commit("oops");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "broken");
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "models/fraud/manifest_active.json", line: 3, column: 28, message: "invalid JSON: property name expected" }),
    ]);
    expect(report.changes.find((c) => c.model === "fraud")?.result).toBe("fail");
    expect(report.changes.find((c) => c.model === "churn")).toMatchObject({ result: "pass", kind: "promotion" });
    const text = cli(repo.dir, "check", "--base", "main", "--head", "broken");
    expect(text.stdout).toContain("models/fraud/manifest_active.json:3:28: invalid JSON: property name expected");
  });

  it("an artifact path with .. or an absolute path is refused, never read", () => {
    const repo = new TestRepo();
    const policy = "version: 1\ngates:\n  - { id: artifacts, type: artifacts, path: artifacts.* }\n";
    repo.write({ ".modelgate/policy.yaml": policy, "models/a/manifest_active.json": { version: "v1", artifacts: {} } }).commit("base");
    repo
      .branch("escape")
      .write({ "models/a/manifest_active.json": { version: "v2", artifacts: { up: "../../../../etc/passwd", abs: "/etc/passwd" } } })
      .commit("escape");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "escape");
    expect(code).toBe(1);
    expect(gateOf(report, "a", "artifacts").findings.map((f) => f.message)).toEqual([
      'artifacts.up: the path contains ".."; artifacts must stay inside the repository',
      "artifacts.abs: absolute paths are not allowed; write a path relative to the repository",
    ]);
  });

  it("a manifest committed as a symbolic link is refused, not followed", () => {
    const repo = governedRepo();
    repo.branch("link").remove("models/fraud/manifest_active.json");
    symlinkSync("../churn/manifest_active.json", join(repo.dir, "models/fraud/manifest_active.json"));
    repo.commit("fraud now points at churn");
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "link");
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "models/fraud/manifest_active.json", message: "a governed manifest must be a regular file, this is a symlink" }),
    ]);
  });
});

describe("modelgate validate", () => {
  it("checks every governed manifest at one commit with the single-manifest gates", () => {
    const repo = governedRepo();
    let run = cli(repo.dir, "validate", "--format", "json");
    let report = expectValidReport(JSON.parse(run.stdout));
    expect(run.code).toBe(0);
    expect(report.base).toBeNull();
    expect(report.changes.map((c) => [c.model, c.to, c.gates.map((g) => g.id).join(",")])).toEqual([
      ["churn", "v7", "auc-floor"],
      ["fraud", "v2", "auc-floor"],
    ]);
    repo.write({ "models/fraud/manifest_active.json": manifest("v2", 0.6) }).commit("direct push below the floor");
    run = cli(repo.dir, "validate", "--format", "json");
    report = expectValidReport(JSON.parse(run.stdout));
    expect(run.code).toBe(1);
    expect(gateOf(report, "fraud", "auc-floor").status).toBe("fail");
  });
});
