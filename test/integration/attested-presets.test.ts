import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildExampleRepo, commitAll, git } from "../../scripts/example-repo.mjs";
import { matchPath } from "../../src/core/path.js";
import { checkJson, gateOf, ROOT } from "../support/cli.js";
import { tempDir } from "../support/repo.js";
import { signStatement, sigstoreStandIn, statement, type Workflow } from "../support/sigstore.js";

/** The first policy block of a preset page's "Attested variant" section, as users copy it. */
function attestedBlock(preset: string): Record<string, unknown> {
  const page = readFileSync(join(ROOT, "docs", `${preset}.md`), "utf8");
  const section = page.slice(page.indexOf("## Attested variant"));
  return parse(/```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "") as Record<string, unknown>;
}

/** The workflow the block's `identity` names, as the stand-in's Fulcio certifies it. */
function workflowOf(identity: string): Workflow {
  const m = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(.+)$/.exec(identity) as RegExpExecArray;
  return { repository: m[1], workflow: m[2], sha: "7c1e5a9d3b2f4e6a8c0d1e2f3a4b5c6d7e8f9a0b" };
}

interface Case {
  preset: string;
  /** Adds what the attested variant needs to the example's passing manifest; returns the predicate the workflow would sign. */
  prepare(dir: string, manifestPath: string, manifest: Record<string, unknown>): Record<string, unknown>;
  /** An edit after signing that every other gate of the preset accepts. */
  edit: (manifest: Record<string, unknown>) => string;
  now: string;
}

const cases: Case[] = [
  {
    preset: "pivotquant",
    now: "2026-03-01T00:00:00Z",
    prepare: (_dir, _path, m) => {
      const metrics: Record<string, Record<string, unknown>> = {};
      for (const hit of matchPath(m, "targets.*.horizons.*.metrics")) {
        const [, target, , horizon] = hit.segments as string[];
        metrics[target] = { ...(metrics[target] ?? {}), [horizon]: hit.value };
      }
      return { metrics: { backtest: metrics }, training_window: { end: m.trained_end_ts } };
    },
    edit: (m) => {
      const h = (m.targets as Record<string, { horizons: Record<string, { metrics: { mfe_bps: number } }> }>).reject.horizons["5"];
      h.metrics.mfe_bps += 0.5;
      return "targets.reject.horizons.5.metrics.mfe_bps";
    },
  },
  {
    preset: "glass-box",
    now: "2026-02-01T00:00:00Z",
    prepare: (dir, path, m) => {
      const weights = "ebm weights v0.2.0\n";
      writeFileSync(join(dir, path, "..", "model.ebm"), weights);
      m.artifact = { path: "./model.ebm", sha256: createHash("sha256").update(weights).digest("hex") };
      return { metrics: { validation: m.calibration_metrics }, dataset: { sha256: m.training_data_hash } };
    },
    edit: (m) => {
      (m.calibration_metrics as { brier_score: number }).brier_score = 0.08;
      return "calibration_metrics.brier_score";
    },
  },
];

let standIn: Awaited<ReturnType<typeof sigstoreStandIn>>;
beforeAll(async () => {
  standIn = await sigstoreStandIn();
}, 60_000);

describe.each(cases)("the attested variant of modelgate:$preset in docs/, with the bundled command", (c) => {
  it("passes the example's pull request with the training workflow's bundle, and fails a metric edited after signing", async () => {
    const example = join(ROOT, "examples", c.preset);
    const spec = parse(readFileSync(join(example, "failures.yaml"), "utf8")) as { pass: string; manifest: string };
    const dir = buildExampleRepo(example, tempDir()).dir;
    // The policy on main: the documented block, trusting the stand-in's root instead of the public instance's.
    const policy = attestedBlock(c.preset);
    const gates = policy.gates as Array<Record<string, unknown>>;
    gates[0].trusted_root = ".modelgate/trusted_root.json";
    git(dir, ["checkout", "-q", "main"]);
    writeFileSync(join(dir, ".modelgate", "policy.yaml"), stringify(policy));
    writeFileSync(join(dir, ".modelgate", "trusted_root.json"), JSON.stringify(standIn.trustedRoot, null, 2));
    commitAll(dir, "Policy: evaluation results must be signed", "2026-01-15T00:00:00Z");

    // The pull request: the manifest, and the bundle its training workflow signed.
    git(dir, ["checkout", "-q", spec.pass]);
    const file = join(dir, spec.manifest);
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const predicate = c.prepare(dir, spec.manifest, manifest);
    const digests = matchPath(manifest, gates[0].subject as string).map((h) => h.value as string);
    const signed = statement(digests[0], predicate);
    signed.subject = digests.map((d, i) => ({ name: `artifact-${i}`, digest: { sha256: d.replace(/^sha256:/, "") } }));
    const bundle = await signStatement(standIn, signed, workflowOf(gates[0].identity as string));
    manifest.attestation = "./evaluation.sigstore.json";
    writeFileSync(join(file, "..", "evaluation.sigstore.json"), JSON.stringify(bundle));
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    commitAll(dir, "Signed evaluation", "2026-01-20T00:00:00Z");

    const pass = checkJson(dir, "--base", "main", "--head", "HEAD", "--now", c.now);
    const model = pass.report.changes[0].model;
    const attested = gateOf(pass.report, model, "evaluation-attested");
    expect(attested.status, attested.message).toBe("pass");
    expect(attested.message).toContain(`signed by ${gates[0].identity} at 7c1e5a9d3b2f`);
    expect(pass.report.changes[0].gates.filter((g) => g.status === "fail").map((g) => `${g.id}: ${g.message}`)).toEqual([]);
    expect(pass.code).toBe(0);

    const field = c.edit(manifest);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    commitAll(dir, "Better numbers", "2026-01-21T00:00:00Z");
    const edited = checkJson(dir, "--base", "main", "--head", "HEAD", "--now", c.now);
    expect(edited.report.changes[0].gates.filter((g) => g.status === "fail").map((g) => g.id)).toEqual(["evaluation-attested"]);
    expect(gateOf(edited.report, model, "evaluation-attested").findings[0]).toMatchObject({ path: field, file: spec.manifest });
    expect(edited.code).toBe(1);
  }, 120_000);
});
