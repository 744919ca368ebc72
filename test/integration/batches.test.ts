import { describe, expect, it } from "vitest";
import { cli, expectValidReport } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

// The engine reads and judges manifests a batch at a time (256) while git reads the next: a
// pull request of 700 manifests spans three batches. Every manifest must be judged once, with
// its own history (a rollback is known only from it: gates do not run on one by default), and
// parse errors must come before the gates' problems, as in one batch.
const POLICY = "version: 1\ngates:\n  - { id: auc, type: range, path: auc, gte: 0.9 }\n";
const N = 700;
const path = (i: number) => `models/m${String(i).padStart(3, "0")}/manifest_active.json`;
const broken = (i: number) => i % 100 === 7;
const worse = (i: number) => i % 100 === 50;
const ROLLED_BACK = 651;

function repository(): TestRepo {
  const repo = new TestRepo();
  const v1: Record<string, object | string> = { ".modelgate/policy.yaml": POLICY };
  for (let i = 0; i < N; i++) v1[path(i)] = { version: "v1", auc: 0.95 };
  repo.write(v1).commit("v1 everywhere");
  repo.write({ [path(ROLLED_BACK)]: { version: "v2", auc: 0.96 } }).commit("promote m651 v2");
  repo.branch("work");
  const v2: Record<string, object | string> = {};
  for (let i = 0; i < N; i++) {
    if (i === ROLLED_BACK) v2[path(i)] = { version: "v1", auc: 0.95 };
    else if (broken(i)) v2[path(i)] = '{ "version": "v2", "auc": }\n';
    else v2[path(i)] = { version: "v2", auc: worse(i) ? 0.5 : 0.97 };
  }
  repo.write(v2).commit("promote all");
  return repo;
}

describe("a pull request larger than one read batch", () => {
  it("check judges each of 700 manifests once, across batches, with its history and its parse error", () => {
    const repo = repository();
    const run = cli(repo.dir, "check", "--base", "main", "--head", "work", "--format", "json");
    expect(run.code).toBe(1);
    const report = expectValidReport(JSON.parse(run.stdout));
    expect(report.changes.map((c) => c.path)).toEqual(Array.from({ length: N }, (_, i) => path(i)));
    report.changes.forEach((c, i) => {
      const expected = broken(i)
        ? { kind: "update", result: "fail", gates: 0 }
        : i === ROLLED_BACK
          ? { kind: "rollback", result: "pass", gates: 0 }
          : { kind: "promotion", result: worse(i) ? "fail" : "pass", gates: 1 };
      expect({ kind: c.kind, result: c.result, gates: c.gates.length }, c.path).toEqual(expected);
    });
    const parseErrors = Array.from({ length: N }, (_, i) => i)
      .filter(broken)
      .map((i) => path(i));
    expect(report.errors.map((e) => e.file)).toEqual(parseErrors);
    expect(report.errors.every((e) => e.message.startsWith("invalid JSON"))).toBe(true);
    expect(report.summary).toMatchObject({ changes: N });
  });

  it("validate judges each of 700 manifests once, at a commit and in the working tree", () => {
    const repo = repository();
    for (const args of [["--ref", "work"], []]) {
      const run = cli(repo.dir, "validate", ...args, "--format", "json");
      expect(run.code, run.stderr).toBe(1);
      const report = expectValidReport(JSON.parse(run.stdout));
      expect(report.changes.map((c) => c.path)).toEqual(Array.from({ length: N }, (_, i) => path(i)));
      report.changes.forEach((c, i) => {
        const result = broken(i) || worse(i) ? "fail" : "pass";
        expect({ result: c.result, version: c.to }, c.path).toEqual({ result, version: broken(i) ? null : i === ROLLED_BACK ? "v1" : "v2" });
      });
      expect(report.errors.map((e) => e.file)).toEqual(
        Array.from({ length: N }, (_, i) => i)
          .filter(broken)
          .map((i) => path(i)),
      );
    }
  });
});
