import { describe, expect, it } from "vitest";
import { checkJson, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

/**
 * Red team: a model named by a manifest field is the value of that field, so a pull request
 * that deletes its manifest and adds one at another path naming the same model had the added
 * one judged `new`: soak skipped ("nothing has served yet"), regression skipped ("nothing to
 * compare with"), and a worse model was promoted by moving it. Each test is a pull request on a
 * real repository, judged by the built CLI.
 */

const GATES = `gates:
  - { id: soaked, type: soak, min_days: 7 }
  - { id: auc, type: regression, path: auc, better: higher, max_drop: 0.01 }
`;
const POLICY = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: name }
${GATES}`;
const FRAUD = "models/fraud/manifest_active.json";
const MOVED = "models/fraud-x/manifest_active.json";
const NOW = "2026-03-01T12:00:00Z";
const MOVE = "a model keeps its manifest's path (at a new path it would be judged as new, without the gates that compare it with what serves)";

/** main: the policy; `path` serves v1 from 2026-01-01 (#1) and v2, a little better, since yesterday (#2). */
function serving(
  policy = POLICY,
  path = FRAUD,
  manifest: (version: string, auc: number) => object | string = (version, auc) => ({ name: "fraud", version, auc }),
): TestRepo {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": policy, [path]: manifest("v1", 0.95) }).commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  repo.write({ [path]: manifest("v2", 0.96) }).commit("Promote v2 (#2)", "2026-02-28T00:00:00Z");
  return repo;
}

/** A pull request: commits on a branch from main, each writing files (null deletes). */
function pr(repo: TestRepo, branch: string, ...commits: Array<Record<string, object | string | null>>): string {
  repo.branch(branch, "main");
  for (const files of commits) {
    for (const [path, content] of Object.entries(files)) {
      if (content === null) repo.remove(path);
      else repo.write({ [path]: content });
    }
    repo.commit(branch, "2026-03-01T00:00:00Z");
  }
  repo.checkout("main");
  return branch;
}

const check = (repo: TestRepo, head: string) => checkJson(repo.dir, "--base", "main", "--head", head, "--now", NOW);

describe("a model named by a field keeps its manifest's path", () => {
  it("deleting the manifest and adding one elsewhere that names the same model fails, where it passed as a new model", () => {
    const repo = serving();
    const worse = { name: "fraud", version: "v3", auc: 0.5 };
    // Changed where it serves, v3 fails both gates: v2 has served 1.5 days of 7, and AUC drops 0.46.
    const direct = check(repo, pr(repo, "direct", { [FRAUD]: worse }));
    expect(direct.code).toBe(1);
    expect([gateOf(direct.report, "fraud", "soaked").status, gateOf(direct.report, "fraud", "auc").status]).toEqual(["fail", "fail"]);

    const { code, report } = check(repo, pr(repo, "move", { [FRAUD]: null, [MOVED]: worse }));
    expect(code).toBe(1);
    expect(report.result).toBe("fail");
    expect(report.errors).toEqual([
      {
        file: MOVED,
        message: `${MOVED} names model fraud, which serves at ${FRAUD} on the base: ${MOVE}`,
        hint: `change ${FRAUD} instead`,
      },
    ]);

    // A new model with its own name, and a promotion where the model serves, are judged as before.
    const churn = check(repo, pr(repo, "churn", { "models/churn/manifest_active.json": { name: "churn", version: "v1", auc: 0.5 } }));
    expect(churn.code).toBe(0);
    expect(churn.report.errors).toEqual([]);
    const later = checkJson(
      repo.dir,
      "--base",
      "main",
      "--head",
      pr(repo, "v3", { [FRAUD]: { name: "fraud", version: "v3", auc: 0.97 } }),
      "--now",
      "2026-03-08T00:00:00Z",
    );
    expect(later.code).toBe(0);
  });

  it("a name in another case or Unicode form is the same model", () => {
    const repo = serving();
    repo.write({ "models/caf\u00e9/manifest_active.json": { name: "caf\u00e9", version: "v1", auc: 0.9 } }).commit("Add café (#3)", "2026-02-28T06:00:00Z");

    const upper = check(repo, pr(repo, "upper", { [FRAUD]: null, [MOVED]: { name: "Fraud", version: "v3", auc: 0.5 } }));
    expect(upper.code).toBe(1);
    expect(upper.report.errors).toEqual([
      {
        file: MOVED,
        message: `${MOVED} names model Fraud, which serves at ${FRAUD} on the base (as fraud, the same name but for case or Unicode form): ${MOVE}`,
        hint: `change ${FRAUD} instead`,
      },
    ]);

    const nfd = check(
      repo,
      pr(repo, "nfd", { "models/caf\u00e9": null, "models/cafe2/manifest_active.json": { name: "cafe\u0301", version: "v2", auc: 0.1 } }),
    );
    expect(nfd.code).toBe(1);
    expect(nfd.report.errors).toEqual([
      {
        file: "models/cafe2/manifest_active.json",
        message: `models/cafe2/manifest_active.json names model cafe\u0301, which serves at models/caf\u00e9/manifest_active.json on the base (as caf\u00e9, the same name but for case or Unicode form): ${MOVE}`,
        hint: "change models/caf\u00e9/manifest_active.json instead",
      },
    ]);

    // Beside the manifest that still serves it, the other form is a second manifest of one model.
    const twin = check(repo, pr(repo, "twin", { [MOVED]: { name: "FRAUD", version: "v1", auc: 0.99 } }));
    expect(twin.code).toBe(1);
    expect(twin.report.errors).toEqual([
      {
        file: MOVED,
        message: `${MOVED} names a model that ${FRAUD} already names (as fraud, the same name but for case or Unicode form): one model, one manifest`,
        hint: "give the new model its own name",
      },
    ]);
  });

  it("a move in two commits, or with the old manifest renamed in place, is the same move", () => {
    const repo = serving();
    const worse = { name: "fraud", version: "v3", auc: 0.5 };
    const steps = check(repo, pr(repo, "steps", { [FRAUD]: null, "models/tmp/manifest_active.json": worse }, { "models/tmp": null, [MOVED]: worse }));
    expect(steps.code).toBe(1);
    expect(steps.report.errors).toEqual([
      { file: MOVED, message: `${MOVED} names model fraud, which serves at ${FRAUD} on the base: ${MOVE}`, hint: `change ${FRAUD} instead` },
    ]);

    // The old manifest stays, naming another model (which fails model-identity); the added one takes fraud.
    const renamed = check(repo, pr(repo, "renamed", { [FRAUD]: { name: "fraud-old", version: "v2", auc: 0.96 }, [MOVED]: worse }));
    expect(renamed.code).toBe(1);
    expect(renamed.report.errors).toEqual([
      { file: MOVED, message: `${MOVED} names model fraud, which serves at ${FRAUD} on the base: ${MOVE}`, hint: `change ${FRAUD} instead` },
    ]);
    const inPlace = renamed.report.changes.find((c) => c.path === FRAUD);
    expect(inPlace?.gates.find((g) => g.id === "model-identity")?.status).toBe("fail");
  });

  it("a pointer (alias) moves with its model: production to another folder fails; a shadow beside it does not", () => {
    const policy = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: name, alias: production }
  - { glob: "models/*/manifest_shadow.json", model: name, alias: shadow }
${GATES}`;
    const repo = serving(policy);
    const worse = { name: "fraud", version: "v3", auc: 0.5 };
    const moved = check(repo, pr(repo, "move", { [FRAUD]: null, [MOVED]: worse }));
    expect(moved.code).toBe(1);
    expect(moved.report.errors).toEqual([
      { file: MOVED, message: `${MOVED} names model fraud (alias production), which serves at ${FRAUD} on the base: ${MOVE}`, hint: `change ${FRAUD} instead` },
    ]);

    // One model, one manifest per pointer: a challenger in shadow beside production is no move.
    const shadow = check(repo, pr(repo, "shadow", { "models/fraud/manifest_shadow.json": { name: "fraud", version: "v3", auc: 0.97 } }));
    expect(shadow.report.errors).toEqual([]);
    expect(shadow.code).toBe(0);
  });

  it("a model whose manifest path the head makes a folder moves into it (refused already as a manifest that is a directory)", () => {
    const policy = `version: 1
manifests:
  - { glob: "models/*.json", model: name }
  - { glob: "models/*/manifest_active.json", model: name }
${GATES}`;
    const repo = serving(policy, "models/fraud.json");
    const into = "models/fraud.json/manifest_active.json";
    const { code, report } = check(repo, pr(repo, "folder", { "models/fraud.json": null, [into]: { name: "fraud", version: "v3", auc: 0.5 } }));
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      { file: into, message: `${into} names model fraud, which serves at models/fraud.json on the base: ${MOVE}`, hint: "change models/fraud.json instead" },
      {
        file: "models/fraud.json",
        message: "a governed manifest must be a regular file, this is a directory",
        hint: "commit the manifest itself, not a link to it",
      },
    ]);
  });

  it("a move between a path-named and a field-named manifest fails both ways", () => {
    const policy = `version: 1
manifests:
  - { glob: "registry/*.json", model: name }
  - { glob: "models/*/manifest_active.json", model: "{1}" }
${GATES}`;
    const toField = serving(policy, FRAUD, (version, auc) => ({ version, auc }));
    const registry = check(toField, pr(toField, "to-field", { [FRAUD]: null, "registry/x.json": { name: "fraud", version: "v3", auc: 0.5 } }));
    expect(registry.code).toBe(1);
    expect(registry.report.errors).toEqual([
      { file: "registry/x.json", message: `registry/x.json names model fraud, which serves at ${FRAUD} on the base: ${MOVE}`, hint: `change ${FRAUD} instead` },
    ]);

    const toPath = serving(policy, "registry/x.json");
    const folder = check(toPath, pr(toPath, "to-path", { "registry/x.json": null, [FRAUD]: { version: "v3", auc: 0.5 } }));
    expect(folder.code).toBe(1);
    expect(folder.report.errors).toEqual([
      { file: FRAUD, message: `${FRAUD} names model fraud, which serves at registry/x.json on the base: ${MOVE}`, hint: "change registry/x.json instead" },
    ]);
  });

  it("two rules that both name models by their folder: a move from one to the other, or a second manifest beside the first, fails", () => {
    // models/fraud/manifest.json and models/fraud/manifest.yaml both name the model fraud ({1}).
    const policy = `version: 1
manifests:
  - { glob: "models/*/manifest.json", model: "{1}" }
  - { glob: "models/*/manifest.yaml", model: "{1}" }
${GATES}`;
    const JSON_PATH = "models/fraud/manifest.json";
    const YAML_PATH = "models/fraud/manifest.yaml";
    const repo = serving(policy, JSON_PATH, (version, auc) => ({ version, auc }));
    const moved = check(repo, pr(repo, "to-yaml", { [JSON_PATH]: null, [YAML_PATH]: "version: v3\nauc: 0.5\n" }));
    expect(moved.code).toBe(1);
    expect(moved.report.errors).toEqual([
      { file: YAML_PATH, message: `${YAML_PATH} names model fraud, which serves at ${JSON_PATH} on the base: ${MOVE}`, hint: `change ${JSON_PATH} instead` },
    ]);

    const beside = check(repo, pr(repo, "beside", { [YAML_PATH]: "version: v3\nauc: 0.5\n" }));
    expect(beside.code).toBe(1);
    expect(beside.report.errors).toEqual([
      {
        file: YAML_PATH,
        message: `${YAML_PATH} names a model that ${JSON_PATH} already names: one model, one manifest`,
        hint: "give the new model its own name",
      },
    ]);

    // Changed where it is, the model is judged as a promotion, as before.
    const direct = check(repo, pr(repo, "direct", { [JSON_PATH]: { version: "v3", auc: 0.961 } }));
    expect(direct.report.errors).toEqual([]);
    expect(direct.report.changes.map((c) => [c.path, c.kind])).toEqual([[JSON_PATH, "promotion"]]);
  });

  it("a base that moved on since the pull request forked: a model added there is looked for too", () => {
    // The pull request forks from main; main then adds the model risk. The pull request adds risk
    // at another path: the diff from the fork point does not show main's manifest, the base does.
    const repo = serving();
    const branch = pr(repo, "stale", { "models/risk-x/manifest_active.json": { name: "risk", version: "v9", auc: 0.5 } });
    repo.write({ "models/risk/manifest_active.json": { name: "risk", version: "v1", auc: 0.9 } }).commit("Add risk (#3)", "2026-02-28T12:00:00Z");
    const { code, report } = check(repo, branch);
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      {
        file: "models/risk-x/manifest_active.json",
        message: `models/risk-x/manifest_active.json names model risk, which serves at models/risk/manifest_active.json on the base: ${MOVE}`,
        hint: "change models/risk/manifest_active.json instead",
      },
    ]);
  });

  it("a base manifest that does not parse names no model: a new model beside it is judged as before", () => {
    const repo = serving();
    repo.write({ "models/broken/manifest_active.json": "{ not json" }).commit("broken (#3)", "2026-02-01T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "churn", { "models/churn/manifest_active.json": { name: "churn", version: "v1", auc: 0.9 } }));
    expect(report.errors).toEqual([]);
    expect(code).toBe(0);
  });
});
