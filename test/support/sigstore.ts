import { createHash, generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bundleToJSON } from "@sigstore/bundle";
import { fulcioHandler, type HandlerFn, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler } from "@sigstore/mock";
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } from "@sigstore/sign";
import { afterAll } from "vitest";

/** The in-toto statement type and modelgate's evaluation predicate type (docs: README, schemas/evaluation-predicate.schema.json). */
export const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export const EVALUATION_PREDICATE = "https://modelgate.dev/attestation/evaluation/v1";
export const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

/** The GitHub Actions OIDC claims the stand-in's Fulcio turns into certificate extensions (as GitHub's do). */
export interface Workflow {
  repository: string;
  /** `.github/workflows/train.yml@refs/heads/main` */
  workflow: string;
  sha: string;
  ref?: string;
  issuer?: string;
}

export const TRAINING: Workflow = {
  repository: "acme/models",
  workflow: ".github/workflows/train.yml@refs/heads/main",
  sha: "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c",
};

export function identityOf(w: Workflow): string {
  return `https://github.com/${w.repository}/${w.workflow}`;
}

interface Services {
  url: string;
  trustedRoot: Record<string, unknown>;
}

/**
 * Fulcio, Rekor and a timestamp authority on 127.0.0.1, built from @sigstore/mock's handlers
 * (the shape of sigstore-js's packages/mock-server), with the trusted root of their keys.
 * Clocks are frozen on a whole second (the TSA's fractional seconds fail @sigstore/core's
 * parser otherwise), a few seconds ahead because the mocks' CA certificates start at the real clock.
 * `caClock` apart from `clock`: a certificate signed when it was no longer valid.
 */
export async function sigstoreStandIn(o: { clock?: Date; caClock?: Date } = {}): Promise<Services & { close(): Promise<void> }> {
  const clock = o.clock ?? new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000);
  const keyPair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const ctlog = await initializeCTLog(keyPair, o.caClock ?? clock);
  const ca = await initializeCA(keyPair, ctlog, o.caClock ?? clock);
  const tsa = await initializeTSA(keyPair, clock);
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlog = await initializeTLog(url, keyPair, clock);
  const routes = new Map<string, HandlerFn>(
    [fulcioHandler(ca, { subjectClaim: "san" }), rekorHandler(tlog), tsaHandler(tsa)].map((h) => [h.path, h.fn] as [string, HandlerFn]),
  );
  server.on("request", (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const fn = req.method === "POST" ? routes.get(req.url ?? "") : undefined;
      if (!fn) {
        res.writeHead(404).end();
        return;
      }
      const { statusCode, response, contentType } = await fn(Buffer.concat(chunks).toString("utf8"));
      // No keep-alive: a client reusing a socket the server has since closed gets ECONNRESET.
      res.writeHead(statusCode, { connection: "close", ...(contentType ? { "content-type": contentType } : {}) });
      res.end(typeof response === "string" ? response : Buffer.from(response.buffer, response.byteOffset, response.byteLength));
    });
  });
  const start = new Date(clock.getTime() - 3_600_000).toISOString();
  const der = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");
  const log = (key: Buffer) => ({
    baseUrl: url,
    hashAlgorithm: "SHA2_256",
    publicKey: { rawBytes: key.toString("base64"), keyDetails: "PKIX_ECDSA_P256_SHA_256", validFor: { start } },
    logId: { keyId: createHash("sha256").update(key).digest("base64") },
  });
  const authority = (certs: ArrayBufferView[]) => ({
    subject: { organization: "sigstore.mock", commonName: "sigstore" },
    uri: url,
    certChain: { certificates: certs.map((c) => ({ rawBytes: der(c) })) },
    validFor: { start },
  });
  const trustedRoot = {
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    tlogs: [log(tlog.publicKey)],
    certificateAuthorities: [authority([ca.rootCertificate])],
    ctlogs: [log(ctlog.publicKey)],
    timestampAuthorities: [authority([tsa.intCertificate, tsa.rootCertificate])],
  };
  const services = { url, trustedRoot, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  afterAll(() => services.close());
  return services;
}

/** An unsigned OIDC token with GitHub Actions' claims (the stand-in's Fulcio decodes, never verifies, it). */
function token(w: Workflow): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const [path, ref] = w.workflow.split("@");
  const claims = {
    iss: w.issuer ?? GITHUB_ISSUER,
    sub: `repo:${w.repository}:ref:${ref}`,
    aud: "sigstore",
    san: identityOf(w),
    repository: w.repository,
    repository_owner: w.repository.split("/")[0],
    ref: w.ref ?? ref,
    sha: w.sha,
    workflow_ref: `${w.repository}/${path}@${ref}`,
    job_workflow_ref: `${w.repository}/${path}@${ref}`,
    event_name: "push",
    runner_environment: "github-hosted",
    run_id: "4242",
    run_attempt: "1",
  };
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`;
}

/** An in-toto statement about one artifact, with modelgate's evaluation predicate unless told otherwise. */
export function statement(sha256: string, predicate: unknown, predicateType = EVALUATION_PREDICATE): Record<string, unknown> {
  return { _type: STATEMENT_TYPE, subject: [{ name: "model.onnx", digest: { sha256 } }], predicateType, predicate };
}

/** A real DSSE Sigstore bundle (JSON), signed through the stand-in's Fulcio, witnessed by its Rekor and TSA. */
export async function signStatement(services: Services, payload: object | string, w: Workflow = TRAINING): Promise<Record<string, unknown>> {
  const signer = new FulcioSigner({ identityProvider: { getToken: async () => token(w) }, fulcioBaseURL: services.url, retry: 0 });
  const builder = new DSSEBundleBuilder({
    signer,
    witnesses: [
      // The Rekor v1 stand-in stores `dsse` entries as proposed, which no verifier accepts: `intoto` entries verify.
      new RekorWitness({ rekorBaseURL: services.url, entryType: "intoto", retry: 0 }),
      new TSAWitness({ tsaBaseURL: services.url, retry: 0 }),
    ],
  });
  const data = Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload));
  const bundle = await builder.create({ data, type: "application/vnd.in-toto+json" });
  return bundleToJSON(bundle) as unknown as Record<string, unknown>;
}
