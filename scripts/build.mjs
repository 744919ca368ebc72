// Bundles the command line and the action with esbuild (with source maps), and writes
// schemas/policy.schema.json from the gate types, so the published schema cannot drift.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  mainFields: ["module", "main"],
  logLevel: "warning",
};

const entries = [
  { in: "src/cli/index.ts", out: "cli" },
  { in: "src/action/index.ts", out: "index" },
].filter((e) => existsSync(e.in));

// CommonJS dependencies expect require(); give the ESM bundles one.
const requireShim = "import { createRequire as __modelgateRequire } from 'node:module'; const require = __modelgateRequire(import.meta.url);";

await build({ ...common, entryPoints: entries, outdir: "dist", sourcemap: true, banner: { js: `#!/usr/bin/env node\n${requireShim}` } });

const scratch = mkdtempSync(join(tmpdir(), "modelgate-build-"));
try {
  const out = join(scratch, "policy-schema.mjs");
  await build({ ...common, entryPoints: ["src/core/policy-schema.ts"], outfile: out, banner: { js: requireShim } });
  const { policySchema } = await import(pathToFileURL(out).href);
  writeFileSync("schemas/policy.schema.json", `${JSON.stringify(policySchema(), null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
