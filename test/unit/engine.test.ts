import { describe, expect, it } from "vitest";
import type { PullRequestInfo } from "../../src/core/model.js";
import type { ChangeReport, GateReport, Report } from "../../src/core/report.js";
import { MAX_FINDINGS } from "../../src/core/report.js";
import { checkInMemory, POLICY, validateInMemory } from "../support/memory-check.js";
import { MemoryReader } from "../support/memory-reader.js";

// The engine's shared behaviour, driven from policy text and manifests through the RepoReader
// port (no git): skip reasons, `when`, `message`, caps, waivers, override, kinds and errors.

const M = "models/m/manifest_active.json";
const v1 = { version: "v1", stage: "shadow", metrics: { auc: 0.9 } };

/** A repository whose base has the policy and the given manifests, then a candidate branch with edits. */
function repo(policy: string, base: Record<string, unknown>, head: Record<string, unknown | null>): MemoryReader {
  const r = new MemoryReader();
  r.write({ [POLICY]: policy, ...(base as Record<string, object>) });
  r.commit("Base", "2026-01-01T00:00:00Z");
  r.branch("candidate");
  for (const [path, content] of Object.entries(head)) {
    if (content === null) r.remove(path);
    else r.write({ [path]: content as object });
  }
  r.commit("Candidate", "2026-11-21T00:00:00Z");
  return r;
}

function change(report: Report, path = M): ChangeReport {
  const c = report.changes.find((x) => x.path === path);
  if (!c) throw new Error(`no change at ${path}: ${JSON.stringify(report)}`);
  return c;
}
function gate(report: Report, id: string, path = M): GateReport {
  const g = change(report, path).gates.find((x) => x.id === id);
  if (!g) throw new Error(`no gate ${id}: ${JSON.stringify(change(report, path))}`);
  return g;
}

const policy = (gates: string, more = "") => `version: 1\ngates:\n${gates}\n${more}`;

describe("the engine's skip reasons: a gate that needs what the change lacks is skip, with why", () => {
  it("needs an active manifest: a new model", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: regression, path: metrics.auc, better: higher }"), {}, { [M]: v1 }));
    expect(change(r).kind).toBe("new");
    expect(gate(r, "g")).toMatchObject({ status: "skip", message: "no active manifest to compare with: the model is new", findings: [] });
    expect(r.result).toBe("pass");
  });

  it("needs a candidate: a retirement, for a gate that names it", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0.95, on: [retire] }"), { [M]: v1 }, { [M]: null }));
    expect(change(r)).toMatchObject({ kind: "retire", from: "v1", to: null });
    expect(gate(r, "g")).toMatchObject({ status: "skip", message: "no candidate manifest: the change is a retire" });
  });

  it("needs a pull request: approvals outside the action", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: approvals, count: 1 }"), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(gate(r, "g")).toMatchObject({ status: "skip", message: "no pull request: approvals are read by the GitHub Action" });
  });

  it("validate skips every gate that needs a change, an active manifest or history, and still runs the others", async () => {
    const gates = [
      "  - { id: cmp, type: regression, path: metrics.auc, better: higher }",
      "  - { id: move, type: transition, path: stage, order: [shadow, production] }",
      "  - { id: soaked, type: soak, min_days: 7 }",
      "  - { id: floor, type: range, path: metrics.auc, gte: 0.95 }",
    ].join("\n");
    const r = await validateInMemory(repo(policy(gates), { [M]: v1 }, {}));
    const snapshot = "judges a change between two commits; validate looks at one commit";
    for (const id of ["cmp", "move", "soaked"]) expect(gate(r, id), id).toMatchObject({ status: "skip", message: snapshot });
    expect(gate(r, "floor").status).toBe("fail");
    expect(change(r)).toMatchObject({ kind: "update", from: "v1", to: "v1", result: "fail" });
    expect(r.base).toBeNull();
    expect(r.result).toBe("fail");
  });
});

describe("when", () => {
  const base = { [M]: v1 };
  const head = { [M]: { ...v1, version: "v2" } };

  it("an expression that cannot be evaluated fails, naming the error, at the manifest", async () => {
    const r = await checkInMemory(repo(policy('  - { id: g, type: range, path: metrics.auc, gte: 0, when: "candidate.no.such > 1" }'), base, head));
    const g = gate(r, "g");
    expect(g.status).toBe("fail");
    expect(g.message).toMatch(/^when could not be evaluated: ./);
    expect(g.findings).toHaveLength(1);
    expect(g.findings[0].file).toBe(M);
    expect(g.message).toBe(`when could not be evaluated: ${g.findings[0].message}`);
  });

  it("must be a bool: a string is a failure, not a skip or a pass", async () => {
    const r = await checkInMemory(repo(policy(`  - { id: g, type: range, path: metrics.auc, gte: 0, when: "'yes'" }`), base, head));
    expect(gate(r, "g")).toMatchObject({ status: "fail", message: "when must be a bool, it returned string", findings: [] });
  });

  it("true runs the gate, false skips it without running it", async () => {
    const gates = [
      `  - { id: yes, type: range, path: metrics.auc, gte: 0.95, when: "candidate.version == 'v2'" }`,
      `  - { id: no, type: range, path: metrics.auc, gte: 0.95, when: "candidate.version == 'v3'" }`,
    ].join("\n");
    const r = await checkInMemory(repo(policy(gates), base, head));
    expect(gate(r, "yes").status).toBe("fail");
    expect(gate(r, "no")).toMatchObject({ status: "skip", message: "not applicable: candidate.version == 'v3' is false" });
  });
});

describe("what the engine does with an outcome", () => {
  const list = (n: number) => ({ ...v1, version: "v2", scores: Array.from({ length: n }, (_, i) => i + 2) });

  it(`caps findings at ${MAX_FINDINGS} and keeps the count of all`, async () => {
    const gates = "  - { id: g, type: range, path: scores.*, lte: 1 }";
    const over = await checkInMemory(repo(policy(gates), { [M]: v1 }, { [M]: list(MAX_FINDINGS + 1) }));
    expect(gate(over, "g").findings).toHaveLength(MAX_FINDINGS);
    expect(gate(over, "g").findings_total).toBe(MAX_FINDINGS + 1);
    const at = await checkInMemory(repo(policy(gates), { [M]: v1 }, { [M]: list(MAX_FINDINGS) }));
    expect(gate(at, "g").findings).toHaveLength(MAX_FINDINGS);
    expect(gate(at, "g")).not.toHaveProperty("findings_total");
  });

  it("carries the description; message replaces the computed one only on failure", async () => {
    const gates = [
      '  - { id: bad, type: range, path: metrics.auc, gte: 0.95, description: "AUC floor", message: "AUC must reach 0.95" }',
      '  - { id: good, type: range, path: metrics.auc, gte: 0.5, message: "never shown on a pass" }',
    ].join("\n");
    const r = await checkInMemory(repo(policy(gates), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(gate(r, "bad")).toMatchObject({ status: "fail", message: "AUC must reach 0.95", description: "AUC floor" });
    expect(gate(r, "good").status).toBe("pass");
    expect(gate(r, "good").message).not.toBe("never shown on a pass");
    expect(gate(r, "good")).not.toHaveProperty("description");
  });

  it("an expired waiver does not apply, and the message says when it expired; a live one overrides", async () => {
    const gates = ["  - { id: old, type: range, path: metrics.auc, gte: 0.95 }", "  - { id: live, type: range, path: metrics.auc, gte: 0.95 }"].join("\n");
    const waivers = [
      "waivers:",
      '  - { gate: old, model: m, reason: "last year", expires: "2026-01-31" }',
      '  - { gate: live, model: m, reason: "until the retrain", expires: "2026-12-31" }',
    ].join("\n");
    const r = await checkInMemory(repo(policy(gates, waivers), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    const old = gate(r, "old");
    expect(old.status).toBe("fail");
    expect(old.message).toMatch(/ \(a waiver expired on 2026-01-31\)$/);
    expect(old).not.toHaveProperty("override");
    expect(gate(r, "live")).toMatchObject({ status: "overridden", override: { by: "waiver", reason: "until the retrain", expires: "2026-12-31" } });
    expect(gate(r, "live").message).not.toContain("expired");
    expect(r.summary).toMatchObject({ failed: 1, waived: 1, overridden: 0 });
  });

  it("the override label turns failing error gates into overridden; warnings stay warnings; passes stay passes", async () => {
    const gates = [
      "  - { id: err, type: range, path: metrics.auc, gte: 0.95 }",
      "  - { id: soft, type: range, path: metrics.auc, gte: 0.95, severity: warning }",
      "  - { id: ok, type: range, path: metrics.auc, gte: 0.5 }",
    ].join("\n");
    const pr: PullRequestInfo = { number: 3, author: "a", labels: [], approvals: [], teams: {} };
    const r = await checkInMemory(repo(policy(gates), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }), {
      pr,
      override: { actor: "lead", reason: "incident 9" },
    });
    expect(gate(r, "err")).toMatchObject({ status: "overridden", override: { by: "label", actor: "lead", reason: "incident 9" } });
    expect(gate(r, "soft")).toMatchObject({ status: "warn", severity: "warning" });
    expect(gate(r, "soft")).not.toHaveProperty("override");
    expect(gate(r, "ok")).toMatchObject({ status: "pass" });
    expect(gate(r, "ok")).not.toHaveProperty("override");
    expect(r.result).toBe("pass");
    expect(change(r).result).toBe("pass");
  });
});

describe("changes: which manifests are judged, and the report's order and result", () => {
  it("orders changes by model, and fails when one change fails", async () => {
    const gates = "  - { id: g, type: range, path: metrics.auc, gte: 0.5 }";
    const b = "models/b/manifest_active.json";
    const a = "models/a/manifest_active.json";
    const r = await checkInMemory(repo(policy(gates), {}, { [b]: v1, [a]: { ...v1, metrics: { auc: 0.1 } } }));
    expect(r.changes.map((c) => c.model)).toEqual(["a", "b"]);
    expect(change(r, a).result).toBe("fail");
    expect(change(r, b).result).toBe("pass");
    expect(r.result).toBe("fail");
    expect(r.summary.changes).toBe(2);
  });

  it("a manifest the base already moved to (same content) is not a change", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0.5 }"), { [M]: v1 }, { [M]: { ...v1 }, "README.md": "x" }));
    expect(r.changes).toEqual([]);
    expect(r.result).toBe("pass");
  });

  it("a change to a file the manifest points to re-judges it as an update, naming the file", async () => {
    const withCard = { ...v1, card: "models/m/card.md" };
    const r = await checkInMemory(
      repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0.5 }"), { [M]: withCard, "models/m/card.md": "old" }, { "models/m/card.md": "new" }),
    );
    expect(change(r)).toMatchObject({ kind: "update", from: "v1", to: "v1", files: ["models/m/card.md"], result: "pass" });
    expect(gate(r, "g").status).toBe("pass");
  });

  it("a change to a file_hash input re-judges the manifest whose gate hashes it", async () => {
    const gates = "  - { id: g, type: file_hash, path: data_hash, files: [data/*.csv] }";
    const r = await checkInMemory(repo(policy(gates), { [M]: { ...v1, data_hash: "0".repeat(64) }, "data/a.csv": "1\n" }, { "data/a.csv": "2\n" }));
    expect(change(r)).toMatchObject({ kind: "update", files: ["data/a.csv"] });
    expect(gate(r, "g").status).toBe("fail");
  });

  it("an unrelated file change judges nothing", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0.5 }"), { [M]: v1, "docs/x.md": "a" }, { "docs/x.md": "b" }));
    expect(r.changes).toEqual([]);
  });

  it("an unreadable candidate fails its change without running gates; the kind still follows the states", async () => {
    const gates = "  - { id: g, type: range, path: metrics.auc, gte: 0.5 }";
    const updated = await checkInMemory(repo(policy(gates), { [M]: v1 }, { [M]: "{ not json" }));
    expect(change(updated)).toMatchObject({ model: "m", kind: "update", from: "v1", to: null, result: "fail", gates: [] });
    expect(updated.errors.length).toBeGreaterThan(0);
    expect(updated.errors[0].file).toBe(M);
    expect(updated.result).toBe("fail");
    const added = await checkInMemory(repo(policy(gates), {}, { [M]: "{ not json" }));
    expect(change(added)).toMatchObject({ kind: "new", from: null, to: null, result: "fail" });
    const broken = await checkInMemory(repo(policy(gates), { [M]: "{ not json" }, { [M]: v1 }));
    expect(change(broken)).toMatchObject({ kind: "update", from: null, to: "v1", result: "fail" });
  });

  it("a governed manifest that is a symlink is an error naming the file", async () => {
    const r = new MemoryReader();
    r.write({ [POLICY]: policy("  - { id: g, type: range, path: metrics.auc, gte: 0.5 }") }).commit("Base");
    r.branch("candidate").symlink(M, "../x.json").commit("Candidate");
    const report = await checkInMemory(r);
    expect(report.errors[0]).toMatchObject({ file: M, message: "a governed manifest must be a regular file, this is a symlink" });
    expect(change(report)).toMatchObject({ kind: "new", result: "fail", gates: [] });
  });
});

describe("identity and version: the engine's own checks", () => {
  const byField = (gates: string) => `version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: name, version: version }\ngates:\n${gates}\n`;

  it("a model named by a field the manifest lacks is a configuration error naming the field", async () => {
    const r = await checkInMemory(repo(byField("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), {}, { [M]: v1 }));
    expect(r.result).toBe("error");
    expect(r.changes).toEqual([]);
    expect(r.errors[0]).toMatchObject({ file: M, message: `the policy names models by "name", which ${M} does not have` });
    expect(r.errors[0].hint).toContain('add "name" to the manifest');
  });

  it("a manifest that renames its model in place fails model-identity; the base's name decides which rules apply", async () => {
    const r = await checkInMemory(
      repo(byField("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), { [M]: { ...v1, name: "fraud" } }, { [M]: { ...v1, name: "ads", version: "v2" } }),
    );
    const c = change(r);
    expect(c.model).toBe("fraud");
    const id = gate(r, "model-identity");
    expect(id).toMatchObject({ status: "fail", severity: "error", type: "identity" });
    expect(id.message).toBe('the manifest renames model fraud to "ads" in place: retire fraud and add the new model in its own manifest');
    expect(id.findings[0]).toMatchObject({ path: "name", observed: "ads", file: M });
    expect(c.result).toBe("fail");
    const kept = await checkInMemory(
      repo(
        byField("  - { id: g, type: range, path: metrics.auc, gte: 0 }"),
        { [M]: { ...v1, name: "fraud" } },
        { [M]: { ...v1, name: "fraud", version: "v2" } },
      ),
    );
    expect(change(kept).gates.map((g) => g.id)).toEqual(["g"]);
  });

  it("a version that served with other content is taken: version-identity fails, naming the commit and day", async () => {
    const r = new MemoryReader();
    r.write({ [POLICY]: policy("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), [M]: v1 });
    const first = r.commit("v1", "2026-03-04T10:00:00Z");
    r.write({ [M]: { ...v1, version: "v2", metrics: { auc: 0.91 } } }).commit("v2", "2026-04-01T00:00:00Z");
    r.branch("candidate").write({ [M]: { ...v1, metrics: { auc: 0.5 } } });
    r.commit("reuse v1");
    const report = await checkInMemory(r);
    const v = gate(report, "version-identity");
    expect(v).toMatchObject({ type: "version", severity: "error", status: "fail" });
    expect(v.message).toBe(
      `version v1 served earlier with other content (${first.slice(0, 7)}, 2026-03-04): a version names one content; give this content a new version`,
    );
    expect(v.findings[0]).toMatchObject({ path: "version", observed: "v1", file: M, message: "v1 is taken", line: 2 });
    expect(change(report)).toMatchObject({ kind: "promotion", from: "v2", to: "v1", result: "fail" });
  });
});

describe("policy mistakes the engine sees while judging", () => {
  it("a gate path that matches nothing, next to one that exists, is the policy's typo: a configuration error at the gate", async () => {
    const text = policy("  - id: g\n    type: range\n    path: metrics.acu\n    gte: 0");
    const r = await checkInMemory(repo(text, { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(r.result).toBe("error");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      file: POLICY,
      line: 5,
      message: `gate "g": path metrics.acu matches nothing in ${M}`,
      hint: "did you mean metrics.auc?",
    });
  });

  it("is not blamed on the policy when the active manifest has the path (the candidate dropped it), nor for `required`", async () => {
    const dropped = await checkInMemory(
      repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), { [M]: v1 }, { [M]: { ...v1, version: "v2", metrics: { acc: 1 } } }),
    );
    expect(dropped.errors).toEqual([]);
    expect(dropped.result).toBe("fail");
    const req = await checkInMemory(repo(policy("  - { id: g, type: required, paths: [metrics.acu] }"), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(req.errors).toEqual([]);
    expect(gate(req, "g").status).toBe("fail");
  });

  it("a manifests glob that matches nothing while files of its name exist is an error with the glob that would match", async () => {
    const text = `version: 1\nmanifests:\n  - { glob: "model/*/manifest_active.json", model: "{1}" }\ngates:\n  - { id: g, type: range, path: metrics.auc, gte: 0 }\n`;
    const r = await checkInMemory(repo(text, { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(r.result).toBe("error");
    expect(r.errors[0].message).toMatch(
      /^manifests glob "model\/\*\/manifest_active.json" matches no file at [0-9a-f]{12}, so the policy governs nothing; models\/m\/manifest_active.json has the name it looks for$/,
    );
    expect(r.errors[0].hint).toBe('did you mean "models/*/manifest_active.json"?');
    expect(r.errors[0]).toMatchObject({ file: POLICY, line: 3 });
    const two = await checkInMemory(repo(text, { [M]: v1, "models/n/manifest_active.json": v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(two.errors[0].message).toContain("; 2 files have the name it looks for");
    const deeper = `version: 1\nmanifests:\n  - { glob: "x/manifest_active.json", model: "{1}" }\ngates:\n  - { id: g, type: range, path: metrics.auc, gte: 0 }\n`;
    const far = await checkInMemory(repo(deeper, { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(far.errors[0].hint).toBe(`write a glob that matches ${M}`);
  });

  it("a repository with no manifest yet, or a glob with a wildcard file name, is no error", async () => {
    const none = await checkInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), {}, { "README.md": "x" }));
    expect(none.errors).toEqual([]);
    const wild = `version: 1\nmanifests:\n  - { glob: "model/*/*.json", model: "{1}" }\ngates:\n  - { id: g, type: range, path: metrics.auc, gte: 0 }\n`;
    const r = await checkInMemory(repo(wild, { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(r.errors).toEqual([]);
    expect(r.result).toBe("pass");
  });
});

describe("the engine, at the edges a mutation run found unguarded", () => {
  const byField = (gates: string, more = "") =>
    `version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: name, version: version }\ngates:\n${gates}\n${more}`;
  const range = "  - { id: g, type: range, path: metrics.auc, gte: 0 }";

  it("orders changes by model name, not by path", async () => {
    const r = await checkInMemory(
      repo(byField(range), {}, { "models/a/manifest_active.json": { ...v1, name: "zeta" }, "models/b/manifest_active.json": { ...v1, name: "alpha" } }),
    );
    expect(r.changes.map((c) => c.model)).toEqual(["alpha", "zeta"]);
  });

  it("an unreadable candidate keeps the base's model name; a broken manifest deleted is a retire", async () => {
    const named = await checkInMemory(repo(byField(range), { [M]: { ...v1, name: "fraud" } }, { [M]: "{" }));
    expect(change(named)).toMatchObject({ model: "fraud", kind: "update", result: "fail" });
    const gone = await checkInMemory(repo(policy(range), { [M]: "{" }, { [M]: null }));
    expect(change(gone)).toMatchObject({ kind: "retire", result: "fail", gates: [] });
  });

  it("retiring a model named by a field is no rename", async () => {
    const r = await checkInMemory(
      repo(byField("  - { id: g, type: range, path: metrics.auc, gte: 0, on: [retire] }"), { [M]: { ...v1, name: "fraud" } }, { [M]: null }),
    );
    expect(change(r)).toMatchObject({ model: "fraud", kind: "retire", result: "pass" });
    expect(change(r).gates.map((g) => g.id)).toEqual(["g"]);
  });

  it("a symlinked manifest's error says what to do", async () => {
    const r = new MemoryReader();
    r.write({ [POLICY]: policy(range) }).commit("Base");
    r.branch("candidate").symlink(M, "../x.json").commit("Candidate");
    expect((await checkInMemory(r)).errors[0].hint).toBe("commit the manifest itself, not a link to it");
  });

  it("a model re-added after its retirement is judged against its last served version", async () => {
    const r = new MemoryReader();
    r.write({ [POLICY]: policy("  - { id: g, type: regression, path: metrics.auc, better: higher }"), [M]: v1 }).commit("v1", "2026-01-01T00:00:00Z");
    r.write({ [M]: { ...v1, version: "v2", metrics: { auc: 0.95 } } }).commit("v2", "2026-02-01T00:00:00Z");
    r.remove(M).commit("retire", "2026-03-01T00:00:00Z");
    r.branch("candidate").write({ [M]: { ...v1, version: "v3", metrics: { auc: 0.9 } } });
    r.commit("re-add");
    const report = await checkInMemory(r);
    expect(change(report)).toMatchObject({ kind: "promotion", from: "v2", to: "v3", result: "fail" });
    expect(gate(report, "g").findings[0]).toMatchObject({ active: 0.95, observed: 0.9 });
  });

  it("a manifest the base already moved to since the fork is no change; a real change names no files", async () => {
    const r = new MemoryReader();
    r.write({ [POLICY]: policy(range), [M]: v1 }).commit("v1");
    r.branch("candidate")
      .write({ [M]: { ...v1, version: "v2" } })
      .commit("candidate: v2");
    r.branch("main2", "main")
      .write({ [M]: { ...v1, version: "v2" } })
      .commit("main: v2 too");
    const moved = await checkInMemory(r, { base: "main2", diffBase: "main" });
    expect(moved.changes).toEqual([]);
    const real = await checkInMemory(r);
    expect(change(real)).not.toHaveProperty("files");
  });

  it("a manifest that changed is judged once, even when a file it points to changed too", async () => {
    const withCard = { ...v1, card: "models/m/card.md" };
    const r = await checkInMemory(
      repo(policy(range), { [M]: withCard, "models/m/card.md": "a" }, { [M]: { ...withCard, version: "v2" }, "models/m/card.md": "b" }),
    );
    expect(r.changes).toHaveLength(1);
    expect(change(r)).toMatchObject({ kind: "promotion" });
    expect(change(r)).not.toHaveProperty("files");
  });

  it("references are found in lists and nested objects, beside nulls; files are listed sorted", async () => {
    const manifest = { ...v1, note: null, artifacts: [{ uri: "models/m/z.bin" }, "models/m/y.bin"], data_hash: "0".repeat(64) };
    const gates = `${range}\n  - { id: h, type: file_hash, path: data_hash, files: [data/*.csv, other/*.txt] }`;
    const base = { [M]: manifest, "models/m/z.bin": "1", "models/m/y.bin": "1", "data/a.csv": "1" };
    const r = await checkInMemory(repo(policy(gates), base, { "models/m/z.bin": "2", "models/m/y.bin": "2", "data/a.csv": "2" }));
    expect(change(r).files).toEqual(["data/a.csv", "models/m/y.bin", "models/m/z.bin"]);
  });

  it("a file_hash input re-judges only the manifests whose gates hash it", async () => {
    const gates = `${range}\n  - { id: h, type: file_hash, path: data_hash, files: [data/*.csv] }`;
    const none = await checkInMemory(repo(policy(gates), { [M]: { ...v1, data_hash: "0".repeat(64) }, "docs/x.txt": "1" }, { "docs/x.txt": "2" }));
    expect(none.changes).toEqual([]);
    // A gate that only the model's own entry adds still counts.
    const own = `models:\n  m:\n    gates:\n      - { id: h, type: file_hash, path: data_hash, files: [data/*.csv] }\n`;
    const r = await checkInMemory(repo(policy(range, own), { [M]: { ...v1, data_hash: "0".repeat(64) }, "data/a.csv": "1" }, { "data/a.csv": "2" }));
    expect(change(r).files).toEqual(["data/a.csv"]);
  });

  it("a glob whose wildcard part cannot match gets no suggestion", async () => {
    const text = `version: 1\nmanifests:\n  - { glob: "model/x*/manifest_active.json", model: "{1}" }\ngates:\n${range}\n`;
    const r = await checkInMemory(repo(text, { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(r.errors[0].hint).toBe(`write a glob that matches ${M}`);
  });

  it("`required` is never blamed on the policy, even where a near path exists", async () => {
    const r = await checkInMemory(repo(policy("  - { id: g, type: required, paths: [metrcs.auc] }"), { [M]: v1 }, { [M]: { ...v1, version: "v2" } }));
    expect(r.errors).toEqual([]);
    expect(gate(r, "g").status).toBe("fail");
  });

  it("a typo in another field of the gate names that field, at its line", async () => {
    const text = policy("  - id: g\n    type: psi\n    reference: drift.rf\n    current: drift.cur\n    lte: 0.1");
    const m = { ...v1, drift: { ref: [1, 2], cur: [1, 2] } };
    const r = await checkInMemory(repo(text, { [M]: m }, { [M]: { ...m, version: "v2" } }));
    expect(r.errors[0]).toMatchObject({
      file: POLICY,
      line: 5,
      message: `gate "g": reference drift.rf matches nothing in ${M}`,
      hint: "did you mean drift.ref?",
    });
  });
});

describe("validate, at the edges", () => {
  it("a manifests glob with a typo is a configuration error there too", async () => {
    const text = `version: 1\nmanifests:\n  - { glob: "model/*/manifest_active.json", model: "{1}" }\ngates:\n  - { id: g, type: range, path: metrics.auc, gte: 0 }\n`;
    const r = await validateInMemory(repo(text, { [M]: v1 }, {}));
    expect(r.result).toBe("error");
    expect(r.errors[0].hint).toBe('did you mean "models/*/manifest_active.json"?');
    const fine = await validateInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), { [M]: v1 }, {}));
    expect(fine.errors).toEqual([]);
    expect(fine.result).toBe("pass");
  });

  it("an unreadable manifest fails without gates; a model without its name field is an error", async () => {
    const broken = await validateInMemory(repo(policy("  - { id: g, type: range, path: metrics.auc, gte: 0 }"), { [M]: "{" }, {}));
    expect(change(broken)).toMatchObject({ model: "m", kind: "new", from: null, to: null, result: "fail", gates: [] });
    expect(broken.result).toBe("fail");
    const text = `version: 1\nmanifests:\n  - { glob: "models/*/manifest_active.json", model: name }\ngates:\n  - { id: g, type: range, path: metrics.auc, gte: 0 }\n`;
    const unnamed = await validateInMemory(repo(text, { [M]: v1 }, {}));
    expect(unnamed.changes).toEqual([]);
    expect(unnamed.errors[0].message).toBe(`the policy names models by "name", which ${M} does not have`);
  });
});
