import { main } from "./main.js";

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input: say so plainly, without a stack trace unless asked.
    process.stderr.write(
      `modelgate: internal error: ${(err as Error)?.message ?? String(err)}\n${process.env.MODELGATE_DEBUG ? `${(err as Error)?.stack}\n` : "Set MODELGATE_DEBUG=1 for details, and please report it.\n"}`,
    );
    process.exitCode = 2;
  },
);
