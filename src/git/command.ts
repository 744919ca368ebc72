import { spawn } from "node:child_process";
import { gitEnv } from "./env.js";

/** A git command's output, as text. */
export interface Git {
  /**
   * Runs `git ARGS` in the repository and resolves to its standard output. It rejects, with git's
   * standard error as the message, when git exits non-zero and says why on standard error; a
   * silent non-zero exit (rev-parse --verify --quiet, cat-file -e) resolves, as simple-git did.
   */
  raw(args: string[]): Promise<string>;
}

/** Runs git directly: no library between modelgate and the process, at most `limit` at once. */
export function gitCommand(dir: string, limit = 4): Git {
  let running = 0;
  const waiting: Array<() => void> = [];
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      const proc = spawn("git", args, { cwd: dir, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
      proc.stdout.on("data", (d: Buffer) => out.push(d));
      proc.stderr.on("data", (d: Buffer) => err.push(d));
      proc.on("error", reject);
      proc.on("close", (code) => {
        const stderr = Buffer.concat(err);
        if (code && stderr.length > 0) reject(new Error(stderr.toString("utf8")));
        else resolve(Buffer.concat(out).toString("utf8"));
      });
    });
  return {
    async raw(args) {
      if (running >= limit) await new Promise<void>((go) => waiting.push(go));
      running++;
      try {
        return await run(args);
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
  };
}
