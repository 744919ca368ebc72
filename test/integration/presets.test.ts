import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildExampleRepo, commitAll, git } from "../../scripts/example-repo.mjs";
import { parsePath, type Segment } from "../../src/core/path.js";
import { checkJson, ROOT } from "../support/cli.js";
import { tempDir } from "../support/repo.js";

interface Edit {
  set?: Record<string, unknown>;
  delete?: string[];
  write?: Record<string, string>;
  now?: string;
  /** Other gates the edit rightly fails too (dropping a target drops its metrics). */
  also?: string[];
}
interface Failures {
  pass: string;
  manifest: string;
  now?: string;
  failures: Record<string, Edit>;
  untested_here?: Record<string, string>;
}

const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function segmentsOf(path: string): Segment[] {
  return parsePath(path).filter((s): s is Segment => typeof s !== "symbol");
}

function applyEdit(manifest: Record<string, unknown>, edit: Edit): void {
  for (const [path, value] of Object.entries(edit.set ?? {})) {
    const segs = segmentsOf(path);
    let node = manifest as Record<string | number, unknown>;
    for (const s of segs.slice(0, -1)) {
      if (node[s] === undefined) node[s] = {};
      node = node[s] as Record<string | number, unknown>;
    }
    node[segs[segs.length - 1]] = value;
  }
  for (const path of edit.delete ?? []) {
    const segs = segmentsOf(path);
    let node = manifest as Record<string | number, unknown>;
    for (const s of segs.slice(0, -1)) node = node[s] as Record<string | number, unknown>;
    delete node[segs[segs.length - 1]];
  }
}

describe.each(examples)("examples/%s with its preset", (name) => {
  const spec = parse(readFileSync(join(ROOT, "examples", name, "failures.yaml"), "utf8")) as Failures;
  const preset = parse(readFileSync(join(ROOT, "policies", `${name}.yaml`), "utf8")) as { gates: Array<{ id: string; severity?: string }> };
  const now = (edit?: Edit) => ["--now", edit?.now ?? spec.now ?? "2026-03-01T00:00:00Z"];

  it("lists one failing pull request for every gate of the preset", () => {
    expect([...Object.keys(spec.failures), ...Object.keys(spec.untested_here ?? {})].sort()).toEqual(preset.gates.map((g) => g.id).sort());
  });

  it("the passing pull request passes every gate; each edit fails exactly its gate", () => {
    const dir = buildExampleRepo(join(ROOT, "examples", name), tempDir()).dir;
    const pass = checkJson(dir, "--base", "main", "--head", spec.pass, ...now());
    expect(pass.report.changes.length, pass.stderr).toBeGreaterThan(0);
    const bad = pass.report.changes.flatMap((c) => c.gates.filter((g) => g.status === "fail" || g.status === "warn").map((g) => `${g.id}: ${g.message}`));
    expect(bad).toEqual([]);
    expect(pass.code).toBe(0);
    expect(pass.report.policy.files[0]).toBe(`modelgate:${name}`);

    for (const [id, edit] of Object.entries(spec.failures)) {
      git(dir, ["checkout", "-q", "-b", `fail-${id}`, spec.pass]);
      const file = join(dir, spec.manifest);
      const isJson = spec.manifest.endsWith(".json");
      const manifest = (isJson ? JSON.parse(readFileSync(file, "utf8")) : parse(readFileSync(file, "utf8"))) as Record<string, unknown>;
      applyEdit(manifest, edit);
      writeFileSync(file, isJson ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
      for (const [path, content] of Object.entries(edit.write ?? {})) writeFileSync(join(dir, path), content);
      commitAll(dir, `fail ${id}`, "2026-02-01T00:00:00Z");
      const run = checkJson(dir, "--base", "main", "--head", `fail-${id}`, ...now(edit));
      const gates = run.report.changes.flatMap((c) => c.gates);
      const failed = gates.filter((g) => g.status === "fail").map((g) => g.id);
      const warning = preset.gates.find((g) => g.id === id)?.severity === "warning";
      if (warning) {
        expect(failed, `${id}: ${JSON.stringify(gates.filter((g) => g.status === "fail"))}`).toEqual([]);
        expect(gates.filter((g) => g.status === "warn").map((g) => g.id)).toEqual([id]);
      } else {
        expect(failed, `${id}: ${JSON.stringify(gates.filter((g) => g.status !== "pass" && g.status !== "skip").map((g) => [g.id, g.message]))}`).toEqual(
          [id, ...(edit.also ?? [])].sort((a, b) => gates.findIndex((g) => g.id === a) - gates.findIndex((g) => g.id === b)),
        );
        expect(run.code).toBe(1);
      }
      git(dir, ["checkout", "-q", "main"]);
    }
  });
});
