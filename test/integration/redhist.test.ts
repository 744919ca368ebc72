import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, expectValidReport } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

// Red team over the streamed history (per-batch logs, the base's manifest reused from the
// history's newest state, blobs shared between reads). Each test is a pull request whose
// report must be what git's content at each path says, whatever other path holds the same bytes.

function check(repo: TestRepo) {
  const run = cli(repo.dir, "check", "--base", "main", "--head", "work", "--format", "json");
  return { code: run.code, report: expectValidReport(JSON.parse(run.stdout)), stderr: run.stderr };
}

describe("one blob at two governed paths", () => {
  it("a .json manifest whose base is not JSON is refused, even when a .yaml manifest holds the same bytes", () => {
    // The history parsed the shared blob once, as YAML for conf/a/manifest.yaml, and the base of
    // models/a/manifest.json was taken from that parse: a base that is not JSON read as valid, the
    // pull request passed (exit 0) where modelgate refused it before.
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": [
          "version: 1",
          "manifests:",
          '  - { glob: "conf/*/manifest.yaml", model: "{1}-conf" }',
          '  - { glob: "models/*/manifest.json", model: "{1}" }',
          "gates:",
          "  - { id: auc, type: range, path: auc, gte: 0.9 }",
          "",
        ].join("\n"),
        "conf/a/manifest.yaml": "version: v1\nauc: 0.95\n",
        "models/a/manifest.json": "version: v1\nauc: 0.95\n",
      })
      .commit("v1");
    repo.branch("work");
    repo.write({ "conf/a/manifest.yaml": "version: v2\nauc: 0.97\n", "models/a/manifest.json": { version: "v2", auc: 0.97 } }).commit("v2");
    const { code, report } = check(repo);
    expect(code).toBe(1);
    const json = report.changes.find((c) => c.path === "models/a/manifest.json");
    expect({ kind: json?.kind, from: json?.from, result: json?.result }).toEqual({ kind: "update", from: null, result: "fail" });
    expect(report.errors.map((e) => [e.file, e.message])).toEqual([["models/a/manifest.json", "invalid JSON: invalid symbol"]]);
  });

  it("a .yaml manifest's history is its own when a .json manifest held the same bytes: its return to v1 is a rollback", () => {
    // Before: the history's parse cache was keyed by the blob alone; a/m.json comes first in the
    // commit, failed as JSON, and b/m.yaml's every state read as unparseable: its rollback to v1
    // was judged as a promotion and failed the gate v1 had been promoted under.
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": [
          "version: 1",
          "manifests:",
          '  - { glob: "a/*.json", model: "json-{1}" }',
          '  - { glob: "b/*.yaml", model: "yaml-{1}" }',
          "gates:",
          "  - { id: auc, type: range, path: auc, gte: 0.9 }",
          "",
        ].join("\n"),
        "a/m.json": "version: v1\nauc: 0.85\n",
        "b/m.yaml": "version: v1\nauc: 0.85\n",
      })
      .commit("v1");
    repo.write({ "b/m.yaml": "version: v2\nauc: 0.95\n" }).commit("v2");
    repo.branch("work");
    repo.write({ "b/m.yaml": "version: v1\nauc: 0.85\n", "a/m.json": { version: "v3", auc: 0.97 } }).commit("roll b back, fix a");
    const { report } = check(repo);
    const yaml = report.changes.find((c) => c.path === "b/m.yaml");
    expect({ kind: yaml?.kind, from: yaml?.from, to: yaml?.to, result: yaml?.result }).toEqual({ kind: "rollback", from: "v2", to: "v1", result: "pass" });
  });

  it("a finding on the active manifest names that manifest, not another path with the same content", () => {
    // production and shadow held one content; retiring the shadow from a stage retire_from does not
    // allow pointed the finding at manifest_active.json.
    const repo = new TestRepo();
    const v1 = `${JSON.stringify({ version: "v1", stage: "live" })}\n`;
    repo
      .write({
        ".modelgate/policy.yaml": [
          "version: 1",
          "manifests:",
          '  - { glob: "models/*/manifest_active.json", alias: production }',
          '  - { glob: "models/*/manifest_shadow.json", alias: shadow }',
          "gates:",
          "  - { id: stage, type: transition, path: stage, order: [staging, live, archived], retire_from: [archived] }",
          "",
        ].join("\n"),
        "models/a/manifest_active.json": v1,
        "models/a/manifest_shadow.json": v1,
      })
      .commit("v1");
    repo.branch("work");
    repo.remove("models/a/manifest_shadow.json");
    repo.write({ "models/a/manifest_active.json": { version: "v1", stage: "archived" } }).commit("archive, retire the shadow");
    const { code, report } = check(repo);
    expect(code).toBe(1);
    const shadow = report.changes.find((c) => c.path === "models/a/manifest_shadow.json");
    expect(shadow?.kind).toBe("retire");
    expect(shadow?.gates.flatMap((g) => g.findings.map((f) => f.file))).toEqual(["models/a/manifest_shadow.json"]);
  });
});

describe("a pull request of three batches over two top folders", () => {
  // alpha/ fills the first batch and part of the second, beta/ the rest: batches read their
  // history from different logs (each batch's covering folders differ), and the kinds that
  // only history decides must hold in every batch.
  const N = 300;
  const pad = (i: number) => String(i).padStart(3, "0");
  const at = (top: string, i: number) => `${top}/m${pad(i)}/manifest.json`;
  const v = (version: string, stage = "live", auc = 0.95) => ({ version, auc, stage });
  const POLICY = [
    "version: 1",
    "manifests:",
    '  - { glob: "alpha/*/manifest.json", model: "{1}" }',
    '  - { glob: "beta/*/manifest.json", model: "b-{1}" }',
    "gates:",
    "  - { id: auc, type: range, path: auc, gte: 0.9 }",
    "  - { id: stage, type: transition, path: stage, order: [staging, live, archived], demote: { live: [staging] }, retire_from: [archived] }",
    "  - { id: soak, type: soak, min_days: 5, on: [promotion] }",
    "",
  ].join("\n");

  it("rollbacks, a re-added model, a reverted promotion, a demotion and a retirement are known in batches 2 and 3", () => {
    const repo = new TestRepo();
    const all: Record<string, object | string> = { ".modelgate/policy.yaml": POLICY };
    for (const top of ["alpha", "beta"]) for (let i = 0; i < N; i++) all[at(top, i)] = v("v1");
    repo.write(all).commit("v1", "2026-01-01T00:00:00Z");
    repo.write({ [at("alpha", 270)]: v("v2", "live", 0.97), [at("beta", 280)]: v("v2", "live", 0.97) }).commit("v2 of two", "2026-01-10T00:00:00Z");
    repo.remove(at("beta", 240)).commit("retire beta m240", "2026-01-11T00:00:00Z");
    const promoted = repo.write({ [at("alpha", 290)]: v("v2", "live", 0.5) }).commit("v2 of alpha m290", "2026-01-12T00:00:00Z");
    repo.git("revert", "--no-edit", promoted);
    repo.branch("work");
    const pr: Record<string, object> = {};
    for (const top of ["alpha", "beta"]) for (let i = 0; i < N; i++) pr[at(top, i)] = v("v3", "live", 0.96);
    pr[at("alpha", 270)] = v("v1"); // batch 2: back to what served
    pr[at("beta", 280)] = v("v1"); // batch 3
    pr[at("beta", 240)] = v("v5", "live", 0.96); // batch 2: re-added, judged against v1
    pr[at("alpha", 290)] = v("v2", "live", 0.5); // batch 2: the reverted v2 again
    pr[at("alpha", 260)] = v("v1", "staging"); // batch 2: a step back of v1
    repo.write(pr);
    repo.remove(at("beta", 299)); // batch 3: retired from live
    repo.commit("pr", "2026-02-01T00:00:00Z");
    const run = cli(repo.dir, "check", "--base", "main", "--head", "work", "--format", "json", "--now", "2026-02-02T00:00:00Z");
    const report = expectValidReport(JSON.parse(run.stdout));
    expect(report.errors).toEqual([]);
    expect(report.changes).toHaveLength(2 * N);
    const special: Record<string, [string, string | null, string | null, string]> = {
      [at("alpha", 260)]: ["demotion", "v1", "v1", "pass"],
      [at("alpha", 270)]: ["rollback", "v2", "v1", "pass"],
      [at("alpha", 290)]: ["rollback", "v1", "v2", "pass"], // it served, a day, before its revert: rollbacks run no gates by default
      // Judged against its last served state; nothing has served at its path since the deletion, so soak fails closed.
      [at("beta", 240)]: ["promotion", "v1", "v5", "fail"],
      [at("beta", 280)]: ["rollback", "v2", "v1", "pass"],
      [at("beta", 299)]: ["retire", "v1", null, "fail"],
    };
    for (const c of report.changes) {
      const want = special[c.path] ?? ["promotion", "v1", "v3", "pass"];
      expect([c.kind, c.from, c.to, c.result], c.path).toEqual(want);
    }
    expect(run.code).toBe(1);
  });
});

describe("a history git cannot read whole", () => {
  it("a manifest's older state missing from the clone stops the check, not read as a deletion", () => {
    // The log asked git for every state; a blob it lacked read as no content: v1's commit became
    // the model's retirement and v2 a new model (history showed it so), so a rollback to v1 or
    // time served would be judged from a history git does not have.
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n",
        "models/m/manifest_active.json": { version: "v1", auc: 0.95 },
      })
      .commit("v1");
    const lost = repo.git("rev-parse", "HEAD:models/m/manifest_active.json").trim();
    repo.write({ "models/m/manifest_active.json": { version: "v2", auc: 0.96 } }).commit("v2");
    repo.branch("work");
    repo.write({ "models/m/manifest_active.json": { version: "v3", auc: 0.97 } }).commit("v3");
    rmSync(join(repo.dir, ".git", "objects", lost.slice(0, 2), lost.slice(2)));
    const run = cli(repo.dir, "check", "--base", "main", "--head", "work", "--format", "json");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`git cannot read models/m/manifest_active.json (blob ${lost}): it is missing from this clone`);
    const history = cli(repo.dir, "history");
    expect(history.code).toBe(2);
  });

  it("a submodule once at a governed path is no content, as before, not a missing blob", () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n", "README.md": "x\n" }).commit("policy");
    // A gitlink at the manifest's path, naming a commit this repository does not have.
    repo.git("update-index", "--add", "--cacheinfo", `160000,${"1".repeat(40)},models/m/manifest_active.json`);
    repo.git("commit", "-q", "-m", "a submodule");
    repo.git("rm", "-q", "--cached", "models/m/manifest_active.json");
    repo.git("commit", "-q", "-m", "no submodule");
    repo.branch("work");
    repo.write({ "models/m/manifest_active.json": { version: "v1", auc: 0.95 } }).commit("v1");
    const { code, report } = check(repo);
    expect(code).toBe(0);
    expect(report.changes.map((c) => [c.path, c.kind, c.result])).toEqual([["models/m/manifest_active.json", "new", "pass"]]);
  });
});
