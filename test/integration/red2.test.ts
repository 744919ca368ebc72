import { describe, expect, it } from "vitest";
import { checkJson } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Red team on "a model retired on the base keeps its manifest's path" (readd-elsewhere.test.ts):
 * pull requests on real repositories, judged by the built CLI.
 */

const POLICY = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: name }
gates:
  - { id: auc, type: regression, path: auc, better: higher, max_drop: 0.01 }
`;
const FRAUD = "models/fraud/manifest_active.json";
const MOVED = "models/fraud-x/manifest_active.json";
const NOW = "2026-03-01T12:00:00Z";
const WORSE = { name: "fraud", version: "v3", auc: 0.5 };
const KEEP = "a model keeps its manifest's path (at a new path it would be judged as new, without its history)";

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

/** main: fraud serves v1 (#1) and v2 (#2), retired by #3. */
function retired(): { repo: TestRepo; retire: string } {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { name: "fraud", version: "v1", auc: 0.95 } }).commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  repo.write({ [FRAUD]: { name: "fraud", version: "v2", auc: 0.96 } }).commit("Promote v2 (#2)", "2026-01-05T00:00:00Z");
  const retire = repo.remove(FRAUD).commit("Retire fraud (#3)", "2026-01-10T00:00:00Z");
  return { repo, retire };
}

describe("a retired model's path taken by another model since", () => {
  // Only the newest addition or deletion of each path was looked at: once a decoy model was added at
  // fraud's old path (judged against fraud's last state there, which it matches, so it passes), fraud's
  // deletion was forgotten and a worse fraud passed as new at another path, its regression skipped.
  it("a decoy added at the old path, still serving: the model is refused elsewhere, told to take a name of its own", () => {
    const { repo, retire } = retired();
    const decoy = pr(repo, "decoy", { [FRAUD]: { name: "decoy", version: "d1", auc: 0.96 } });
    expect(check(repo, decoy).code).toBe(0);
    repo.git("merge", "-q", "--ff-only", decoy);
    const { code, report } = check(repo, pr(repo, "elsewhere", { [MOVED]: WORSE }));
    expect(report.errors).toEqual([
      {
        file: MOVED,
        message: `${MOVED} names model fraud, which served at ${FRAUD} until it was deleted on the base branch (${retire.slice(0, 7)}, #3, 2026-01-10): ${KEEP}`,
        hint: `${FRAUD} holds another model since: give this model a name of its own`,
      },
    ]);
    expect(code).toBe(1);
  });

  it("a decoy added at the old path and retired: the model is refused elsewhere, sent back to its path", () => {
    const { repo, retire } = retired();
    repo.write({ [FRAUD]: { name: "decoy", version: "d1", auc: 0.96 } }).commit("Add decoy (#4)", "2026-01-20T00:00:00Z");
    repo.remove(FRAUD).commit("Retire decoy (#5)", "2026-01-25T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "elsewhere", { [MOVED]: WORSE }));
    expect(report.errors).toEqual([
      {
        file: MOVED,
        message: `${MOVED} names model fraud, which served at ${FRAUD} until it was deleted on the base branch (${retire.slice(0, 7)}, #3, 2026-01-10): ${KEEP}`,
        hint: `add it at ${FRAUD}, where it is judged against its last served state; a different model takes a name of its own`,
      },
    ]);
    expect(code).toBe(1);
    // The decoy is named by its own deletion.
    expect(check(repo, pr(repo, "decoy-back", { [MOVED]: { name: "decoy", version: "d2", auc: 0.9 } })).report.errors.map((e) => e.message)).toEqual([
      expect.stringContaining(`names model decoy, which served at ${FRAUD} until it was deleted on the base branch`),
    ]);
  });
});

describe("a name retired long ago, reused by a genuinely new model", () => {
  // The hint sent the new model to the old path only, where it is judged against the retired model
  // (its regression and, with a soak gate, a soak that fails closed): it now names the other way out.
  it("is refused, and the hint says a different model takes a name of its own", () => {
    const repo = new TestRepo();
    repo
      .write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { name: "fraud", version: "v1", auc: 0.95 } })
      .commit("Adopt modelgate (#1)", "2024-01-01T00:00:00Z");
    const retire = repo.remove(FRAUD).commit("Retire fraud (#2)", "2024-02-01T00:00:00Z");
    const added = "models/fraud-detector/manifest_active.json";
    const { code, report } = check(repo, pr(repo, "reuse", { [added]: { name: "fraud", version: "v1", auc: 0.7 } }));
    expect(report.errors).toEqual([
      {
        file: added,
        message: `${added} names model fraud, which served at ${FRAUD} until it was deleted on the base branch (${retire.slice(0, 7)}, #2, 2024-02-01): ${KEEP}`,
        hint: `add it at ${FRAUD}, where it is judged against its last served state; a different model takes a name of its own`,
      },
    ]);
    expect(code).toBe(1);
    expect(check(repo, pr(repo, "renamed", { [added]: { name: "fraud-detector", version: "v1", auc: 0.7 } })).code).toBe(0);
  });
});

describe("a retired model added at a path another model served at and gave up", () => {
  // The lookup skipped an added path with a history of its own, for the same-path rule to judge it:
  // but that history may be another model's. fraud, retired at its own path, added where a weak
  // model (decoy, auc 0.6) once served and was retired, was judged against decoy's last state, and
  // a fraud far worse than its own last version passed its regression gate.
  it("is refused, naming where the model itself served last", () => {
    const { repo, retire } = retired();
    const DECOY = "models/decoy/manifest_active.json";
    repo.write({ [DECOY]: { name: "decoy", version: "d1", auc: 0.6 } }).commit("Add decoy (#4)", "2026-01-11T00:00:00Z");
    repo.remove(DECOY).commit("Retire decoy (#5)", "2026-01-12T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "at-decoy", { [DECOY]: { name: "fraud", version: "v3", auc: 0.6 } }));
    expect(report.errors).toEqual([
      {
        file: DECOY,
        message: `${DECOY} names model fraud, which served at ${FRAUD} until it was deleted on the base branch (${retire.slice(0, 7)}, #3, 2026-01-10): ${KEEP}`,
        hint: `add it at ${FRAUD}, where it is judged against its last served state; a different model takes a name of its own`,
      },
    ]);
    expect(code).toBe(1);
    // decoy itself, brought back where it served, is judged by the same-path rule as before.
    const back = check(repo, pr(repo, "decoy-back", { [DECOY]: { name: "decoy", version: "d2", auc: 0.61 } }));
    expect(back.report.errors).toEqual([]);
    expect(back.report.changes.map((c) => [c.model, c.kind])).toEqual([["decoy", "promotion"]]);
  });
});

describe("a path another model served at and gave up: an added manifest is judged with its own model's history", () => {
  const DECOY = "models/decoy/manifest_active.json";
  const STAGED = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: name }
gates:
  - { id: auc, type: regression, path: auc, better: higher, max_drop: 0.01 }
  - { id: stages, type: transition, path: stage, order: [shadow, production] }
`;

  it("a model brought back to its path after another model served there is judged against its own last state", () => {
    // fraud served at DECOY's path, retired; decoy (auc 0.6) came and went there; fraud comes back.
    const repo = new TestRepo();
    repo
      .write({ ".modelgate/policy.yaml": POLICY, [DECOY]: { name: "fraud", version: "v2", auc: 0.96 } })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    repo.remove(DECOY).commit("Retire fraud (#2)", "2026-01-05T00:00:00Z");
    repo.write({ [DECOY]: { name: "decoy", version: "d1", auc: 0.6 } }).commit("Add decoy (#3)", "2026-01-06T00:00:00Z");
    repo.remove(DECOY).commit("Retire decoy (#4)", "2026-01-07T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "fraud-back", { [DECOY]: { name: "fraud", version: "v3", auc: 0.6 } }));
    expect(report.errors).toEqual([]);
    const change = report.changes.find((c) => c.path === DECOY);
    expect([change?.kind, change?.from, change?.to]).toEqual(["promotion", "v2", "v3"]);
    // Judged against fraud's v2 (0.96), not decoy's d1 (0.6).
    expect(change?.gates.find((g) => g.id === "auc")?.status).toBe("fail");
    expect(code).toBe(1);
  });

  it("a new model at such a path is new: it starts in the first stage, as any new model does", () => {
    const repo = new TestRepo();
    repo
      .write({ ".modelgate/policy.yaml": STAGED, [DECOY]: { name: "decoy", version: "d1", auc: 0.6, stage: "production" } })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    repo.remove(DECOY).commit("Retire decoy (#2)", "2026-01-05T00:00:00Z");
    // churn never served: straight to production at decoy's old path, as a promotion of decoy it passed.
    const { code, report } = check(repo, pr(repo, "churn", { [DECOY]: { name: "churn", version: "c1", auc: 0.5, stage: "production" } }));
    const change = report.changes.find((c) => c.path === DECOY);
    expect([change?.model, change?.kind]).toEqual(["churn", "new"]);
    expect(change?.gates.find((g) => g.id === "stages")?.status).toBe("fail");
    expect(change?.gates.find((g) => g.id === "auc")?.status).toBe("skip");
    expect(code).toBe(1);
    // In its first stage, it is a new model like any other.
    const shadow = check(repo, pr(repo, "churn-shadow", { [DECOY]: { name: "churn", version: "c1", auc: 0.5, stage: "shadow" } }));
    expect(shadow.report.changes.map((c) => [c.model, c.kind, c.result])).toEqual([["churn", "new", "pass"]]);
    expect(shadow.code).toBe(0);
  });
});
