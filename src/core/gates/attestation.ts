import { type Doc, parseDocument } from "../document.js";
import { sameValue } from "../equal.js";
import type { Finding, GateContext, GateOutcome } from "../model.js";
import { formatPath, matchPath, parsePath, type Segment, valueAt, WILDCARD } from "../path.js";
import { ModelgateError } from "../problem.js";
import { safeRepoPath } from "../repo-path.js";
import type { Signer, Trust, Verified } from "../sigstore.js";
import { defineGate, type OptionsOf } from "./define.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, plural, show } from "./finding.js";

/** modelgate's predicate type for evaluation results (schemas/evaluation-predicate.schema.json). */
export const EVALUATION_PREDICATE = "https://modelgate.dev/attestation/evaluation/v1";
const STATEMENT_TYPES = ["https://in-toto.io/Statement/v1", "https://in-toto.io/Statement/v0.1"];

const FIELDS = {
  subject: {
    ...PATH,
    description: "the artifact's sha256 in the manifest (64 hex digits, optionally prefixed sha256:): the signed statement must name it as a subject",
  },
  bundle: {
    ...PATH,
    description:
      "a path in the manifest naming the Sigstore bundle file (read at head, inside the repository); without it, the GitHub Action fetches the artifact's attestations from GitHub",
  },
  issuer: {
    type: "string",
    minLength: 1,
    description: "the OIDC issuer the signing certificate must name, exactly (GitHub Actions: https://token.actions.githubusercontent.com)",
  },
  identity: {
    description:
      "the certificate identity, exactly, or a list of them: for GitHub Actions the workflow that trained, https://github.com/OWNER/REPO/.github/workflows/FILE@REF",
    anyOf: [
      { type: "string", minLength: 1 },
      { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    ],
  },
  predicate_types: {
    type: "array",
    minItems: 1,
    items: { type: "string", minLength: 1 },
    description: `the statement's predicate types the policy accepts (default: ${EVALUATION_PREDICATE})`,
  },
  bind: {
    type: "object",
    propertyNames: { format: "modelgate-path" },
    additionalProperties: { type: "string", format: "modelgate-path" },
    description:
      "manifest path → path in the signed statement (predicate.metrics.auc): each manifest value must equal the signed one exactly; wildcards pair by position",
  },
  trusted_root: {
    type: "string",
    minLength: 1,
    description:
      "a Sigstore trusted root file (JSON, or JSON Lines as `gh attestation trusted-root` prints), read at the policy's commit; default: the public Sigstore instance's, shipped with modelgate",
  },
} as const;
type Options = OptionsOf<typeof FIELDS, "subject" | "issuer" | "identity">;

export const attestation = defineGate({
  type: "attestation",
  summary:
    "the manifest's evidence is signed: a Sigstore bundle (DSSE, in-toto statement) verifies against the trusted root, its signer is the policy's issuer and identity, its subject is the artifact's sha256, its predicate type is allowed, and each bound manifest field equals the signed value",
  fields: FIELDS,
  required: ["subject", "issuer", "identity"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = ctx.candidate as Doc;
    const o = ctx.options;
    // Every artifact the path names (PivotQuant: one per target and horizon) must be a subject of the statement.
    const subjects = matchPath(doc.value, o.subject);
    if (subjects.length === 0) return fail(`${o.subject} must name the artifact's sha256`, [missingAt(doc, o.subject, `${o.subject} is missing`)]);
    const digests: string[] = [];
    for (const m of subjects) {
      if (typeof m.value !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(m.value)) {
        const message = `${formatPath(m.segments)} must be 64 hex digits, optionally prefixed sha256:`;
        return fail(message, [findingAt(doc, m.segments, { observed: m.value, message })]);
      }
      digests.push(m.value.replace(/^sha256:/, "").toLowerCase());
    }

    const sigstore = await import("../sigstore.js");
    const trust = await trustOf(ctx, sigstore);
    if ("status" in trust) return trust;

    const bundles = await bundlesOf(ctx, doc, digests[0]);
    if ("status" in bundles) return bundles;

    // Several bundles (GitHub keeps every attestation of a digest): the first that holds up counts.
    const refusals: Finding[] = [];
    let nearest: { verified: Verified; failures: Finding[] } | null = null;
    for (const b of bundles.list) {
      const verified = sigstore.verifyBundle(b.json, trust);
      const refused = "error" in verified ? `${b.name} ${verified.error}` : statementRefusal(verified, o, digests, b.name);
      if (refused !== null) {
        refusals.push({ ...b.where, message: refused });
        continue;
      }
      const v = verified as Verified;
      const shape = await predicateProblem(ctx, v);
      if (shape) {
        refusals.push({ ...b.where, message: `${b.name} ${shape}` });
        continue;
      }
      const failures = compareBound(doc, v, o, b.name);
      if (failures.length === 0) return accepted(doc, v, o, b.name);
      if (!nearest || failures.length < nearest.failures.length) nearest = { verified: v, failures };
    }
    if (nearest) {
      const n = nearest.failures.length;
      return fail(
        `${plural(n, "field")} of the manifest ${n === 1 ? "differs" : "differ"} from the statement ${signedBy(nearest.verified.signer)}`,
        nearest.failures,
      );
    }
    return fail(refusals.length === 1 ? (refusals[0].message as string) : `none of ${refusals.length} attestations holds up`, refusals);
  },
});

/** The trust material: the policy's `trusted_root` at the policy's commit, or the public instance's. */
async function trustOf(ctx: GateContext<Options>, sigstore: typeof import("../sigstore.js")): Promise<Trust | GateOutcome> {
  const written = ctx.options.trusted_root;
  if (written === undefined) return sigstore.publicGoodTrust();
  const safe = safeRepoPath(written, "");
  const refuse = (message: string) => fail(message, [{ path: "trusted_root", message, file: written }]);
  if ("refused" in safe) return refuse(`trusted_root ${JSON.stringify(written)}: ${safe.refused}`);
  const file = await ctx.readPolicyFile(safe.path);
  if (file?.kind !== "file") {
    return refuse(
      `trusted_root ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the policy's commit"}: commit it with the policy (the pull request cannot choose whom to trust)`,
    );
  }
  const parsed = sigstore.parseTrustedRoot(Buffer.from(file.content).toString("utf8"));
  if ("error" in parsed)
    return fail(`trusted_root ${safe.path} ${parsed.error}`, [{ file: safe.path, line: 1, column: 1, message: `${safe.path} ${parsed.error}` }]);
  return parsed;
}

interface Candidate {
  name: string;
  json: unknown;
  /** Where a refusal points: the manifest's reference to the bundle. */
  where: Omit<Finding, "message">;
}

/** The bundle the manifest names (read at head), or the artifact's attestations from the adapter. */
async function bundlesOf(ctx: GateContext<Options>, doc: Doc, digest: string): Promise<{ list: Candidate[] } | GateOutcome> {
  const at = ctx.options.bundle;
  if (at === undefined) {
    if (!ctx.attestations) {
      return fail("no attestation bundle to check", [
        {
          path: "bundle",
          file: doc.file,
          message:
            "the gate names no `bundle` path, and only the GitHub Action fetches attestations from GitHub: commit the bundle with the manifest and name it at `bundle`",
        },
      ]);
    }
    let list: unknown[];
    try {
      list = await ctx.attestations(digest);
    } catch (err) {
      return fail("GitHub's attestations could not be read", [
        { file: doc.file, message: `GitHub's attestations for sha256:${digest}: ${(err as Error).message}` },
      ]);
    }
    if (list.length === 0) {
      return fail(`GitHub has no attestation for sha256:${digest}`, [
        { file: doc.file, message: `GitHub has no attestation for sha256:${digest}: sign the artifact with actions/attest in the training workflow` },
      ]);
    }
    return { list: list.map((json, i) => ({ name: `GitHub's attestation ${i + 1} of ${list.length}`, json, where: { file: doc.file } })) };
  }
  const matches = matchPath(doc.value, at);
  if (matches.length !== 1) {
    return fail(`${at} must name one bundle file`, [
      missingAt(doc, at, matches.length ? `${at} matches ${matches.length} values, not one file` : `${at} is missing`),
    ]);
  }
  const { segments, value } = matches[0];
  const ref = typeof value === "string" ? value : (value as { path?: unknown } | null)?.path;
  const refuse = (message: string) => fail(message, [findingAt(doc, segments, { observed: value, message })]);
  if (typeof ref !== "string") return refuse(`${formatPath(segments)} names no file`);
  const safe = safeRepoPath(ref, doc.file);
  if ("refused" in safe) return refuse(`${formatPath(segments)}: ${safe.refused}`);
  const file = (await ctx.readFiles([safe.path])).get(safe.path);
  if (file?.kind !== "file")
    return refuse(`${formatPath(segments)}: ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the head commit"}`);
  let parsed: Doc;
  try {
    parsed = parseDocument(safe.path, file.content);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return fail(
      `${safe.path} cannot be read`,
      err.problems.map((p) => ({ message: p.message, file: p.file, line: p.line, column: p.column })),
    );
  }
  return { list: [{ name: safe.path, json: parsed.value, where: findingAt(doc, segments, { observed: ref }) }] };
}

/** Why a verified bundle does not attest this artifact for this policy, or null when it does. */
function statementRefusal(v: Verified, o: Options, wanted: string[], name: string): string | null {
  const s = v.signer;
  if (s.issuer !== o.issuer) return `${name} is signed through the OIDC issuer ${show(s.issuer)}; the policy trusts ${show(o.issuer)}`;
  const identities = typeof o.identity === "string" ? [o.identity] : o.identity;
  if (!identities.includes(s.identity)) {
    return `${name} is signed by ${show(s.identity)}; the policy trusts ${identities.length === 1 ? show(identities[0]) : `only ${identities.map((i) => show(i)).join(", ")}`}`;
  }
  const st = v.statement as { _type?: unknown; subject?: unknown; predicateType?: unknown; predicate?: unknown } | null;
  if (st === null || typeof st !== "object" || !STATEMENT_TYPES.includes(st._type as string)) {
    return `${name} signs a payload that is not an in-toto statement (_type ${show(st?._type)})`;
  }
  const allowed = o.predicate_types ?? [EVALUATION_PREDICATE];
  if (!allowed.includes(st.predicateType as string)) {
    return `${name} attests the predicate type ${show(st.predicateType)}; the policy accepts ${allowed.map((t) => show(t)).join(", ")}`;
  }
  const subjects = Array.isArray(st.subject) ? (st.subject as Array<{ digest?: { sha256?: unknown } } | null>) : [];
  const signed = new Set(
    subjects
      .map((x) => x?.digest?.sha256)
      .filter((d): d is string => typeof d === "string")
      .map((d) => d.toLowerCase()),
  );
  const unsigned = wanted.filter((d) => !signed.has(d));
  if (unsigned.length > 0) {
    const what = signed.size ? [...signed].map((d) => `sha256:${d}`).join(", ") : "no sha256 subject";
    return `${name} attests ${what}, not ${unsigned.length === 1 && wanted.length === 1 ? "this artifact" : `${plural(unsigned.length, "artifact")} of the manifest`} (${unsigned.map((d) => `sha256:${d}`).join(", ")})`;
  }
  return null;
}

/** modelgate's own predicate must follow its published schema, so `bind` paths mean the same in every bundle. */
async function predicateProblem(ctx: GateContext<Options>, v: Verified): Promise<string | null> {
  const st = v.statement as { predicateType: string; predicate?: unknown };
  if (st.predicateType !== EVALUATION_PREDICATE) return null;
  const errors = (await ctx.schema("modelgate:evaluation-predicate"))(st.predicate ?? null);
  if (errors.length === 0) return null;
  const e = errors[0];
  return `signs a predicate that does not follow schemas/evaluation-predicate.schema.json: ${e.segments.length ? `predicate.${formatPath(e.segments)} ` : "the predicate "}${e.message}`;
}

interface Bound {
  field: Segment[];
  value: unknown;
  signedPath: string;
  signed: unknown;
}

/** Each `bind` entry, paired match by match: manifest value and signed value. */
function boundFields(doc: Doc, statement: unknown, bind: Record<string, string>): { pairs: Bound[]; missing: Finding[] } {
  const pairs: Bound[] = [];
  const missing: Finding[] = [];
  for (const [field, signedAt] of Object.entries(bind)) {
    const fieldPattern = parsePath(field);
    const signedPattern = parsePath(signedAt);
    const wild = (p: typeof fieldPattern) => p.filter((s) => s === WILDCARD).length;
    if (wild(fieldPattern) !== wild(signedPattern)) {
      missing.push({ path: field, file: doc.file, message: `bind ${field}: ${signedAt} must have as many * as ${field} (they pair by position)` });
      continue;
    }
    const matches = matchPath(doc.value, fieldPattern);
    if (matches.length === 0)
      missing.push(missingAt(doc, field, `${field} is missing from the manifest, so it cannot be compared with the signed ${signedAt}`));
    for (const m of matches) {
      const captured = fieldPattern.flatMap((seg, i) => (seg === WILDCARD ? [m.segments[i]] : []));
      let k = 0;
      const segs = signedPattern.map((seg) => (seg === WILDCARD ? captured[k++] : seg)) as Segment[];
      pairs.push({ field: m.segments, value: m.value, signedPath: formatPath(segs), signed: valueAt(statement, segs) });
    }
  }
  return { pairs, missing };
}

function compareBound(doc: Doc, v: Verified, o: Options, name: string): Finding[] {
  const { pairs, missing } = boundFields(doc, v.statement, o.bind ?? {});
  const out = [...missing];
  for (const p of pairs) {
    const where = formatPath(p.field);
    if (p.signed === undefined) {
      out.push(findingAt(doc, p.field, { observed: p.value, message: `${where} is not signed: ${name} has no ${p.signedPath}` }));
    } else if (!sameValue(p.value, p.signed)) {
      out.push(
        findingAt(doc, p.field, {
          observed: p.value,
          limit: p.signed,
          message: `${where} is ${show(p.value)} here; the statement ${signedBy(v.signer)} says ${show(p.signed)} (${p.signedPath})`,
        }),
      );
    }
  }
  return out;
}

function accepted(doc: Doc, v: Verified, o: Options, name: string): GateOutcome {
  const by = signedBy(v.signer);
  const { pairs } = boundFields(doc, v.statement, o.bind ?? {});
  const findings = pairs.map((p) => findingAt(doc, p.field, { observed: p.value, message: `${formatPath(p.field)} = ${show(p.value)}: ${by}` }));
  const what = pairs.length > 0 ? `${plural(pairs.length, "field")} (${pairs.map((p) => formatPath(p.field)).join(", ")})` : "the artifact";
  return pass(`${what} ${by} (${name})`, findings);
}

/** "signed by WORKFLOW at COMMIT": the certificate's identity and the commit the workflow ran at. */
function signedBy(s: Signer): string {
  return `signed by ${s.identity}${s.commit ? ` at ${s.commit.slice(0, 12)}` : " (the certificate names no commit)"}`;
}
