import module from "node:module";
import { VERSION } from "../version.js";
import { USAGE } from "./usage.js";

// The entry imports nothing heavy: Node's compile cache (Node 22+; NODE_COMPILE_CACHE names its
// folder, NODE_DISABLE_COMPILE_CACHE=1 turns it off) is on before the engine's chunks compile,
// and `--version`, `--help` and a bare `modelgate` answer without loading them at all.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`modelgate history | head`) closes the pipe: the rest of the output
// has nowhere to go, which is not an error. The run ends with its own exit status.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}

const argv = process.argv.slice(2);
const only = argv.length === 1 ? argv[0] : argv.length === 0 ? "" : null;
if (only === "--version" || only === "-v") {
  process.stdout.write(`${VERSION}\n`);
} else if (only === "--help" || only === "-h" || only === "help" || only === "") {
  process.stdout.write(USAGE);
  if (only === "") process.exitCode = 2;
} else {
  const { run } = await import("./main.js");
  process.exitCode = await run(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    self: process.argv[1],
  });
}
