import module from "node:module";
import * as core from "./core.js";

// Node's compile cache first (Node 22+, the action runs on node24; NODE_COMPILE_CACHE names its
// folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off), then the rest of the action: the entry's
// static imports are only the workflow commands, so nothing compiles before the cache is on.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [{ ModelgateError }, { runAction }, { readSettings }] = await Promise.all([import("../core/problem.js"), import("./run.js"), import("./settings.js")]);

// The entry point only turns inputs and the event into settings and hands them on, within
// one deadline for the whole run: a hung request cannot keep the step alive, and nothing is
// written after it.
async function main(): Promise<void> {
  const settings = readSettings((name) => core.getInput(name), process.env);
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    deadline.abort();
    core.setFailed(
      `modelgate did not finish within ${settings.runTimeoutMs / 1000} s (input timeout-seconds): GitHub or git did not answer in time. Nothing more was written; re-run the job.`,
    );
    process.exit(1);
  }, settings.runTimeoutMs);
  try {
    await runAction(
      settings,
      {
        setOutput: (name, value) => core.setOutput(name, value),
        summary: (markdown) => core.appendSummary(markdown),
        annotate: (a) => {
          const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
          if (a.level === "error") core.error(a.message, props);
          else core.warning(a.message, props);
        },
        info: (m) => core.info(m),
        warning: (m) => core.warning(m),
        setFailed: (m) => core.setFailed(m),
      },
      new Date(),
      deadline.signal,
    );
  } finally {
    clearTimeout(timer);
  }
}

main()
  .catch((err: unknown) => {
    if (err instanceof ModelgateError) core.setFailed(err.message);
    else core.setFailed(`modelgate: internal error: ${(err as Error)?.stack ?? String(err)}`);
  })
  // Done: a connection left open (a request that never answered) must not keep the step running.
  .finally(() => process.exit());
