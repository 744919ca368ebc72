// Red-team cases for the one-pass tree reader, the merge-join diff and the doubles fast path of
// the regression gate: each is a pull request a hostile author could open. git (diff, ls-tree,
// archive) is the reference for what the pull request changes; exact decimals for regression.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkJson, cli } from "../support/cli.js";
import { runGateFast } from "../support/gate.js";
import { TestRepo } from "../support/repo.js";

const POLICY = `version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: "{1}"
    version: version
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
  - { id: auc-regression, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
`;

const GOOD = (version: string) => `${JSON.stringify({ version, metrics: { auc: 0.8 } })}\n`;
const BAD = (version: string) => `${JSON.stringify({ version, metrics: { auc: 0.1 } })}\n`;

function gitIn(repo: TestRepo, args: string[], input?: string | Buffer): string {
  return execFileSync("git", args, {
    cwd: repo.dir,
    input,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "a", GIT_AUTHOR_EMAIL: "a@a", GIT_COMMITTER_NAME: "a", GIT_COMMITTER_EMAIL: "a@a" },
  }).trim();
}

const blob = (repo: TestRepo, text: string) => gitIn(repo, ["hash-object", "-w", "--stdin"], text);

/** A tree object written byte for byte as given (git hash-object --literally: no checks). */
function rawTree(repo: TestRepo, entries: Array<[mode: string, name: Buffer | string, oid: string]>): string {
  const bytes = Buffer.concat(
    entries.flatMap(([mode, name, oid]) => [
      Buffer.from(`${mode} `),
      Buffer.isBuffer(name) ? name : Buffer.from(name),
      Buffer.from([0]),
      Buffer.from(oid, "hex"),
    ]),
  );
  return gitIn(repo, ["hash-object", "-t", "tree", "--literally", "-w", "--stdin"], bytes);
}

/** A repository whose main holds the policy and the given models (each a good v1); returns the policy tree's oid. */
function baseRepo(models: Array<Buffer | string>): { repo: TestRepo; policyTree: string } {
  const repo = new TestRepo();
  repo.write({ ".modelgate/policy.yaml": POLICY });
  repo.commit("policy");
  const v1 = blob(repo, GOOD("v1"));
  const policyTree = gitIn(repo, ["rev-parse", "main:.modelgate"]);
  const modelTrees = models.map((name) => [name, rawTree(repo, [["100644", "manifest_active.json", v1]])] as const);
  const sorted = [...modelTrees].sort(([a], [b]) =>
    Buffer.compare(Buffer.concat([Buffer.from(a), Buffer.from("/")]), Buffer.concat([Buffer.from(b), Buffer.from("/")])),
  );
  const modelsTree = rawTree(
    repo,
    sorted.map(([name, tree]) => ["40000", name, tree]),
  );
  commitTree(repo, "main", policyTree, modelsTree, "models v1");
  return { repo, policyTree };
}

function commitTree(repo: TestRepo, branch: string, policyTree: string, modelsTree: string, message: string, parent = "main"): string {
  const root = rawTree(repo, [
    ["40000", ".modelgate", policyTree],
    ["40000", "models", modelsTree],
  ]);
  const commit = gitIn(repo, ["commit-tree", root, "-p", parent, "-m", message]);
  gitIn(repo, ["update-ref", `refs/heads/${branch}`, commit]);
  return commit;
}

/** git's own list of changed paths (raw bytes as latin1, no quoting). */
function gitChanged(repo: TestRepo, base: string, head: string): string[] {
  return gitIn(repo, ["-c", "core.quotePath=false", "diff", "--name-only", "--no-renames", base, head]).split("\n").filter(Boolean);
}

describe("red team: tree entries git and modelgate must read alike", () => {
  it("two model folders whose names are different bytes but the same text (invalid UTF-8) are refused, not read as one", () => {
    // git sees two models, models/\xfe and models/\xff; as text both are models/\ufffd. The PR
    // makes \xfe bad and \xff good: a reader that looks names up by text reads \xff twice.
    const fe = Buffer.from([0xfe]);
    const ff = Buffer.from([0xff]);
    const { repo, policyTree } = baseRepo([fe, ff]);
    const bad = rawTree(repo, [["100644", "manifest_active.json", blob(repo, BAD("v2"))]]);
    const good = rawTree(repo, [["100644", "manifest_active.json", blob(repo, GOOD("v2"))]]);
    commitTree(
      repo,
      "pr",
      policyTree,
      rawTree(repo, [
        ["40000", fe, bad],
        ["40000", ff, good],
      ]),
      "fe bad, ff good",
    );
    expect(gitChanged(repo, "main", "pr")).toHaveLength(2);
    const run = cli(repo.dir, "check", "--base", "main", "--head", "pr");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("two entries whose names are not UTF-8 and read as one text");
  });

  it("validate --ref: two model folders whose names read as one text are refused, not validated as one (ls-tree's listing)", () => {
    const fe = Buffer.from([0xfe]);
    const ff = Buffer.from([0xff]);
    const { repo, policyTree } = baseRepo([fe, ff]);
    const bad = rawTree(repo, [["100644", "manifest_active.json", blob(repo, BAD("v2"))]]);
    const good = rawTree(repo, [["100644", "manifest_active.json", blob(repo, GOOD("v2"))]]);
    commitTree(
      repo,
      "pr",
      policyTree,
      rawTree(repo, [
        ["40000", fe, bad],
        ["40000", ff, good],
      ]),
      "fe bad, ff good",
    );
    const run = cli(repo.dir, "validate", "--ref", "pr");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("two paths that are not UTF-8 and read as one text");
  });

  it("a model folder renamed from bytes that are not UTF-8 (\\xff) to the text they read as (U+FFFD) is refused, not judged as one model's promotion", () => {
    // git: models/\xff deleted, models/\ufffd added (two models); as text both are one path.
    const ff = Buffer.from([0xff]);
    const { repo, policyTree } = baseRepo([ff]);
    const good = rawTree(repo, [["100644", "manifest_active.json", blob(repo, GOOD("v2"))]]);
    commitTree(repo, "pr", policyTree, rawTree(repo, [["40000", "\ufffd", good]]), "rename");
    const changed = gitIn(repo, ["diff", "--name-status", "--no-renames", "main", "pr"]).split("\n");
    expect(changed.map((l) => l[0]).sort()).toEqual(["A", "D"]);
    const run = cli(repo.dir, "check", "--base", "main", "--head", "pr");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("two changed paths that are not UTF-8 read as one text");
  });

  it("a folder whose mode overflows 32 bits is read as git reads it (mod 2^32), not as a submodule", () => {
    // 51722050057520170047007 (octal) is 040000 to git's unsigned arithmetic; in doubles it
    // loses its low bits and reads as 160000. git adds models/newm/manifest_active.json.
    const { repo, policyTree } = baseRepo(["fraud"]);
    const fraud = gitIn(repo, ["rev-parse", "main:models/fraud"]);
    const newm = rawTree(repo, [["100644", "manifest_active.json", blob(repo, BAD("v1"))]]);
    commitTree(
      repo,
      "pr",
      policyTree,
      rawTree(repo, [
        ["40000", "fraud", fraud],
        ["51722050057520170047007", "newm", newm],
      ]),
      "a new model, bad",
    );
    expect(gitChanged(repo, "main", "pr")).toEqual(["models/newm/manifest_active.json"]);
    expect(gitIn(repo, ["show", "pr:models/newm/manifest_active.json"])).toContain('"auc":0.1');
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "pr");
    expect(code).not.toBe(0);
    expect(report.changes.map((c) => c.path)).toEqual(["models/newm/manifest_active.json"]);
  });

  it("a manifest whose mode overflows 32 bits is the regular file git reads, not a submodule", () => {
    const { repo, policyTree } = baseRepo(["fraud"]);
    const inner = rawTree(repo, [["1000000000000000000000100644", "manifest_active.json", blob(repo, BAD("v2"))]]);
    commitTree(repo, "pr", policyTree, rawTree(repo, [["40000", "fraud", inner]]), "fraud v2, bad");
    expect(gitIn(repo, ["ls-tree", "pr:models/fraud"])).toMatch(/^100644 blob /);
    const { code, report } = checkJson(repo.dir, "--base", "main", "--head", "pr");
    expect(code).toBe(1);
    expect(report.changes[0]).toMatchObject({ model: "fraud", kind: "promotion", to: "v2", result: "fail" });
  });
});

describe("red team: regression decided in doubles", () => {
  it("subnormal values: the doubles' margin underflows to 0, exact decimals must decide", async () => {
    // 1.03e-321 may drop 33 %: to 6.901e-322. 6.9e-322 is below that limit, as written.
    const r = await runGateFast({
      gate: { type: "regression", path: "auc", better: "higher", max_drop_pct: 33 },
      active: { version: "v1", auc: 1.03e-321 },
      candidate: { version: "v2", auc: 6.9e-322 },
    });
    expect(r.status).toBe("fail");
  });
});
