import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.8 }
  - { id: auc-drop, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
  - { id: soaked, type: soak, min_days: 7, on: [promotion] }
`;

const TESTS = `version: 1
cases:
  - name: a better model is promoted after a week
    model: fraud
    history: [{ date: "2026-01-01T00:00:00Z", manifest: { version: v1, metrics: { auc: 0.9 } } }]
    candidate: { version: v2, metrics: { auc: 0.91 } }
    now: "2026-01-08T00:00:00Z"
    expect: { result: pass, kind: promotion, gates: { auc-floor: pass, auc-drop: pass, soaked: pass } }
  - name: too early
    model: fraud
    history: [{ date: "2026-01-01T00:00:00Z", manifest: { version: v1, metrics: { auc: 0.9 } } }]
    candidate: { version: v2, metrics: { auc: 0.91 } }
    now: "2026-01-07T23:59:59Z"
    expect: { result: fail, gates: { soaked: fail } }
  - name: a rollback runs none of these gates
    model: fraud
    history:
      - { date: "2026-01-01T00:00:00Z", manifest: { version: v1, metrics: { auc: 0.9 } } }
      - { date: "2026-01-09T00:00:00Z", manifest: { version: v2, metrics: { auc: 0.95 } } }
    candidate: { version: v1, metrics: { auc: 0.9 } }
    expect: { result: pass, kind: rollback, gates: { auc-drop: absent } }
`;

describe("modelgate test: a policy's own test cases (issue 15)", () => {
  it("runs every case through the engine and prints a table; exit 0 when every expectation holds", () => {
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": POLICY, ".modelgate/tests.yaml": TESTS }).commit("policy and its tests");
    const run = cli(repo.dir, "test");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("modelgate test pass: 3 cases, 10 of 10 expectations met");
    expect(run.stdout).toMatch(/ok {2}\s+too early\s+soaked: fail/);
    const json = JSON.parse(cli(repo.dir, "test", "--format", "json").stdout);
    expect(json.cases.map((c: { name: string }) => c.name)).toEqual([
      "a better model is promoted after a week",
      "too early",
      "a rollback runs none of these gates",
    ]);
  });

  it("README's example cases pass against the policy they describe", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```yaml\n(# \.modelgate\/tests\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const repo = new TestRepo();
    repo.write({ ".modelgate/policy.yaml": POLICY, ".modelgate/tests.yaml": block as string }).commit("policy");
    const run = cli(repo.dir, "test");
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("1 case, 5 of 5 expectations met");
  });

  it("a policy whose test fails exits 1, naming the case, the gate, what was expected and the gate's message", () => {
    const repo = new TestRepo();
    // The policy loosened by mistake: the floor no longer refuses 0.5.
    repo.write({
      ".modelgate/policy.yaml": POLICY.replace("gte: 0.8", "gte: 0.3"),
      ".modelgate/tests.yaml": `version: 1
cases:
  - name: a weak model is refused
    model: fraud
    active: { version: v1, metrics: { auc: 0.9 } }
    candidate: { version: v2, metrics: { auc: 0.5 } }
    expect: { gates: { auc-floor: fail } }
`,
    });
    const run = cli(repo.dir, "test");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("modelgate test fail: 1 case, 0 of 1 expectations met");
    expect(run.stdout).toContain("FAIL  a weak model is refused  auc-floor: expected fail, got pass");
    expect(run.stdout).toContain("1 value within bounds");
  });

  it("a case naming a gate the policy lacks, or a bad status, is a configuration error with its place", () => {
    const repo = new TestRepo();
    repo.write({
      ".modelgate/policy.yaml": POLICY,
      ".modelgate/tests.yaml": "version: 1\ncases:\n  - name: x\n    candidate: { version: v1 }\n    expect: { gates: { auc-flor: pass, soaked: maybe } }\n",
    });
    const run = cli(repo.dir, "test");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.modelgate/tests.yaml:5:34: the policy has no gate "auc-flor"');
    expect(run.stderr).toContain("expected status is one of pass, fail, warn, skip, overridden, absent");
  });

  it.each(["", "pivotquant", "shadow-trading", "lifecycle", "glass-box", "registry-stages"])(
    "init writes cases that pass for its policy (preset %s)",
    (preset) => {
      const repo = new TestRepo();
      repo.write({ "README.md": "x\n" }).commit("start");
      expect(cli(repo.dir, "init", ...(preset ? ["--preset", preset] : [])).code).toBe(0);
      const run = cli(repo.dir, "test");
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain("modelgate test pass");
      // One case the policy must refuse is among them: its expectation is a failure.
      expect(run.stdout).toMatch(/: fail$/m);
    },
  );
});
