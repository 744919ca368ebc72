import { describe, expect, it } from "vitest";
import { checkJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Red team, second pass on "a model keeps its manifest's path" (redmove.test.ts): pull requests
 * on real repositories, judged by the built CLI.
 */

const POLICY = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: name }
gates:
  - { id: soaked, type: soak, min_days: 7 }
  - { id: auc, type: regression, path: auc, better: higher, max_drop: 0.01 }
`;
const FRAUD = "models/fraud/manifest_active.json";
const MOVED = "models/fraud-x/manifest_active.json";
const NOW = "2026-03-01T12:00:00Z";

/** main: the policy; fraud serves v1 from 2026-01-01 (#1) and v2 since 2026-02-28 (#2). */
function serving(): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { name: "fraud", version: "v1", auc: 0.95 } }).commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  repo.write({ [FRAUD]: { name: "fraud", version: "v2", auc: 0.96 } }).commit("Promote v2 (#2)", "2026-02-28T00:00:00Z");
  return repo;
}

/** A pull request: one commit on a branch from main writing files (null deletes). */
function pr(repo: TestRepo, branch: string, files: Record<string, object | null>): string {
  repo.branch(branch, "main");
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.remove(path);
    else repo.write({ [path]: content });
  }
  repo.commit(branch, "2026-03-01T00:00:00Z");
  repo.checkout("main");
  return branch;
}

const check = (repo: TestRepo, head: string) => checkJson(repo.dir, "--base", "main", "--head", head, "--now", NOW);

describe("a head forked before the base moved on", () => {
  it("a model the base retired since the fork is not held by the head's stale copy of its manifest", () => {
    // The pull request forks while fraud serves; main then retires fraud (#3). Merged, the pull
    // request adds fraud at another path than the one it served at: as on a branch forked after #3,
    // it is refused for that (readd-elsewhere.test.ts), not as a second manifest of a model that serves.
    const repo = serving();
    const stale = pr(repo, "stale", { [MOVED]: { name: "fraud", version: "v1", auc: 0.9 } });
    const retire = repo.remove(FRAUD).commit("Retire fraud (#3)", "2026-02-28T12:00:00Z");
    const fresh = pr(repo, "fresh", { [MOVED]: { name: "fraud", version: "v1", auc: 0.9 } });
    const expected = [
      {
        file: MOVED,
        message: `${MOVED} names model fraud, which served at ${FRAUD} until it was deleted on the base branch (${retire.slice(0, 7)}, #3, 2026-02-28 12:00 UTC): a model keeps its manifest's path (at a new path it would be judged as new, without its history)`,
        hint: `add it at ${FRAUD}, where it is judged against its last served state; a different model takes a name of its own`,
      },
    ];

    const up = check(repo, fresh);
    expect(up.report.errors).toEqual(expected);
    expect(up.code).toBe(1);

    const { code, report } = check(repo, stale);
    expect(report.errors).toEqual(expected);
    expect(report.changes.map((c) => [c.path, c.kind])).toEqual([[MOVED, "new"]]);
    expect(code).toBe(1);
  });

  it("a model the base still serves is still held by the manifest the head kept", () => {
    const repo = serving();
    const stale = pr(repo, "stale", { [MOVED]: { name: "fraud", version: "v1", auc: 0.9 } });
    repo.write({ "models/churn/manifest_active.json": { name: "churn", version: "v1", auc: 0.9 } }).commit("Add churn (#3)", "2026-02-28T12:00:00Z");
    const { code, report } = check(repo, stale);
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      { file: MOVED, message: `${MOVED} names a model that ${FRAUD} already names: one model, one manifest`, hint: "give the new model its own name" },
    ]);
  });
});

describe("a submodule where governed manifests live", () => {
  /** A gitlink (a commit of another repository) at `path` on a branch from main; `also` writes files (null deletes). */
  function withSubmodule(repo: TestRepo, branch: string, path: string, also: Record<string, object | null> = {}): string {
    repo.branch(branch, "main");
    for (const [p, content] of Object.entries(also)) {
      if (content === null) repo.remove(p);
      else repo.write({ [p]: content });
    }
    repo.git("add", "-A");
    // Any commit id will do: the other repository's files are never in this one.
    repo.git("update-index", "--add", "--cacheinfo", `160000,${repo.git("rev-parse", "HEAD").trim()},${path}`);
    repo.git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", branch);
    repo.checkout("main");
    return branch;
  }

  it("a model moved into a submodule's folder serves a manifest no gate saw: refused, where it passed as a retirement", () => {
    // The submodule's own manifest_active.json (name fraud, the worse v3) is what a checkout with submodules serves.
    const repo = serving();
    const { code, report } = check(repo, withSubmodule(repo, "into-submodule", "models/fraud-x", { [FRAUD]: null }));
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      {
        file: "models/fraud-x",
        message: "models/fraud-x is a submodule where governed manifests live: the manifests it serves are another repository's, and pass no gate",
        hint: "commit the model's folder and manifest themselves, not a submodule",
      },
    ]);
  });

  it("a submodule outside the governed layout, or inside a model's folder beside its manifest, is not refused", () => {
    const repo = serving();
    for (const path of ["vendor/lib", "models/fraud/weights"]) {
      const { code, report } = check(repo, withSubmodule(repo, `ok-${path.replaceAll("/", "-")}`, path));
      expect(report.errors).toEqual([]);
      expect(code).toBe(0);
    }
  });
});
