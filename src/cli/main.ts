import { parseArgs } from "node:util";
import { formatProblem, ModelgateError, type Problem } from "../core/problem.js";
import { errorReport, type Report } from "../core/report.js";
import { toInstant } from "../core/time.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderText } from "../render/text.js";
import { runCheck, runValidate } from "../runner.js";
import { VERSION } from "../version.js";

const USAGE = `modelgate ${VERSION}: govern machine-learning model promotion in git

Usage:
  modelgate check    [--base REF] [--head REF] [--policy PATH] [--policy-ref base|head]
                     [--format text|markdown|json] [--now ISO-8601]
  modelgate validate [--ref REF] [--policy PATH] [--format text|markdown|json]

  check     judge every active manifest that changed between base and head
  validate  check the policy and every governed manifest at one commit

Options:
  --base REF          the branch the change goes into (default: origin/HEAD, main or master)
  --head REF          the change (default: HEAD)
  --ref REF           the commit to validate (default: HEAD)
  --policy PATH       the policy file (default: .modelgate/policy.yaml)
  --policy-ref WHICH  read the policy from the base (default) or the head commit
  --format FORMAT     text (default), markdown or json
  --now ISO-8601      the time that waivers expire against (default: now)
  -C DIR              run in DIR instead of the current folder
  -h, --help          this help
  -v, --version       the version

Exit status: 0 pass (warnings included), 1 a gate failed, 2 usage or configuration error.
`;

const FORMATS = ["text", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs the command line; returns the exit status. Never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.stderr(`modelgate: ${(err as Error).message}\nRun "modelgate --help" for usage.\n`);
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
  let report: Report;
  try {
    report =
      command === "check"
        ? await runCheck({
            cwd,
            base: values.base,
            head: values.head,
            policy: values.policy,
            policyRef: values["policy-ref"] as "base" | "head" | undefined,
            now,
          })
        : await runValidate({ cwd, ref: values.ref, policy: values.policy, now });
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return configurationError(err.problems, format, io, values.policy);
  }
  io.stdout(render(report, format, io));
  return report.result === "pass" ? 0 : report.result === "fail" ? 1 : 2;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      ref: { type: "string" },
      policy: { type: "string" },
      "policy-ref": { type: "string" },
      format: { type: "string" },
      now: { type: "string" },
      C: { type: "string", short: "C" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

function usageProblem(command: string, positionals: string[], values: ReturnType<typeof parse>["values"]): string | null {
  if (command !== "check" && command !== "validate") return `unknown command "${command}"`;
  if (positionals.length > 1) return `unexpected argument "${positionals[1]}"`;
  if (values.format && !FORMATS.includes(values.format as Format)) return `--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`;
  if (values["policy-ref"] && values["policy-ref"] !== "base" && values["policy-ref"] !== "head")
    return `--policy-ref must be base or head, not "${values["policy-ref"]}"`;
  if (values.now && toInstant(values.now) === null) return `--now must be an ISO-8601 time such as 2026-11-22T12:00:00Z, not "${values.now}"`;
  if (command === "validate" && (values.base || values.head)) return "validate takes --ref, not --base or --head";
  if (command === "check" && values.ref) return "check takes --base and --head, not --ref";
  return null;
}

function render(report: Report, format: Format, io: Io): string {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report, { color: io.isTTY && !io.env.NO_COLOR });
}

function configurationError(problems: Problem[], format: Format, io: Io, policy?: string): number {
  if (format === "json") {
    io.stdout(renderJson(errorReport(VERSION, "", null, { path: policy ?? ".modelgate/policy.yaml", ref: "", files: [] }, problems)));
  }
  io.stderr(`${problems.map((p) => `modelgate: ${formatProblem(p)}`).join("\n")}\n`);
  return 2;
}
