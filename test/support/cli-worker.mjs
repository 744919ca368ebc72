// The command line's bundled engine, loaded once per Vitest worker in a worker thread: each
// request runs `run` from the same bundle dist/cli.js loads (dist/engine.cjs), with the arguments, folder and
// environment a spawned `modelgate` would have. The test's thread blocks on `done` until the
// result is posted, so cli() stays synchronous, as spawnSync was, without a Node start per call.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const { engine, self, done } = workerData;
const flag = new Int32Array(done);

function answer(port, result) {
  port.postMessage(result);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

let port;
process.on("uncaughtException", (err) => {
  if (port) answer(port, { code: -1, stdout: "", stderr: `cli worker: uncaught ${err?.stack ?? err}\n` });
});

// A plain require(): the code cache is the entry's, tested with real processes (code-cache.test.ts).
const { run } = createRequire(import.meta.url)(engine);
parentPort.on("message", async (request) => {
  port = request.port;
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, request.env);
  const stdout = [];
  const stderr = [];
  const code = await run(request.argv, {
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    isTTY: false,
    cwd: request.cwd,
    env: process.env,
    self,
  });
  answer(port, { code, stdout: stdout.join(""), stderr: stderr.join("") });
});
