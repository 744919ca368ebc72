import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { nearestKey } from "../core/path.js";
import { DEFAULT_POLICY_PATH } from "../core/policy.js";
import { formatProblem, ModelgateError, type Problem } from "../core/problem.js";
import { errorReport, type Report } from "../core/report.js";
import { toInstant } from "../core/time.js";
import { GitRepo } from "../git/repo.js";
import { installHook } from "../hook.js";
import { init } from "../init.js";
import { runPolicyTests } from "../policy-test.js";
import { applyRollback, historyJson, NOTES_FETCH_HINT, planRollback, readAudits, readHistory, readStatus } from "../registry.js";
import { renderComment } from "../render/comment.js";
import { jsonPieces, renderJson } from "../render/json.js";
import { renderJunit } from "../render/junit.js";
import { renderHistory, renderRollback, renderStatus } from "../render/registry.js";
import { renderSarif } from "../render/sarif.js";
import { renderTests } from "../render/tests.js";
import { renderText } from "../render/text.js";
import { escapeTerminal } from "../render/words.js";
import { runCheck, runValidate } from "../runner.js";
import { VERSION } from "../version.js";
import { USAGE } from "./usage.js";

const FORMATS = ["text", "markdown", "json", "sarif", "junit"] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The command line's own script, which `init --hook` writes into the hook. */
  self: string;
}

/**
 * The command line as `modelgate` runs it: main, and a bug (not bad input) said plainly,
 * without a stack trace unless MODELGATE_DEBUG asks for one. Exit 2 then.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    io.stderr(
      `modelgate: internal error: ${(err as Error)?.message ?? String(err)}\n${io.env.MODELGATE_DEBUG ? `${(err as Error)?.stack}\n` : "Set MODELGATE_DEBUG=1 for details, and please report it.\n"}`,
    );
    return 2;
  }
}

/** Runs the command line; returns the exit status. Never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.stderr(`modelgate: ${argumentError(err as Error & { code?: string })}\nRun "modelgate --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = positionals[0];
  if (values.help || !command || command === "help") {
    io.stdout(USAGE);
    return values.help || command === "help" ? 0 : 2;
  }
  const format = (values.format ?? "text") as Format;
  const usage = usageProblem(command, positionals, values);
  if (usage) {
    io.stderr(`modelgate: ${usage}\nRun "modelgate --help" for usage.\n`);
    return 2;
  }
  const cwd = values.C ?? io.cwd;
  const now = values.now ? new Date(toInstant(values.now) as number) : undefined;
  try {
    switch (command) {
      case "check":
      case "validate": {
        const report =
          command === "check"
            ? await runCheck({
                cwd,
                base: values.base,
                head: values.head,
                policy: values.policy,
                policyRef: values["policy-ref"] as "base" | "head" | undefined,
                now,
                ...(values["override-as"] !== undefined
                  ? {
                      previewOverride: {
                        actor: values["override-as"],
                        ...(values["override-reason"] !== undefined ? { reason: values["override-reason"] } : {}),
                      },
                    }
                  : {}),
              })
            : await runValidate({ cwd, ref: values.ref, policy: values.policy, now });
        write(report, format, io);
        return report.result === "pass" ? 0 : report.result === "fail" ? 1 : 2;
      }
      case "init": {
        const repo = await GitRepo.open(cwd);
        repo.close();
        const written = await init(repo.dir, values.preset, Boolean(values.force), Boolean(values.pages));
        if (values.hook) {
          const hooks = (await repo.raw(["rev-parse", "--path-format=absolute", "--git-path", "hooks"])).trim();
          written.push(relative(repo.dir, installHook(hooks, process.execPath, io.self, Boolean(values.force))) || "the pre-commit hook");
        }
        io.stdout(
          `Wrote ${written.slice(0, -1).join(", ")} and ${written[written.length - 1]}.\nCommit them on the default branch; from then on every pull request that changes a manifest is checked.\n`,
        );
        return 0;
      }
      case "test": {
        const run = await runPolicyTests({ cwd, tests: values.tests, policy: values.policy, ref: values.ref });
        io.stdout(values.format === "json" ? renderJson(run, io.isTTY) : renderTests(run));
        return run.failed > 0 ? 1 : 0;
      }
      case "history":
      case "status":
      case "rollback":
        return await registryCommand(command, positionals[1], values, { ...io, cwd }, now ?? new Date());
      case "site":
      case "audit":
        return await siteCommand(command, positionals[1], values, { ...io, cwd }, now ?? new Date());
    }
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return configurationError(err.problems, command === "check" || command === "validate" ? format : "text", io, values.policy);
  }
  return 2;
}

async function registryCommand(command: "history" | "status" | "rollback", model: string | undefined, values: Values, io: Io, now: Date): Promise<number> {
  const {
    repo,
    shas: [ref],
  } = await GitRepo.openAt(io.cwd, [[values.ref ?? "HEAD", "ref"]]);
  try {
    const settings = { repo, ref, policy: values.policy };
    if (command === "history") {
      const reading = readHistory(settings).then((all) => all.filter((e) => !model || e.model === model));
      const audits = await readAudits(repo, reading);
      const events = await reading;
      notesHint(audits, events.length, io);
      io.stdout(values.format === "json" ? renderJson(historyJson(events, audits.audit), io.isTTY) : renderHistory(events, audits.audit));
      return 0;
    }
    if (command === "status") {
      const reading = readStatus(settings, now, values.stage);
      const audits = await readAudits(repo, reading);
      const status = await reading;
      notesHint(audits, status.length, io);
      const audited = status.map((st) => ({ ...st, audit: audits.audit(st) }));
      io.stdout(values.format === "json" ? renderJson(audited, io.isTTY) : renderStatus(status, now, audits.audit));
      return 0;
    }
    const plan = await planRollback(settings, model as string, values["to-version"], values.alias);
    const branch = await applyRollback(repo, plan, Boolean(values.commit));
    io.stdout(renderRollback(plan, branch));
    return 0;
  } finally {
    repo.close();
  }
}

/** site and audit: their code loads only here, so no other command pays for it at start. */
async function siteCommand(command: "site" | "audit", model: string | undefined, values: Values, io: Io, now: Date): Promise<number> {
  const refName = values.ref ?? "HEAD";
  const {
    repo,
    shas: [commit],
  } = await GitRepo.openAt(io.cwd, [[refName, "ref"]]);
  try {
    const { writeSite, writeModelAudit } = await import("../site/index.js");
    const settings = { repo, ref: refName, commit, policy: values.policy, now, env: io.env };
    if (command === "site") {
      const out = resolve(io.cwd, values.out ?? "modelgate-site");
      const { pages, models, notes, events } = await writeSite(settings, out);
      notesHint(notes, events, io);
      io.stdout(
        `Wrote the registry of ${models} model${models === 1 ? "" : "s"} (${pages} page${pages === 1 ? "" : "s"}) to ${escapeTerminal(out)}; open ${escapeTerminal(join(out, "index.html"))}.\n`,
      );
      return 0;
    }
    const out = resolve(io.cwd, values.out as string);
    const from = values.from === undefined ? null : (toInstant(values.from) as number);
    const to = values.to === undefined ? null : (toInstant(values.to) as number) + (DATE_ONLY.test(values.to) ? DAY_MS - 1 : 0);
    const { digest, changes, notes } = await writeModelAudit(settings, model as string, from, to, out);
    notesHint(notes, changes, io);
    io.stdout(
      `Wrote the audit export of ${escapeTerminal(model as string)} (${changes} change${changes === 1 ? "" : "s"}) to ${escapeTerminal(out)}: audit.html, audit.json, SHA256SUMS.\nbundle sha256: ${digest}\n`,
    );
    return 0;
  } finally {
    repo.close();
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A clone without refs/notes/modelgate shows no audit: say how to fetch the notes, on stderr so JSON stays clean. */
function notesHint(audits: { present: boolean; hasOrigin: boolean }, events: number, io: Io): void {
  if (!audits.present && audits.hasOrigin && events > 0) io.stderr(`modelgate: no audit notes in this clone; to read them: ${NOTES_FETCH_HINT}\n`);
}

type Values = ReturnType<typeof parse>["values"];

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: parse.options });
}
parse.options = {
  base: { type: "string" },
  head: { type: "string" },
  ref: { type: "string" },
  policy: { type: "string" },
  "policy-ref": { type: "string" },
  format: { type: "string" },
  now: { type: "string" },
  C: { type: "string", short: "C" },
  "to-version": { type: "string" },
  preset: { type: "string" },
  force: { type: "boolean" },
  tests: { type: "string" },
  hook: { type: "boolean" },
  pages: { type: "boolean" },
  commit: { type: "boolean" },
  stage: { type: "string" },
  alias: { type: "string" },
  out: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  "override-as": { type: "string" },
  "override-reason": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const OPTIONS: Record<string, string[]> = {
  check: ["base", "head", "policy", "policy-ref", "format", "now", "override-as", "override-reason", "C"],
  validate: ["ref", "policy", "format", "now", "C"],
  history: ["ref", "policy", "format", "C"],
  status: ["ref", "policy", "format", "now", "stage", "C"],
  test: ["tests", "policy", "ref", "format", "C"],
  rollback: ["ref", "policy", "to-version", "alias", "commit", "C"],
  init: ["preset", "force", "hook", "pages", "C"],
  site: ["ref", "policy", "now", "out", "C"],
  audit: ["ref", "policy", "now", "out", "from", "to", "C"],
};

function usageProblem(command: string, positionals: string[], values: Values): string | null {
  const allowed = OPTIONS[command];
  if (!allowed) return `unknown command "${command}"`;
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !allowed.includes(key) && key !== "help" && key !== "version") return `${command} does not take --${key}`;
  }
  const maxArgs = command === "history" || command === "rollback" || command === "audit" ? 2 : 1;
  if (positionals.length > maxArgs) return `unexpected argument "${positionals[maxArgs]}"`;
  if (command === "rollback" && !positionals[1]) return "rollback needs the model's name: modelgate rollback MODEL";
  if (command === "audit" && !positionals[1]) return "audit needs the model's name: modelgate audit MODEL --out DIR";
  if (command === "audit" && !values.out) return "audit needs --out DIR: the folder to write audit.html, audit.json and SHA256SUMS to";
  for (const key of ["from", "to"] as const) {
    const v = values[key];
    if (v !== undefined && toInstant(v) === null)
      return `--${key} must be a date or an ISO-8601 time such as 2026-11-22 or 2026-11-22T12:00:00Z, not "${escapeTerminal(v)}"`;
  }
  if (values.from && values.to && (toInstant(values.from) as number) > (toInstant(values.to) as number))
    return `--from ${escapeTerminal(values.from)} is after --to ${escapeTerminal(values.to)}`;
  const formats = command === "history" || command === "status" || command === "test" ? ["text", "json"] : FORMATS;
  if (values.format && !formats.includes(values.format as Format)) return `--format must be one of ${formats.join(", ")}, not "${values.format}"`;
  if (values["policy-ref"] && values["policy-ref"] !== "base" && values["policy-ref"] !== "head")
    return `--policy-ref must be base or head, not "${values["policy-ref"]}"`;
  if (values["override-reason"] !== undefined && values["override-as"] === undefined) return "--override-reason goes with --override-as LOGIN";
  if (values.now && toInstant(values.now) === null) return `--now must be an ISO-8601 time such as 2026-11-22T12:00:00Z, not "${values.now}"`;
  return null;
}

/** A report to stdout. JSON into a file or a pipe goes out in pieces: a large report is never one string. */
function write(report: Report, format: Format, io: Io): void {
  if (format === "json" && !io.isTTY) for (const piece of jsonPieces(report)) io.stdout(piece);
  else io.stdout(render(report, format, io));
}

function render(report: Report, format: Format, io: Io): string {
  if (format === "json") return renderJson(report);
  // Exactly the pull request comment's body, charts included, so it can be previewed locally.
  if (format === "markdown") return `${renderComment(report)}\n`;
  if (format === "sarif") return renderSarif(report);
  if (format === "junit") return renderJunit(report);
  return renderText(report, { color: io.isTTY && !io.env.NO_COLOR });
}

/** node's parseArgs messages, in this tool's words, with the option that was probably meant. */
function argumentError(err: Error & { code?: string }): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(err.message);
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const written = unknown[1].replace(/^-+/, "");
    const near = nearestKey(written, Object.keys(parse.options));
    return `unknown option ${escapeTerminal(unknown[1])}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /Option '(?:-\w, )?(--?[\w-]+)[^']*' argument missing/.exec(err.message);
  if (missing) return `${escapeTerminal(missing[1])} needs a value`;
  return escapeTerminal(err.message);
}

function configurationError(problems: Problem[], format: Format, io: Io, policy?: string): number {
  // Machine formats still get a document: the error report, which every renderer shows.
  if (format !== "text") write(errorReport(VERSION, "", null, { path: policy ?? DEFAULT_POLICY_PATH, ref: "", files: [] }, problems), format, io);
  io.stderr(
    `${problems.map((p) => `modelgate: ${formatProblem({ ...p, file: escapeTerminal(p.file), message: escapeTerminal(p.message), hint: p.hint && escapeTerminal(p.hint) })}`).join("\n")}\n`,
  );
  return 2;
}
