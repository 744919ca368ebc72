import * as core from "@actions/core";
import { ModelgateError } from "../core/problem.js";
import { runAction } from "./run.js";
import { readSettings } from "./settings.js";

// The entry point only turns inputs and the event into settings and hands them on.
async function main(): Promise<void> {
  const settings = readSettings((name) => core.getInput(name), process.env);
  await runAction(settings, {
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
    annotate: (a) => {
      const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
      if (a.level === "error") core.error(a.message, props);
      else core.warning(a.message, props);
    },
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    setFailed: (m) => core.setFailed(m),
  });
}

main().catch((err: unknown) => {
  if (err instanceof ModelgateError) core.setFailed(err.message);
  else core.setFailed(`modelgate: internal error: ${(err as Error)?.stack ?? String(err)}`);
});
