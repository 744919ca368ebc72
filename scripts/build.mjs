// Bundles the command line (and the action, once it exists) with esbuild, with source maps.
import { existsSync } from "node:fs";
import { build } from "esbuild";

const entries = [
  { in: "src/cli/index.ts", out: "cli" },
  { in: "src/action/index.ts", out: "index" },
].filter((e) => existsSync(e.in));

await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  legalComments: "none",
  mainFields: ["module", "main"],
  metafile: true,
  logLevel: "warning",
  // CommonJS dependencies expect require(); give the ESM bundle one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __modelgateRequire } from 'node:module'; const require = __modelgateRequire(import.meta.url);",
  },
});
