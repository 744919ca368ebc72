#!/usr/bin/env node

import {
  VERSION
} from "./chunks/chunk-2IKIAXSP.js";
import "./chunks/chunk-Y5ALHOIO.js";

// src/cli/index.ts
import module from "node:module";
module.enableCompileCache?.();
if (Number(process.versions.v8.split(".")[0]) < 12) {
  const v8 = await import("node:v8");
  v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
  v8.setFlagsFromString("--interrupt-budget=540000");
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}
var argv = process.argv.slice(2);
var only = argv.length === 1 ? argv[0] : argv.length === 0 ? "" : null;
if (only === "--version" || only === "-v") {
  process.stdout.write(`${VERSION}
`);
} else if (only === "--help" || only === "-h" || only === "help" || only === "") {
  process.stdout.write((await import("./chunks/usage-EYQDFMGA.js")).USAGE);
  if (only === "") process.exitCode = 2;
} else {
  const { run } = await import("./chunks/main-CYGBSVX3.js");
  process.exitCode = await run(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    self: process.argv[1]
  });
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write("", flushed))));
  process.exit();
}
//# sourceMappingURL=cli.js.map
