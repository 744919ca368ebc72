import { describe, expect, it } from "vitest";
import { checkJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Red team of a session's change: soak skipped a model "re-added after its retirement", read from
 * the path's history alone, so a model still serving at another path stepped around it, and the
 * skip dropped max_rollbacks. Soak now fails closed there. Each test is a pull request on a real
 * repository, judged by the built CLI.
 */

const check = (repo: TestRepo, head: string, now: string) => checkJson(repo.dir, "--base", "main", "--head", head, "--now", now);

describe("soak: a retired path is not a retired model", () => {
  it("a model serving at one manifest path dodges soak by moving back to a path it was retired from", () => {
    // fraud is named by its folder; its manifest may be YAML or JSON. It moved from manifest.yaml to
    // manifest.json in January (the YAML path's history ends in a deletion), and v2 was promoted at
    // manifest.json yesterday. Changing manifest.json to v3 fails soak (v2 served 1.5 days of 7);
    // the same v3 written to manifest.yaml, with manifest.json deleted, must fail too.
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": [
          "version: 1",
          "manifests:",
          '  - { glob: "models/*/manifest.yaml", model: "{1}" }',
          '  - { glob: "models/*/manifest.json", model: "{1}" }',
          "gates:",
          "  - { id: soaked, type: soak, min_days: 7 }",
          "",
        ].join("\n"),
        "models/fraud/manifest.yaml": "version: v1\nauc: 0.9\n",
      })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    repo.remove("models/fraud/manifest.yaml").write({ "models/fraud/manifest.json": { version: "v1", auc: 0.9 } });
    repo.commit("fraud's manifest in JSON (#2)", "2026-01-15T00:00:00Z");
    repo.write({ "models/fraud/manifest.json": { version: "v2", auc: 0.91 } }).commit("Promote fraud v2 (#3)", "2026-02-28T00:00:00Z");
    const now = "2026-03-01T12:00:00Z";

    repo.branch("direct");
    repo.write({ "models/fraud/manifest.json": { version: "v3", auc: 0.92 } }).commit("fraud v3", now);
    repo.checkout("main");
    const direct = check(repo, "direct", now);
    expect(direct.code).toBe(1); // holds: v2 has not soaked

    repo.branch("via-yaml");
    repo.remove("models/fraud/manifest.json").write({ "models/fraud/manifest.yaml": "version: v3\nauc: 0.92\n" });
    repo.commit("fraud v3, back in YAML", now);
    repo.checkout("main");
    const { code, report } = check(repo, "via-yaml", now);
    const yaml = report.changes.find((c) => c.path === "models/fraud/manifest.yaml");
    const soaked = yaml?.gates.find((g) => g.id === "soaked");
    // v2 serves fraud at the base since yesterday: soak fails, as it does for `direct` (the skip passed it).
    expect(soaked?.status, soaked?.message).toBe("fail");
    expect(code).toBe(1);
  });

  it("max_rollbacks still counts the rollbacks of a model re-added after its retirement", () => {
    // "7 days soaked, no rollback in 60 days" is one gate. fraud was rolled back on 2026-02-05 and
    // retired on 2026-02-20; re-added with a new version on 2026-03-01, the rollback within the
    // window still counts.
    const M = "models/fraud/manifest_active.json";
    const repo = new TestRepo();
    repo
      .write({
        ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: steady, type: soak, min_days: 7, max_rollbacks: 0, window: 60d }\n",
        [M]: { version: "v1" },
      })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    repo.write({ [M]: { version: "v2" } }).commit("Promote v2 (#2)", "2026-02-01T00:00:00Z");
    repo.write({ [M]: { version: "v1" } }).commit("Roll back to v1 (#3)", "2026-02-05T00:00:00Z");
    repo.remove(M).commit("Retire fraud (#4)", "2026-02-20T00:00:00Z");
    repo.branch("readd");
    repo.write({ [M]: { version: "v3" } }).commit("fraud v3", "2026-03-01T00:00:00Z");
    repo.checkout("main");
    const { code, report } = check(repo, "readd", "2026-03-01T12:00:00Z");
    const steady = report.changes[0].gates.find((g) => g.id === "steady");
    // 1 rollback since 2026-01-01 (v2 → v1 on 2026-02-05), at most 0 allowed: it fails (the skip passed it).
    expect(steady?.status, steady?.message).toBe("fail");
    expect(steady?.message).toContain("rollback");
    expect(code).toBe(1);
  });
});
