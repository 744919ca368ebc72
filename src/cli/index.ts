import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { CodeCache, codeCacheDir } from "./code-cache.js";
import type { run as Run } from "./main.js";

// The entry is one small file: `--version`, `--help` and a bare `modelgate` answer without
// loading the engine, and every other command loads it (dist/engine.cjs) through the code cache
// (code-cache.ts), whose folder follows Node's compile cache: NODE_COMPILE_CACHE names it,
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. What only the engine's runs use (node:v8) is
// imported where it is used.
declare const __MODELGATE_BUILD__: string;

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
  process.stdout.write((await import("./usage.js")).USAGE);
  if (only === "") process.exitCode = 2;
} else {
  const v8 = await import("node:v8");
  // V8 before 12 (Node 20) has no mid-tier compiler: every hot function goes to TurboFan, whose
  // background compiles of the engine's large async functions, inlining all they call, took about
  // 1 s of CPU at 5,000 changed manifests. On two cores that CPU is taken from git and the
  // collector beside the run. A smaller inlining budget cut the run's wall time by 5-8 % and
  // left the main thread's CPU as it was; a tiering budget eight times V8's (functions run longer
  // before TurboFan compiles them, so fewer are compiled, and later) took the helper threads' CPU
  // from about 0.4 to 0.15 s and the wall time of 5,000 changes down 6 % more (measured in
  // `npm run bench`; see README, Performance). Node 22 and later (the action's node24) compile
  // with Maglev first and are left as they are: there neither flag gained anything.
  if (Number(process.versions.v8.split(".")[0]) < 12) {
    v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
    v8.setFlagsFromString("--interrupt-budget=540000");
  }
  // One cache per command: a history's run compiles other functions than a check's.
  const command = /^[a-z]+$/.test(argv[0] ?? "") ? argv[0] : "";
  const cache = new CodeCache(codeCacheDir(process.env), __MODELGATE_BUILD__, v8);
  const engine = join(dirname(fileURLToPath(import.meta.url)), "engine.cjs");
  const { run } = cache.load(engine, command) as { run: typeof Run };
  process.exitCode = await run(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    self: process.argv[1],
  });
  // A run that ended with a verdict or an answer (not a usage error, not a command's help) ran
  // what the command runs.
  if ((process.exitCode === 0 || process.exitCode === 1) && !argv.includes("--help") && !argv.includes("-h")) cache.save();
  // The run is over: leave once both streams have flushed (a pipe is written asynchronously), not
  // after the garbage collection V8 scheduled for later. On Node 20 that collection ran after the
  // output of a 1,500-promotion history and cost 15 ms of its 230; Node 24 exits as fast either way.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write("", flushed))));
  process.exit();
}
