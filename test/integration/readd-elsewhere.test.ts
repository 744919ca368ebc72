import { describe, expect, it } from "vitest";
import { MemoryReader as PolicyCaseReader } from "../../src/core/memory-reader.js";
import { checkJson, gateOf } from "../support/cli.js";
import { checkInMemory } from "../support/memory-check.js";
import { MemoryReader } from "../support/memory-reader.js";
import { TestRepo } from "../support/repo.js";

/**
 * Red team: one pull request retires fraud (deletes its manifest, merged); a later one adds fraud
 * at another path. There it was judged `new`: soak skipped ("nothing has served yet"), regression
 * skipped, version-identity was not applied, and a model worse than the one that last served went
 * to production, where re-adding it at its old path would have been judged against its last served
 * state and held by soak. Each test is a pull request on a real repository, judged by the built CLI.
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
const KEEP = "a model keeps its manifest's path (at a new path it would be judged as new, without its history)";
const HINT = (path: string) => `add it at ${path}, where it is judged against its last served state; a different model takes a name of its own`;
const WORSE = { name: "fraud", version: "v3", auc: 0.5 };

/** main: the policy; `path` serves v1 (#1) and v2 (#2); then #3 deletes it. Returns the retiring commit. */
function retired(
  policy = POLICY,
  path = FRAUD,
  manifest: (version: string, auc: number) => object | string = (version, auc) => ({ name: "fraud", version, auc }),
): { repo: TestRepo; retire: string } {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": policy, [path]: manifest("v1", 0.95) }).commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
  repo.write({ [path]: manifest("v2", 0.96) }).commit("Promote v2 (#2)", "2026-01-05T00:00:00Z");
  const retire = repo.remove(path).commit("Retire fraud (#3)", "2026-01-10T00:00:00Z");
  return { repo, retire };
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
const at = (sha: string, pr: number, date: string) => `(${sha.slice(0, 7)}, #${pr}, ${date})`;
const servedUntil = (added: string, name: string, path: string, where: string, form = "") => ({
  file: added,
  message: `${added} names model ${name}, which served at ${path}${form} until it was deleted on the base branch ${where}: ${KEEP}`,
  hint: HINT(path),
});

describe("a model retired on the base keeps its manifest's path when it comes back", () => {
  it("named by a field: added at another path fails, naming the deletion; at its own path it is judged as before", () => {
    const { repo, retire } = retired();
    const { code, report } = check(repo, pr(repo, "elsewhere", { [MOVED]: WORSE }));
    expect(report.errors).toEqual([servedUntil(MOVED, "fraud", FRAUD, at(retire, 3, "2026-01-10"))]);
    expect(report.result).toBe("fail");
    expect(code).toBe(1);

    // Brought back where it served, it is a promotion from v2, held by soak and regression, with no layout error.
    const back = check(repo, pr(repo, "back", { [FRAUD]: WORSE }));
    expect(back.report.errors).toEqual([]);
    expect(back.report.changes.map((c) => [c.path, c.kind, c.from, c.to])).toEqual([[FRAUD, "promotion", "v2", "v3"]]);
    expect(gateOf(back.report, "fraud", "soaked").message).toBe(
      `nothing has served at ${FRAUD} since it was deleted on the base branch ${at(retire, 3, "2026-01-10")}: no time to count toward 7 days; a model brought back needs a waiver or an override`,
    );
    expect(gateOf(back.report, "fraud", "auc").status).toBe("fail");
    expect(back.code).toBe(1);
  });

  it("a brand-new model, and a retirement beside an unrelated new model, pass as before", () => {
    const { repo } = retired();
    const churn = check(repo, pr(repo, "churn", { "models/churn/manifest_active.json": { name: "churn", version: "v1", auc: 0.5 } }));
    expect(churn.report.errors).toEqual([]);
    expect(churn.report.changes.map((c) => [c.model, c.kind])).toEqual([["churn", "new"]]);
    expect(churn.code).toBe(0);

    repo.write({ "models/spam/manifest_active.json": { name: "spam", version: "v1", auc: 0.9 } }).commit("Add spam (#4)", "2026-01-20T00:00:00Z");
    const both = check(
      repo,
      pr(repo, "both", { "models/spam/manifest_active.json": null, "models/churn/manifest_active.json": { name: "churn", version: "v1", auc: 0.5 } }),
    );
    expect(both.report.errors).toEqual([]);
    expect(both.report.changes.map((c) => [c.model, c.kind])).toEqual([
      ["churn", "new"],
      ["spam", "retire"],
    ]);
    expect(both.code).toBe(0);
  });

  it("a name in another case or Unicode form is the same model", () => {
    const { repo, retire } = retired();
    const upper = check(repo, pr(repo, "upper", { [MOVED]: { ...WORSE, name: "Fraud" } }));
    expect(upper.report.errors).toEqual([
      servedUntil(MOVED, "Fraud", FRAUD, at(retire, 3, "2026-01-10"), " (as fraud, the same name but for case or Unicode form)"),
    ]);
    expect(upper.code).toBe(1);

    const cafe = "models/caf\u00e9/manifest_active.json";
    repo.write({ [cafe]: { name: "caf\u00e9", version: "v1", auc: 0.9 } }).commit("Add café (#4)", "2026-01-11T00:00:00Z");
    const gone = repo.remove(cafe).commit("Retire café (#5)", "2026-01-12T06:30:00Z");
    const nfd = check(repo, pr(repo, "nfd", { "models/cafe2/manifest_active.json": { name: "cafe\u0301", version: "v2", auc: 0.1 } }));
    expect(nfd.report.errors).toEqual([
      servedUntil(
        "models/cafe2/manifest_active.json",
        "cafe\u0301",
        cafe,
        at(gone, 5, "2026-01-12 06:30 UTC"),
        " (as caf\u00e9, the same name but for case or Unicode form)",
      ),
    ]);
  });

  it("named by the path: two rules, or a name that leaves part of the path out, give the same model at another path", () => {
    const twoRules = `version: 1
manifests:
  - { glob: "models/*/manifest_active.json", model: "{1}" }
  - { glob: "legacy/*/manifest.json", model: "{1}" }
${GATES}`;
    const { repo, retire } = retired(twoRules, FRAUD, (version, auc) => ({ version, auc }));
    const legacy = check(repo, pr(repo, "legacy", { "legacy/fraud/manifest.json": { version: "v3", auc: 0.5 } }));
    expect(legacy.report.errors).toEqual([servedUntil("legacy/fraud/manifest.json", "fraud", FRAUD, at(retire, 3, "2026-01-10"))]);
    expect(legacy.code).toBe(1);
    const other = check(repo, pr(repo, "other", { "legacy/churn/manifest.json": { version: "v1", auc: 0.5 } }));
    expect(other.report.errors).toEqual([]);
    expect(other.code).toBe(0);

    const teams = `version: 1
manifests:
  - { glob: "teams/*/models/*/manifest.json", model: "{2}" }
${GATES}`;
    const risk = "teams/risk/models/fraud/manifest.json";
    const t = retired(teams, risk, (version, auc) => ({ version, auc }));
    const ops = check(t.repo, pr(t.repo, "ops", { "teams/ops/models/fraud/manifest.json": { version: "v3", auc: 0.5 } }));
    expect(ops.report.errors).toEqual([servedUntil("teams/ops/models/fraud/manifest.json", "fraud", risk, at(t.retire, 3, "2026-01-10"))]);
    expect(ops.code).toBe(1);
  });

  it("one model has one history per alias: the retired pointer keeps its path, another pointer is new", () => {
    const aliased = `version: 1
manifests:
  - { glob: "models/*/*.json", model: name, alias: "{2}" }
${GATES}`;
    const production = "models/fraud/production.json";
    const { repo, retire } = retired(aliased, production);
    const moved = check(repo, pr(repo, "moved", { "models/fraud-x/production.json": WORSE }));
    expect(moved.report.errors).toEqual([
      {
        file: "models/fraud-x/production.json",
        message: `models/fraud-x/production.json names model fraud (alias production), which served at ${production} until it was deleted on the base branch ${at(retire, 3, "2026-01-10")}: ${KEEP}`,
        hint: HINT(production),
      },
    ]);
    expect(moved.code).toBe(1);
    const shadow = check(repo, pr(repo, "shadow", { "models/fraud-x/shadow.json": WORSE }));
    expect(shadow.report.errors).toEqual([]);
    expect(shadow.report.changes.map((c) => [c.model, c.alias, c.kind])).toEqual([["fraud", "shadow", "new"]]);
  });

  it("deleted, brought back elsewhere and deleted again: the newest deletion is named; its path is where it comes back", () => {
    const { repo } = retired();
    repo.write({ [MOVED]: { name: "fraud", version: "v3", auc: 0.97 } }).commit("Add fraud-x (#4)", "2026-01-20T00:00:00Z");
    const again = repo.remove(MOVED).commit("Retire fraud-x (#5)", "2026-01-25T00:00:00Z");
    const y = "models/fraud-y/manifest_active.json";
    const { code, report } = check(repo, pr(repo, "y", { [y]: WORSE }));
    expect(report.errors).toEqual([servedUntil(y, "fraud", MOVED, at(again, 5, "2026-01-25"))]);
    expect(code).toBe(1);
    // At a path with a history of its own, it is judged against that history (a promotion from v3), as before.
    const back = check(repo, pr(repo, "back", { [MOVED]: WORSE }));
    expect(back.report.errors).toEqual([]);
    expect(back.report.changes.map((c) => [c.path, c.kind, c.from])).toEqual([[MOVED, "promotion", "v3"]]);
    expect(gateOf(back.report, "fraud", "auc").status).toBe("fail");
  });

  it("retired long ago, brought back at its path and serving: the existing check names the manifest that serves, once", () => {
    const { repo } = retired();
    repo.write({ [FRAUD]: { name: "fraud", version: "v3", auc: 0.97 } }).commit("Bring fraud back (#4)", "2026-01-20T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "twin", { [MOVED]: WORSE }));
    expect(report.errors).toEqual([
      { file: MOVED, message: `${MOVED} names a model that ${FRAUD} already names: one model, one manifest`, hint: "give the new model its own name" },
    ]);
    expect(code).toBe(1);
  });

  it("a deleted manifest that never parsed held no model", () => {
    const { repo } = retired();
    repo.write({ "models/ghost/manifest_active.json": '{ "name": "ghost", ' }).commit("Broken ghost (#4)", "2026-01-20T00:00:00Z");
    repo.remove("models/ghost/manifest_active.json").commit("Drop ghost (#5)", "2026-01-21T00:00:00Z");
    const { code, report } = check(repo, pr(repo, "ghost", { "models/ghost-2/manifest_active.json": { name: "ghost", version: "v1", auc: 0.9 } }));
    expect(report.errors).toEqual([]);
    expect(code).toBe(0);
  });

  it("a head forked before the retirement is judged as one forked after it", () => {
    const repo = new TestRepo();
    repo
      .write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { name: "fraud", version: "v1", auc: 0.95 } })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    const stale = pr(repo, "stale", { [MOVED]: WORSE });
    const retire = repo.remove(FRAUD).commit("Retire fraud (#2)", "2026-01-10T00:00:00Z");
    const fresh = pr(repo, "fresh", { [MOVED]: WORSE });
    const expected = [servedUntil(MOVED, "fraud", FRAUD, at(retire, 2, "2026-01-10"))];
    expect(check(repo, fresh).report.errors).toEqual(expected);
    const { code, report } = check(repo, stale);
    expect(report.errors).toEqual(expected);
    expect(code).toBe(1);
  });

  it("the working tree (no --head) is judged as a commit", () => {
    const { repo, retire } = retired();
    repo.write({ [MOVED]: WORSE });
    const { code, report } = checkJson(repo.dir, "--base", "main", "--now", NOW);
    expect(report.errors).toEqual([servedUntil(MOVED, "fraud", FRAUD, at(retire, 3, "2026-01-10"))]);
    expect(code).toBe(1);
  });

  it("the engine on an in-memory repository judges as on git, and the policy cases' reader lists the same additions and deletions", async () => {
    const repo = new MemoryReader();
    repo
      .write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { name: "fraud", version: "v1", auc: 0.95 } })
      .commit("Adopt modelgate (#1)", "2026-01-01T00:00:00Z");
    const retire = repo.remove(FRAUD).commit("Retire fraud (#3)", "2026-01-10T00:00:00Z");
    repo
      .branch("candidate")
      .write({ [MOVED]: WORSE })
      .commit("move", "2026-03-01T00:00:00Z");
    const report = await checkInMemory(repo, { now: NOW });
    expect(report.errors).toEqual([servedUntil(MOVED, "fraud", FRAUD, at(retire, 3, "2026-01-10"))]);

    const cases = new PolicyCaseReader(
      new Map([
        ["one", { files: new Map([[FRAUD, "{}"]]), time: 1 }],
        ["two", { files: new Map([[MOVED, "{}"]]), time: 2 }],
      ]),
      ["one", "two"],
    );
    const turns = await cases.addsAndDeletes("two", ["models/*/manifest_active.json"]);
    expect(turns.map((t) => [t.path, t.deleted, t.before])).toEqual([
      [FRAUD, true, "one"],
      [MOVED, false, "one"],
      [FRAUD, false, null],
    ]);
  });
});
