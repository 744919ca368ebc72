import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ModelgateError } from "./core/problem.js";

const MARK = "# modelgate pre-commit hook";

/**
 * Installs a plain git pre-commit hook that validates the working tree (the policy and every
 * governed manifest) before each commit, with the modelgate that ran `init --hook`. The
 * pre-commit framework's users get the same from `.pre-commit-hooks.yaml` instead.
 */
export function installHook(hooksDir: string, node: string, cli: string, force: boolean): string {
  const path = join(hooksDir, "pre-commit");
  if (existsSync(path) && !readFileSync(path, "utf8").includes(MARK) && !force) {
    throw new ModelgateError({
      file: path,
      message: "a pre-commit hook already exists",
      hint: "add `modelgate validate` to it yourself, or pass --force to replace it",
    });
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `#!/bin/sh
${MARK}: the policy and every governed manifest must validate before a commit.
# Skip once with: git commit --no-verify
exec ${shellQuote(node)} ${shellQuote(cli)} validate
`,
  );
  chmodSync(path, 0o755);
  return path;
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}
