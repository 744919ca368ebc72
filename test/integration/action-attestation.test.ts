import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Report } from "../../src/core/report.js";
import { pullRequestPayload, runActionProcess } from "../support/action.js";
import { useFakeGitHub } from "../support/github-api.js";
import { TestRepo } from "../support/repo.js";
import { GITHUB_ISSUER, identityOf, signStatement, sigstoreStandIn, statement, TRAINING } from "../support/sigstore.js";

const MODEL = "models/fraud/manifest_active.json";
const DIGEST = "5e2a8c1d9f3b7a6e4c2d0b8f1a3e5c7d9b2f4a6c8e0d1b3f5a7c9e1d3b5f7a9c";
const github = useFakeGitHub();

let standIn: Awaited<ReturnType<typeof sigstoreStandIn>>;
let bundle: Record<string, unknown>;
beforeAll(async () => {
  standIn = await sigstoreStandIn();
  bundle = await signStatement(standIn, statement(DIGEST, { metrics: { test: { auc: 0.83 } } }));
}, 60_000);

/** A policy whose attestation gate names no bundle file: the action asks GitHub for the artifact's attestations. */
function repository(auc: number) {
  const repo = new TestRepo();
  const policy = {
    version: 1,
    gates: [
      {
        id: "evaluation-attested",
        type: "attestation",
        subject: "artifact.sha256",
        issuer: GITHUB_ISSUER,
        identity: identityOf(TRAINING),
        trusted_root: ".modelgate/trusted_root.json",
        bind: { "metrics.auc": "predicate.metrics.test.auc" },
      },
    ],
  };
  const base = repo
    .write({
      ".modelgate/policy.yaml": stringify(policy),
      ".modelgate/trusted_root.json": standIn.trustedRoot,
      [MODEL]: { version: "v1", artifact: { uri: "s3://models/fraud/v1.onnx", sha256: "1".repeat(64) }, metrics: { auc: 0.8 } },
    })
    .commit("base", "2026-01-01T00:00:00Z");
  const head = repo
    .branch("v2")
    .write({ [MODEL]: { version: "v2", artifact: { uri: "s3://models/fraud/v2.onnx", sha256: `sha256:${DIGEST}` }, metrics: { auc } } })
    .commit("v2");
  return { repo, base, head };
}

async function judge(auc: number) {
  const { repo, base, head } = repository(auc);
  const run = await runActionProcess({ workspace: repo.dir, event: "pull_request", payload: pullRequestPayload({ number: 7, base, head }), api: github() });
  const report = JSON.parse(readFileSync(run.outputs["report-path"], "utf8")) as Report;
  return { run, gate: report.changes[0].gates.find((g) => g.id === "evaluation-attested") };
}

describe("the action fetches an artifact's attestations from GitHub when the gate names no bundle file", () => {
  it("accepts the training workflow's attestation, refuses an edited metric, and says when GitHub has none", async () => {
    github().attestations[`sha256:${DIGEST}`] = [bundle];
    const good = await judge(0.83);
    expect(good.gate?.status, good.gate?.message).toBe("pass");
    expect(good.gate?.message).toBe(`1 field (metrics.auc) signed by ${identityOf(TRAINING)} at ${TRAINING.sha.slice(0, 12)} (GitHub's attestation 1 of 1)`);
    expect(good.run.code).toBe(0);
    expect(github().requests).toContainEqual({ method: "GET", path: `/repos/octo-org/models/attestations/sha256%3A${DIGEST}` });

    const edited = await judge(0.88);
    expect(edited.gate?.status).toBe("fail");
    expect(edited.gate?.findings[0]).toMatchObject({ path: "metrics.auc", observed: 0.88, limit: 0.83, file: MODEL });
    expect(edited.run.code).toBe(1);

    github().attestations = {};
    const none = await judge(0.83);
    expect(none.gate?.message).toBe(`GitHub has no attestation for sha256:${DIGEST}`);
  }, 120_000);
});
