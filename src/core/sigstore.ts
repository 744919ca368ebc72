// Sigstore verification for the `attestation` gate. Loaded on demand (a dynamic import), so
// the sigstore libraries cost nothing to a policy that has no attestation gate.
import { type Bundle, bundleFromJSON, isBundleWithDsseEnvelope } from "@sigstore/bundle";
import type { X509Certificate } from "@sigstore/core";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { type TrustMaterial, toSignedEntity, toTrustMaterial, Verifier, type VerifierOptions } from "@sigstore/verify";
import publicGood from "../../trust/sigstore-public-good.json" with { type: "json" };

/** Who signed, as the Fulcio certificate says (GitHub Actions' extensions, where present). */
export interface Signer {
  /** The certificate identity (SAN): for GitHub Actions, the workflow file and ref that ran. */
  identity: string;
  issuer: string;
  /** The commit the workflow ran at (Source Repository Digest). */
  commit?: string;
  /** The repository the workflow ran in (Source Repository URI). */
  repository?: string;
  /** The git ref it ran on (Source Repository Ref). */
  ref?: string;
}

export interface Verified {
  signer: Signer;
  /** The DSSE payload, parsed: the in-toto statement. */
  statement: unknown;
}

export interface Trust {
  material: TrustMaterial;
  options: VerifierOptions;
}

const OID = {
  issuer: "1.3.6.1.4.1.57264.1.8",
  issuerV1: "1.3.6.1.4.1.57264.1.1",
  repository: "1.3.6.1.4.1.57264.1.12",
  commit: "1.3.6.1.4.1.57264.1.13",
  ref: "1.3.6.1.4.1.57264.1.14",
};

let shipped: Trust | undefined;

/** The public Sigstore instance's root that modelgate ships (trust/sigstore-public-good.json; scripts/refresh-trusted-root.mjs renews it). */
export function publicGoodTrust(): Trust {
  shipped ??= trustFrom([publicGood]);
  return shipped;
}

/**
 * A trusted root from a file: one JSON object, or JSON Lines of them (what `gh attestation
 * trusted-root` prints: the public instance's and GitHub's), whose authorities are pooled.
 */
export function parseTrustedRoot(text: string): Trust | { error: string } {
  const roots: unknown[] = [];
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith("{") && !/\}\s*\n\s*\{/.test(trimmed)) roots.push(JSON.parse(trimmed));
    else for (const line of trimmed.split("\n").filter((l) => l.trim())) roots.push(JSON.parse(line));
  } catch (err) {
    return { error: `is not JSON (or JSON Lines): ${(err as Error).message}` };
  }
  for (const r of roots) {
    if (r === null || typeof r !== "object" || !Array.isArray((r as { certificateAuthorities?: unknown }).certificateAuthorities)) {
      return {
        error: "is not a Sigstore trusted root: it must have certificateAuthorities (see `gh attestation trusted-root` or sigstore's trusted_root.json)",
      };
    }
  }
  try {
    return trustFrom(roots);
  } catch (err) {
    return { error: `is not a usable Sigstore trusted root: ${(err as Error).message}` };
  }
}

function trustFrom(roots: unknown[]): Trust {
  const parsed = roots.map((r) => TrustedRoot.fromJSON(r));
  const root: TrustedRoot = {
    ...parsed[0],
    certificateAuthorities: parsed.flatMap((r) => r.certificateAuthorities),
    tlogs: parsed.flatMap((r) => r.tlogs),
    ctlogs: parsed.flatMap((r) => r.ctlogs),
    timestampAuthorities: parsed.flatMap((r) => r.timestampAuthorities),
  };
  if (root.certificateAuthorities.length === 0) throw new Error("it lists no certificate authority");
  // An instance without a transparency log (GitHub's, for private repositories) relies on its
  // timestamp authority; where the root has logs, an entry in one is required.
  return { material: toTrustMaterial(root), options: { tlogThreshold: root.tlogs.length > 0 ? 1 : 0, ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0 } };
}

/**
 * Verifies a Sigstore bundle's DSSE signature, certificate chain, transparency log entry and
 * timestamps against the trust material, and returns who signed and what (the statement is
 * not judged here: the gate compares it with the policy and the manifest).
 */
export function verifyBundle(json: unknown, trust: Trust): Verified | { error: string } {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    return { error: `is not a Sigstore bundle: ${(err as Error).message}` };
  }
  if (!isBundleWithDsseEnvelope(bundle)) return { error: "signs a message, not an attestation: a DSSE envelope with an in-toto statement is expected" };
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== "application/vnd.in-toto+json") {
    return { error: `carries a ${JSON.stringify(envelope.payloadType)} payload, not an in-toto statement (application/vnd.in-toto+json)` };
  }
  let signer: ReturnType<Verifier["verify"]>;
  let certificate: X509Certificate | undefined;
  try {
    const entity = toSignedEntity(bundle);
    if (entity.key.$case === "certificate") certificate = entity.key.certificate;
    signer = new Verifier(trust.material, trust.options).verify(entity);
  } catch (err) {
    return { error: `does not verify against the trusted root: ${reason(err)}` };
  }
  if (!certificate) return { error: "is signed with a bare key, not a Fulcio certificate naming a signer identity" };
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload).toString("utf8"));
  } catch {
    return { error: "carries a payload that is not JSON" };
  }
  return {
    statement,
    signer: {
      identity: signer.identity?.subjectAlternativeName ?? "",
      issuer: signer.identity?.extensions?.issuer ?? extension(certificate, OID.issuerV1, true) ?? "",
      commit: extension(certificate, OID.commit),
      repository: extension(certificate, OID.repository),
      ref: extension(certificate, OID.ref),
    },
  };
}

/** The verifier's own words, with its error code where it gives one (CERTIFICATE_ERROR, SIGNATURE_ERROR …). */
function reason(err: unknown): string {
  const e = err as { code?: string; message?: string; cause?: { message?: string } };
  const cause = e.cause?.message && e.cause.message !== e.message ? ` (${e.cause.message})` : "";
  return `${e.message ?? String(err)}${cause}${e.code ? ` [${e.code}]` : ""}`;
}

/** A Fulcio extension's text: a DER UTF8String, or raw bytes for the legacy (v1) ones. */
function extension(cert: X509Certificate, oid: string, legacy = false): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  const v = ext.value;
  if (legacy || v[0] !== 0x0c) return v.toString("utf8");
  let length = v[1];
  let start = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + v[2 + i];
    start = 2 + n;
  }
  return v.subarray(start, start + length).toString("utf8");
}
