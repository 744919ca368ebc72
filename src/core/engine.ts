import { celBindings } from "./cel-bindings.js";
import { DEFAULT_LIMITS, type Doc, type ParseLimits, parseDocument } from "./document.js";
import { GATE_TYPES } from "./gates/index.js";
import { governedFiles, modelName, versionOf } from "./governed.js";
import { groupByPath, type HistoryEvent, historyOf } from "./history.js";
import type { ChangeInfo, ChangeKind, GateConfig, GateContext, GateOutcome, Override, PullRequestInfo, RepoFile, SchemaValidator } from "./model.js";
import { gatesFor, type Policy, waiverFor } from "./policy.js";
import { ModelgateError, type Problem } from "./problem.js";
import type { ChangedFile, RepoReader } from "./reader.js";
import { boundFindings, type ChangeReport, type GateReport, type Report, summarize } from "./report.js";

export interface CheckInput {
  reader: RepoReader;
  policy: Policy;
  /** Where the policy was read: its file and commit. */
  policyRef: { path: string; ref: string };
  base: string;
  /** Where the head forked from the base (their merge base); changes are counted from here. Defaults to base. */
  diffBase?: string;
  head: string;
  now: Date;
  version: string;
  schema: (ref: string) => Promise<SchemaValidator>;
  pr?: PullRequestInfo;
  /** A verified force-promote: failing error gates become overridden, showing who and why. */
  override?: Override;
  limits?: ParseLimits;
}

/** Judges every governed manifest that changed between base and head. */
export async function check(input: CheckInput): Promise<Report> {
  const { reader, policy, base, head } = input;
  const changed = await reader.changedFiles(input.diffBase ?? base, head);
  const governed = governedFiles(
    policy,
    changed.map((c) => c.path),
  );
  const status = new Map<string, ChangedFile["status"]>(changed.map((c) => [c.path, c.status]));
  const paths = governed.map((g) => g.path);
  // The history of modified manifests (rollback detection, time gates) and the pull request's own
  // messages (reverts) depend only on the diff: ask git for them while the blobs are read and parsed.
  const modified = governed.filter((g) => status.get(g.path) === "modified").map((g) => g.path);
  const history: Promise<Map<string, HistoryEvent[]>> =
    modified.length > 0
      ? reader.log(base, { paths: modified }).then((log) => groupByPath(historyOf(input.policy, log, input.limits)))
      : Promise.resolve(new Map());
  const messages = modified.length > 0 ? reader.messages(input.diffBase ?? base, head) : Promise.resolve([]);
  history.catch(() => {});
  messages.catch(() => {});
  const historyOfPath = async (path: string) => (await history).get(path) ?? [];
  const [atHead, atBase] = await Promise.all([reader.readFiles(head, paths), reader.readFiles(base, paths)]);

  const errors: Problem[] = [];
  const parsed = governed
    .map((g) => {
      const candidate = parseGoverned(atHead.get(g.path) ?? null, input.limits, errors);
      const active = parseGoverned(atBase.get(g.path) ?? null, input.limits, errors);
      const same = sameBytes(atHead.get(g.path), atBase.get(g.path));
      return { g, candidate, active, st: status.get(g.path) ?? "modified", same };
    })
    .filter((p) => !p.same); // already on the base: the base moved on to the same content

  const reverted = revertedCommits(await messages);
  const readFiles = (paths: string[]) => reader.readFiles(head, paths);
  // Changes are judged concurrently, so that the files their gates read are fetched together.
  const changes: ChangeReport[] = await Promise.all(
    parsed.map(async ({ g, candidate, active, st }): Promise<ChangeReport> => {
      if (candidate.failed || active.failed) {
        const doc = candidate.doc ?? active.doc;
        return {
          model: modelName(g, doc),
          path: g.path,
          kind: st === "added" ? "new" : st === "deleted" ? "retire" : "update",
          from: active.doc ? versionOf(g, active.doc) : null,
          to: candidate.doc ? versionOf(g, candidate.doc) : null,
          result: "fail",
          gates: [],
        };
      }
      const from = active.doc ? versionOf(g, active.doc) : null;
      const to = candidate.doc ? versionOf(g, candidate.doc) : null;
      let kind: ChangeKind;
      if (!active.doc) kind = "new";
      else if (!candidate.doc) kind = "retire";
      else if (from === to) kind = "update";
      else {
        const events = await historyOfPath(g.path);
        const revertsHere = events.find((e) => reverted.some((sha) => e.commit.startsWith(sha)));
        kind = revertsHere || events.some((e) => e.to === to) ? "rollback" : "promotion";
      }
      const change: ChangeInfo = { model: modelName(g, candidate.doc ?? active.doc), path: g.path, kind, from, to };
      const gates = await runGates(input, change, candidate.doc, active.doc, readFiles, () => historyOfPath(g.path));
      return { ...change, result: gates.some((r) => r.status === "fail") ? "fail" : "pass", gates };
    }),
  );
  return reportOf(input, base, changes, errors);
}

export type ValidateInput = Omit<CheckInput, "base" | "diffBase">;

function sameBytes(a: RepoFile | null | undefined, b: RepoFile | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && Buffer.from(a.content).equals(Buffer.from(b.content));
}

/**
 * Checks every governed manifest at one commit, without a diff: each must parse and pass
 * the gates that look at one manifest alone (comparisons and expressions need a change).
 */
export async function validate(input: ValidateInput): Promise<Report> {
  const { reader, policy, head } = input;
  const governed = governedFiles(policy, await reader.listFiles(head));
  const files = await reader.readFiles(
    head,
    governed.map((g) => g.path),
  );
  const errors: Problem[] = [];
  const readFiles = (paths: string[]) => reader.readFiles(head, paths);
  const changes: ChangeReport[] = [];
  for (const g of governed) {
    const { doc, failed } = parseGoverned(files.get(g.path) ?? null, input.limits, errors);
    const version = doc ? versionOf(g, doc) : null;
    const change: ChangeInfo = { model: modelName(g, doc), path: g.path, kind: "update", from: version, to: version };
    if (failed || !doc) {
      changes.push({ ...change, result: "fail", gates: [] });
      continue;
    }
    const gates = await runGates(
      input,
      change,
      doc,
      null,
      readFiles,
      async () => [],
      (type) => GATE_TYPES.get(type)?.needs === "candidate",
    );
    changes.push({ ...change, result: gates.some((r) => r.status === "fail") ? "fail" : "pass", gates });
  }
  return reportOf(input, null, changes, errors);
}

/** The report: changes in model order; `fail` when a file is unreadable or a change failed. */
function reportOf(input: CheckInput | ValidateInput, base: string | null, changes: ChangeReport[], errors: Problem[]): Report {
  changes.sort((a, b) => a.model.localeCompare(b.model) || a.path.localeCompare(b.path));
  return {
    schema_version: 1,
    tool: { name: "modelgate", version: input.version },
    result: errors.length > 0 || changes.some((c) => c.result === "fail") ? "fail" : "pass",
    base,
    head: input.head,
    policy: { path: input.policyRef.path, ref: input.policyRef.ref, files: input.policy.files },
    changes,
    errors,
    summary: summarize(changes),
  };
}

function parseGoverned(file: RepoFile | null, limits: ParseLimits | undefined, errors: Problem[]): { doc: Doc | null; failed: boolean } {
  if (!file) return { doc: null, failed: false };
  if (file.kind !== "file") {
    errors.push({
      file: file.path,
      message: `a governed manifest must be a regular file, this is a ${file.kind}`,
      hint: "commit the manifest itself, not a link to it",
    });
    return { doc: null, failed: true };
  }
  try {
    return { doc: parseDocument(file.path, file.content, limits ?? DEFAULT_LIMITS), failed: false };
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    errors.push(...err.problems);
    return { doc: null, failed: true };
  }
}

/** Commits that the pull request's own commits say they revert. */
function revertedCommits(messages: Array<{ message: string }>): string[] {
  return messages.flatMap((m) => [...m.message.matchAll(/This reverts commit ([0-9a-f]{7,40})/g)].map((x) => x[1]));
}

async function runGates(
  input: CheckInput | ValidateInput,
  change: ChangeInfo,
  candidate: Doc | null,
  active: Doc | null,
  readFiles: (paths: string[]) => Promise<Map<string, RepoFile | null>>,
  history: () => Promise<HistoryEvent[]>,
  include: (type: string) => boolean = () => true,
): Promise<GateReport[]> {
  const gates = gatesFor(input.policy, change.model).filter((g) => g.on.includes(change.kind) && include(g.type));
  let listing: Promise<string[]> | undefined;
  return Promise.all(
    gates.map(async (gate) => {
      const listFiles = () => (listing ??= input.reader.listFiles(input.head));
      const outcome = await runGate(gate, {
        gate,
        change,
        candidate,
        active,
        now: input.now,
        pr: input.pr,
        readFiles,
        digestFiles: (paths) => input.reader.digestFiles(input.head, paths),
        listFiles,
        history,
        schema: input.schema,
      });
      return judge(input.policy, gate, change.model, outcome, input.now, "override" in input ? input.override : undefined);
    }),
  );
}

async function runGate(gate: GateConfig, ctx: GateContext): Promise<GateOutcome> {
  const type = GATE_TYPES.get(gate.type);
  if (!type) throw new ModelgateError({ file: "policy", message: `unknown gate type "${gate.type}"` });
  if (type.needs !== "nothing" && !ctx.candidate) return { status: "skip", message: `no candidate manifest: the change is a ${ctx.change.kind}`, findings: [] };
  if (type.needs === "candidate+active" && !ctx.active)
    return { status: "skip", message: "no active manifest to compare with: the model is new", findings: [] };
  return type.run(ctx);
}

/** Severity and waivers turn a gate's outcome into its status in the report. */
function judge(policy: Policy, gate: GateConfig, model: string, outcome: GateOutcome, now: Date, override?: Override): GateReport {
  const report: GateReport = {
    id: gate.id,
    type: gate.type,
    severity: gate.severity,
    status: outcome.status,
    message: outcome.message,
    ...boundFindings(outcome.findings),
  };
  if (gate.description) report.description = gate.description;
  if (outcome.status !== "fail") return report;
  const waiver = waiverFor(policy, gate.id, model, now);
  if (waiver.active) {
    report.status = "overridden";
    report.override = { by: "waiver", reason: waiver.active.reason, expires: waiver.active.expires };
  } else if (gate.severity === "warning") {
    report.status = "warn";
  } else if (override) {
    report.status = "overridden";
    report.override = { by: "label", reason: override.reason, actor: override.actor };
  }
  if (!waiver.active && waiver.expired) report.message += ` (a waiver expired on ${waiver.expired.expires})`;
  return report;
}
