import { beforeAll, describe, expect, it } from "vitest";
import { publicGoodTrust } from "../../../src/core/sigstore.js";
import { type GateCase, runGate } from "../../support/gate.js";
import { GITHUB_ISSUER, identityOf, signStatement, sigstoreStandIn, statement, TRAINING } from "../../support/sigstore.js";

const ARTIFACT = "9a3c1f0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";
const OTHER = "0".repeat(64);
const BUNDLE = "evidence/v010.sigstore.json";
const ROOT = ".modelgate/trusted_root.json";
const PREDICATE = {
  metrics: { test: { auc: 0.91, f1: 0.8 } },
  dataset: { sha256: "c".repeat(64) },
  code: { commit: TRAINING.sha },
  training_window: { start: "2026-01-01", end: "2026-10-31" },
};
const manifest = (o: { auc?: number; sha256?: string } = {}) => ({
  version: "v010",
  artifacts: { model: { path: "models/m/model.onnx", sha256: o.sha256 ?? ARTIFACT } },
  metrics: { auc: o.auc ?? 0.91, f1: 0.8 },
  dataset_hash: "c".repeat(64),
  attestation: BUNDLE,
});
const gate = {
  type: "attestation",
  subject: "artifacts.model.sha256",
  bundle: "attestation",
  issuer: GITHUB_ISSUER,
  identity: identityOf(TRAINING),
  trusted_root: ROOT,
  bind: { "metrics.*": "predicate.metrics.test.*", dataset_hash: "predicate.dataset.sha256" },
};

let standIn: Awaited<ReturnType<typeof sigstoreStandIn>>;
let good: Record<string, unknown>;
let root: string;
const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/** The case as a user commits it: the trusted root with the policy, the bundle beside the candidate. */
function attested(bundle: unknown, o: Partial<GateCase> & { auc?: number; sha256?: string } = {}): GateCase {
  return {
    gate: o.gate ?? gate,
    candidate: o.candidate ?? manifest(o),
    schemas: o.schemas ?? { [ROOT]: root },
    files: o.files ?? { [BUNDLE]: json(bundle) },
  };
}

beforeAll(async () => {
  standIn = await sigstoreStandIn();
  root = json(standIn.trustedRoot);
  good = await signStatement(standIn, statement(ARTIFACT, PREDICATE));
}, 60_000);

describe("attestation gate", () => {
  it("accepts a bundle the training workflow signed, and says who signed each bound field at which commit", async () => {
    const r = await runGate(attested(good));
    const by = `signed by ${identityOf(TRAINING)} at ${TRAINING.sha.slice(0, 12)}`;
    expect(r.status, JSON.stringify(r)).toBe("pass");
    expect(r.message).toBe(`3 fields (metrics.auc, metrics.f1, dataset_hash) ${by} (${BUNDLE})`);
    expect(r.findings.map((f) => f.message)).toEqual([`metrics.auc = 0.91: ${by}`, `metrics.f1 = 0.8: ${by}`, `dataset_hash = "${"c".repeat(64)}": ${by}`]);
    expect(r.findings[0]).toMatchObject({ file: "models/m/manifest_active.json", line: 10, column: 12 });
    // The digest may carry its algorithm, in either case.
    expect((await runGate(attested(good, { sha256: `sha256:${ARTIFACT.toUpperCase()}` }))).status).toBe("pass");
  });

  it("refuses a bundle for another artifact", async () => {
    const r = await runGate(attested(good, { sha256: OTHER }));
    expect(r.status).toBe("fail");
    expect(r.message).toBe(`${BUNDLE} attests sha256:${ARTIFACT}, not this artifact (sha256:${OTHER})`);
    expect(r.findings[0]).toMatchObject({ path: "attestation", file: "models/m/manifest_active.json", line: 14 });
  });

  it("refuses metrics edited after signing, in the manifest or in the bundle", async () => {
    const edited = await runGate(attested(good, { auc: 0.93 }));
    expect(edited.status).toBe("fail");
    expect(edited.message).toBe(`1 field of the manifest differs from the statement signed by ${identityOf(TRAINING)} at ${TRAINING.sha.slice(0, 12)}`);
    expect(edited.findings).toEqual([
      expect.objectContaining({
        path: "metrics.auc",
        observed: 0.93,
        limit: 0.91,
        line: 10,
        message: `metrics.auc is 0.93 here; the statement signed by ${identityOf(TRAINING)} at ${TRAINING.sha.slice(0, 12)} says 0.91 (predicate.metrics.test.auc)`,
      }),
    ]);
    // The same edit made inside the bundle's statement breaks the signature.
    const envelope = good.dsseEnvelope as { payload: string };
    const payload = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    payload.predicate.metrics.test.auc = 0.93;
    const forged = { ...good, dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(payload)).toString("base64") } };
    const r = await runGate(attested(forged, { auc: 0.93 }));
    expect(r.status).toBe("fail");
    expect(r.message).toMatch(new RegExp(`^${BUNDLE} does not verify against the trusted root: `));
  });

  it("refuses a field the statement does not sign", async () => {
    const r = await runGate(attested(good, { gate: { ...gate, bind: { "metrics.auc": "predicate.metrics.valid.auc" } } as GateCase["gate"] }));
    expect(r.findings[0].message).toBe(`metrics.auc is not signed: ${BUNDLE} has no predicate.metrics.valid.auc`);
  });

  it("refuses another workflow's identity and another issuer", async () => {
    const adhoc = { ...TRAINING, workflow: ".github/workflows/adhoc.yml@refs/heads/try-things" };
    const other = await runGate(attested(await signStatement(standIn, statement(ARTIFACT, PREDICATE), adhoc)));
    expect(other.status).toBe("fail");
    expect(other.message).toBe(`${BUNDLE} is signed by "${identityOf(adhoc)}"; the policy trusts "${identityOf(TRAINING)}"`);
    // Same workflow path written in the certificate, minted by another OIDC issuer.
    const elsewhere = await runGate(
      attested(await signStatement(standIn, statement(ARTIFACT, PREDICATE), { ...TRAINING, issuer: "https://gitlab.example.com" })),
    );
    expect(elsewhere.message).toBe(`${BUNDLE} is signed through the OIDC issuer "https://gitlab.example.com"; the policy trusts "${GITHUB_ISSUER}"`);
    // A list of identities: any of them.
    const listed = { ...gate, identity: [identityOf(TRAINING), identityOf(adhoc)] } as GateCase["gate"];
    expect((await runGate(attested(await signStatement(standIn, statement(ARTIFACT, PREDICATE), adhoc), { gate: listed }))).status).toBe("pass");
  }, 30_000);

  it("refuses a certificate that had expired when the statement was signed, or that no trusted authority issued", async () => {
    const clock = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000);
    // The certificate was issued 20 minutes before the timestamps: Fulcio's certificates live 10 minutes.
    const late = await sigstoreStandIn({ clock, caClock: new Date(clock.getTime() - 20 * 60_000) });
    const expired = await runGate(attested(await signStatement(late, statement(ARTIFACT, PREDICATE)), { schemas: { [ROOT]: json(late.trustedRoot) } }));
    expect(expired.status).toBe("fail");
    expect(expired.message).toBe(
      `${BUNDLE} does not verify against the trusted root: Failed to verify certificate chain (certificate is not valid or expired at the specified date) [CERTIFICATE_ERROR]`,
    );
    // A certificate from another Sigstore instance's CA, judged against a root that trusts only the policy's.
    const stranger = await sigstoreStandIn();
    const foreignCa = { ...standIn.trustedRoot, certificateAuthorities: stranger.trustedRoot.certificateAuthorities };
    const untrusted = await runGate(attested(good, { schemas: { [ROOT]: json(foreignCa) } }));
    expect(untrusted.status).toBe("fail");
    expect(untrusted.message).toBe(
      `${BUNDLE} does not verify against the trusted root: Failed to verify certificate chain (no valid certificate path found) [CERTIFICATE_ERROR]`,
    );
    // A whole other instance's bundle: its timestamps already fail.
    const elsewhere = await runGate(attested(await signStatement(stranger, statement(ARTIFACT, PREDICATE))));
    expect(elsewhere.message).toMatch(new RegExp(`^${BUNDLE} does not verify against the trusted root: `));
  }, 30_000);

  it("refuses a tampered signature", async () => {
    const envelope = good.dsseEnvelope as { signatures: Array<{ sig: string; keyid: string }> };
    const sig = Buffer.from(envelope.signatures[0].sig, "base64");
    sig[sig.length - 1] ^= 1;
    const tampered = { ...good, dsseEnvelope: { ...envelope, signatures: [{ ...envelope.signatures[0], sig: sig.toString("base64") }] } };
    const r = await runGate(attested(tampered));
    expect(r.status).toBe("fail");
    // The timestamp authority countersigned the signature: the first check to break is the timestamp's.
    expect(r.message).toMatch(new RegExp(`^${BUNDLE} does not verify against the trusted root: `));
  });

  it("refuses a bundle for another predicate type, unless the policy allows it", async () => {
    const slsa = await signStatement(standIn, statement(ARTIFACT, PREDICATE, "https://slsa.dev/provenance/v1"));
    const r = await runGate(attested(slsa));
    expect(r.message).toBe(
      `${BUNDLE} attests the predicate type "https://slsa.dev/provenance/v1"; the policy accepts "https://modelgate.dev/attestation/evaluation/v1"`,
    );
    const allowed = { ...gate, predicate_types: ["https://slsa.dev/provenance/v1"] } as GateCase["gate"];
    expect((await runGate(attested(slsa, { gate: allowed }))).status).toBe("pass");
    // modelgate's own predicate type must follow its schema.
    const shapeless = await signStatement(standIn, statement(ARTIFACT, { metrics: { test: { auc: "0.91" } } }));
    const r2 = await runGate(attested(shapeless, { gate: { ...gate, bind: {} } as GateCase["gate"] }));
    expect(r2.message).toMatch(
      new RegExp(`^${BUNDLE} signs a predicate that does not follow schemas/evaluation-predicate.schema.json: predicate.metrics.test.auc `),
    );
  });

  it("trusts only a root committed with the policy: one the pull request adds does not count", async () => {
    const r = await runGate(attested(good, { schemas: {}, files: { [BUNDLE]: json(good), [ROOT]: root } }));
    expect(r.status).toBe("fail");
    expect(r.message).toBe(
      `trusted_root ${ROOT} does not exist at the policy's commit: commit it with the policy (the pull request cannot choose whom to trust)`,
    );
    const broken = await runGate(attested(good, { schemas: { [ROOT]: '{"tlogs": []}' } }));
    expect(broken.findings[0]).toMatchObject({ file: ROOT, line: 1, column: 1 });
    expect(broken.message).toContain("is not a Sigstore trusted root");
  });

  it("ships the public Sigstore instance's root, which loads and refuses a stand-in's bundle", async () => {
    const trust = publicGoodTrust();
    expect(trust.material.certificateAuthorities.length).toBeGreaterThan(0);
    expect(trust.material.tlogs.some((t) => t.baseURL === "https://rekor.sigstore.dev")).toBe(true);
    const { trusted_root: _, ...publicGate } = gate;
    const r = await runGate(attested(good, { gate: publicGate as GateCase["gate"] }));
    expect(r.status).toBe("fail");
    expect(r.message).toMatch(new RegExp(`^${BUNDLE} does not verify against the trusted root: `));
  });

  it("says where the bundle should be when there is none, and keeps it inside the repository", async () => {
    const { bundle: _, ...noBundle } = gate;
    const none = await runGate(attested(good, { gate: noBundle as GateCase["gate"] }));
    expect(none.findings[0].message).toBe(
      "the gate names no `bundle` path, and only the GitHub Action fetches attestations from GitHub: commit the bundle with the manifest and name it at `bundle`",
    );
    const outside = await runGate(attested(good, { candidate: { ...manifest(), attestation: "../evidence.json" } }));
    expect(outside.findings[0]).toMatchObject({ path: "attestation", line: 14 });
    expect(outside.message).toContain('the path contains ".."');
    const absent = await runGate(attested(good, { files: {} }));
    expect(absent.message).toBe(`attestation: ${BUNDLE} does not exist at the head commit`);
    const notJson = await runGate(attested(good, { files: { [BUNDLE]: "{ nope" } }));
    expect(notJson.findings[0]).toMatchObject({ file: BUNDLE, line: 1 });
    const notBundle = await runGate(attested(good, { files: { [BUNDLE]: json({ mediaType: "x" }) } }));
    expect(notBundle.message).toMatch(new RegExp(`^${BUNDLE} is not a Sigstore bundle: `));
  });
});
