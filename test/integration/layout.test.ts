import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkJson, cli, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/** Paths that would serve a manifest no gate saw (issue 12, items 13–15), refused on real repositories. */

const POLICY = "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n";

function repoWith(policy = POLICY, models: Record<string, object> = { fraud: { version: "v1", auc: 0.95 } }): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": policy });
  for (const [name, m] of Object.entries(models)) repo.write({ [`models/${name}/manifest_active.json`]: m });
  repo.commit("governed", "2026-01-01T00:00:00Z");
  return repo;
}

const check = (repo: TestRepo, head: string) => checkJson(repo.dir, "--base", "main", "--head", head, "--now", "2026-03-01T00:00:00Z");

describe("a manifest no gate saw is refused (issue 12, 13–15)", () => {
  it("13. a directory symlink into the governed layout serves a manifest no gate saw: refused", () => {
    const repo = repoWith();
    repo.branch("link").write({ "vendor/x/manifest_active.json": { version: "v1", auc: 0.01 } });
    symlinkSync("../vendor/x", join(repo.dir, "models/turbo"));
    repo.commit("turbo", "2026-02-01T00:00:00Z");
    const { code, report } = check(repo, "link");
    expect(code).toBe(1);
    expect(report.errors[0]).toMatchObject({ file: "models/turbo", message: expect.stringContaining("is a symbolic link where governed manifests live") });
  });

  it("13b. replacing a model's folder by a symlink is no quiet retirement", () => {
    const repo = repoWith();
    repo.branch("swap").write({ "vendor/y/manifest_active.json": { version: "v9", auc: 0.01 } });
    repo.remove("models/fraud");
    symlinkSync("../vendor/y", join(repo.dir, "models/fraud"));
    repo.commit("swap", "2026-02-01T00:00:00Z");
    const { code, report } = check(repo, "swap");
    expect(code).toBe(1);
    expect(report.errors.map((e) => e.file)).toContain("models/fraud");
  });

  it("14. a model's name comes from the base: a manifest naming itself like another model is refused, and history keeps one identity per path", () => {
    const policy =
      'version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: name }\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n';
    const repo = repoWith(policy, { a: { version: "v1", name: "fraud", auc: 0.95 } });
    repo
      .branch("twin")
      .write({ "models/b/manifest_active.json": { version: "v1", name: "fraud", auc: 0.99 } })
      .commit("twin", "2026-02-01T00:00:00Z");
    const twin = check(repo, "twin");
    expect(twin.code).toBe(1);
    expect(twin.report.errors[0].message).toBe(
      "models/b/manifest_active.json names a model that models/a/manifest_active.json already names: one model, one manifest",
    );
    // A rename merged anyway (say, before this rule) does not move the model in the registry.
    repo
      .checkout("main")
      .write({ "models/a/manifest_active.json": { version: "v2", name: "sandbox", auc: 0.95 } })
      .commit("rename", "2026-02-02T00:00:00Z");
    const status = JSON.parse(cli(repo.dir, "status", "--format", "json", "--now", "2026-03-01T00:00:00Z").stdout);
    expect(status.map((s: { model: string; path: string }) => [s.model, s.path])).toEqual([["fraud", "models/a/manifest_active.json"]]);
    expect(cli(repo.dir, "rollback", "sandbox").code).toBe(2);
  });

  it("15. a path that differs from a governed one only in case or Unicode form is refused", () => {
    const repo = repoWith(POLICY, { fraud: { version: "v1", auc: 0.95 }, "caf\u00e9": { version: "v1", auc: 0.95 } });
    repo
      .branch("case")
      .write({ "models/Fraud/manifest_active.json": { version: "v1", auc: 0.1 } })
      .commit("case", "2026-02-01T00:00:00Z");
    const upper = check(repo, "case");
    expect(upper.code).toBe(1);
    expect(upper.report.errors[0].message).toContain(
      "models/Fraud/manifest_active.json and models/fraud/manifest_active.json differ only in case or Unicode form",
    );

    repo
      .checkout("main")
      .branch("nfd")
      .write({ "models/cafe\u0301/manifest_active.json": { version: "v2", auc: 0.1 } })
      .commit("nfd", "2026-02-01T00:00:00Z");
    expect(check(repo, "nfd").report.errors[0].message).toContain("differ only in case or Unicode form");

    repo
      .checkout("main")
      .branch("top")
      .write({ "Models/fraud/manifest_active.json": { version: "v2", auc: 0.1 } })
      .commit("top", "2026-02-01T00:00:00Z");
    const top = check(repo, "top");
    expect(top.code).toBe(1);
    expect(top.report.errors[0]).toMatchObject({
      file: "Models/fraud/manifest_active.json",
      message: expect.stringContaining("differs from the governed layout only in case"),
    });
    repo.checkout("main");
    // An honest promotion still passes.
    repo
      .branch("ok")
      .write({ "models/fraud/manifest_active.json": { version: "v2", auc: 0.96 } })
      .commit("ok", "2026-02-01T00:00:00Z");
    const ok = check(repo, "ok");
    expect(ok.code).toBe(0);
    expect(gateOf(ok.report, "fraud", "auc").status).toBe("pass");
  });
});
