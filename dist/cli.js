#!/usr/bin/env node

var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/cli/usage.ts
var usage_exports = {};
__export(usage_exports, {
  USAGE: () => USAGE
});
var USAGE;
var init_usage = __esm({
  "src/cli/usage.ts"() {
    "use strict";
    init_version();
    USAGE = `modelgate ${VERSION}: govern machine-learning model promotion in git

Usage:
  modelgate check    [--base REF] [--head REF] [--policy PATH] [--policy-ref base|head]
                     [--format text|markdown|json|sarif|junit] [--now ISO-8601]
                     [--override-as LOGIN [--override-reason TEXT]]
  modelgate validate [--ref REF] [--policy PATH] [--format text|markdown|json|sarif|junit]
  modelgate history  [MODEL] [--ref REF] [--format text|json]
  modelgate status   [--ref REF] [--stage STAGE] [--now ISO-8601] [--format text|json]
  modelgate test     [--tests PATH] [--policy PATH] [--ref REF] [--format text|json]
  modelgate rollback MODEL [--to-version V] [--alias NAME] [--commit]
  modelgate site     [--ref REF] [--now ISO-8601] [--out DIR]
  modelgate audit    MODEL [--from DATE] [--to DATE] [--ref REF] [--now ISO-8601] --out DIR
  modelgate init     [--preset NAME] [--force] [--hook] [--pages]

  check     judge every active manifest that changed between base and head
  validate  check the policy and every governed manifest at one commit
  history   every change of the active manifests on the branch's first-parent history,
            with each merge's audit note (refs/notes/modelgate) when fetched
  status    every model's active version, since when, through which commit and PR, with
            its stage, rollout step, rollbacks, the date its next step is allowed and
            the audit note of the merge that made it active
  rollback  write the manifest as it was when a version was last active (default: the
            previous one) and print the git commands to propose it; --commit makes the
            branch and commit
  site      write the registry as a static web site (a page per model: timeline, metric
            charts, gates, diffs, audit export) from git alone
  audit     write one model's audit export for a period: a self-contained HTML page, its
            JSON and SHA256SUMS; prints the bundle's digest
  test      run the policy's own test cases (.modelgate/tests.yaml): for each pair of
            manifests, what the policy must decide
  init      write .modelgate/policy.yaml (from a preset) and the GitHub workflow

Options:
  --base REF          the branch the change goes into (default: origin/HEAD, main or master)
  --head REF          the change (default: the working tree, uncommitted edits included)
  --ref REF           the commit to validate (default: the working tree) or read
                      history at (default: HEAD)
  --to-version V      the version to roll back to (default: the one before the current)
  --alias NAME        rollback: which of the model's pointers (production, shadow \u2026)
  --stage STAGE       status: only models in this stage (or alias)
  --override-as LOGIN check: preview a force-promote as if LOGIN applied the override label
  --override-reason T check: the reason that preview gives
  --commit            rollback: create the branch rollback/MODEL-V and commit
  --out DIR           site: where to write it (default: modelgate-site); audit: required
  --from DATE         audit: changes from this date or time (default: the first)
  --to DATE           audit: changes up to this date (the whole day) or time (default: the last)
  --tests PATH        test: the test cases (default: .modelgate/tests.yaml)
  --preset NAME       init: start from a preset (pivotquant, shadow-trading, lifecycle,
                      glass-box, registry-stages)
  --force             init: overwrite existing files
  --hook              init: also install a git pre-commit hook that runs validate
  --pages             init: also write the workflow that publishes modelgate site with
                      GitHub Pages on every push to the default branch
  --policy PATH       the policy file (default: .modelgate/policy.yaml)
  --policy-ref WHICH  read the policy from the base (default) or the head commit
  --format FORMAT     text (default), markdown, json, sarif (code scanning) or junit
  --now ISO-8601      the time durations end at: waivers, soak, rollout, days served (default: now)
  -C DIR              run in DIR instead of the current folder
  -h, --help          this help
  -v, --version       the version

Exit status: 0 pass (warnings included), 1 a gate failed, 2 usage or configuration error.
`;
  }
});

// src/cli/index.ts
init_version();
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/code-cache.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
var CodeCache = class {
  /** `dir` null: no cache (compiled from source each time); `build` names the build the bundles come from. */
  constructor(dir, build, v8) {
    this.dir = dir;
    this.build = build;
    this.v8 = v8;
  }
  dir;
  build;
  v8;
  scripts = [];
  /**
   * V8 checks a code cache's version, flags and the source's length, and its checksum only in
   * debug builds: a cache damaged on disk at the right length crashed Node.js (a segfault, four
   * bytes changed). With --verify-snapshot-checksum V8 writes the checksum and rejects a cache
   * that does not match it (Node.js's own compile cache keeps a checksum of its own for the same
   * reason). The flag is on only while this cache's code is read or written: Node's own modules
   * come with code caches made without a checksum, which V8 would reject while it is on, and
   * compile afresh (4-5 ms more on Node 24 for those a history loads).
   */
  checksummed(f) {
    this.v8.setFlagsFromString("--verify-snapshot-checksum");
    try {
      return f();
    } finally {
      this.v8.setFlagsFromString("--no-verify-snapshot-checksum");
    }
  }
  /** Runs a CommonJS bundle (its module.exports), through the cache; `variant` keeps one cache per command. */
  load(path, variant = "") {
    const source = readFileSync(path, "utf8");
    const stat = statSync(path);
    const name = path.slice(dirname(path).length + 1);
    const key = [
      "modelgate-code-cache-1",
      this.build,
      name,
      stat.size,
      Math.trunc(stat.mtimeMs),
      variant,
      process.version,
      process.arch,
      hash(`${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`)
    ].join(" ");
    const file = this.dir === null ? null : join(this.dir, `${name}-${hash(key)}.bin`);
    const cached = file === null ? void 0 : readOwn(file, key);
    const wrapped = `(function (${WRAPPER_PARAMETERS.join(", ")}) {${source}
})`;
    const script = file === null ? new Script(wrapped, { filename: path }) : this.checksummed(() => new Script(wrapped, { filename: path, cachedData: cached?.data }));
    const fresh = cached === void 0 || script.cachedDataRejected === true;
    this.scripts.push({ script, file, key, fresh, compiled: cached?.compiled ?? 0 });
    const module = { exports: {} };
    const wrapper = script.runInThisContext();
    const loadPart = (part) => this.load(join(dirname(path), part));
    wrapper(module.exports, createRequire(path), module, path, dirname(path), loadPart);
    return module.exports;
  }
  /**
   * Writes the cache of every script that had none (or a rejected one), with all the functions
   * compiled so far; called once a run has ended normally, so the cache holds what a whole run
   * of the command compiles. A cache written by a short run (a check of a pull request that
   * touches nothing) is written again by a run that ends with more bytecode in V8's heap than the
   * run that wrote it, by more than the 16 kB two runs of one command differ (measured: 0-4 kB;
   * a check that runs gates has 50-70 kB more than one that touches nothing). Any failure only
   * leaves the cache as it was.
   */
  save() {
    if (this.dir === null) return;
    const compiled = this.v8.getHeapCodeStatistics().bytecode_and_metadata_size;
    let pruned = false;
    for (const { script, file, key, fresh, compiled: before } of this.scripts) {
      if (file === null || !fresh && compiled <= before + 16384) continue;
      const partial = `${file}.${process.pid}`;
      try {
        if (!ownFolder(this.dir)) return;
        if (!pruned) pruned = prune(this.dir);
        writeFileSync(partial, Buffer.concat([Buffer.from(`${key}
${compiled}
`), this.checksummed(() => script.createCachedData())]), {
          mode: 384,
          flag: "wx"
        });
        renameSync(partial, file);
      } catch {
        try {
          unlinkSync(partial);
        } catch {
        }
      }
    }
  }
};
var WRAPPER_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname", "__modelgateLoadCached"];
function codeCacheDir(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE === "1") return null;
  const base = env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache");
  return join(base, `modelgate-${process.getuid?.() ?? "user"}`);
}
function prune(dir) {
  const old = Date.now() - 30 * 24 * 3600 * 1e3;
  for (const name of readdirSync(dir)) {
    try {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isFile() && (name.endsWith(".bin") || /\.bin\.\d+$/.test(name)) && stat.mtimeMs < old) unlinkSync(path);
    } catch {
    }
  }
  return true;
}
function ownFolder(dir) {
  mkdirSync(dir, { recursive: true, mode: 448 });
  const stat = lstatSync(dir);
  return stat.isDirectory() && ownedAndPrivate(stat);
}
function ownedAndPrivate(stat) {
  const uid = process.getuid?.();
  return uid === void 0 || stat.uid === uid && (stat.mode & 18) === 0;
}
function readOwn(file, key) {
  let fd;
  try {
    const folder = lstatSync(dirname(file));
    if (!folder.isDirectory() || !ownedAndPrivate(folder)) return void 0;
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownedAndPrivate(stat)) return void 0;
    const data = readFileSync(fd);
    const header = Buffer.from(`${key}
`);
    if (data.length <= header.length || !data.subarray(0, header.length).equals(header)) return void 0;
    const end = data.indexOf(10, header.length);
    const compiled = Number(data.subarray(header.length, end).toString("latin1"));
    return end > header.length && Number.isSafeInteger(compiled) ? { data: data.subarray(end + 1), compiled } : void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/cli/index.ts
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
  process.stdout.write((await Promise.resolve().then(() => (init_usage(), usage_exports))).USAGE);
  if (only === "") process.exitCode = 2;
} else {
  const v8 = await import("node:v8");
  if (Number(process.versions.v8.split(".")[0]) < 12) {
    v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
    v8.setFlagsFromString("--interrupt-budget=540000");
  }
  const command = /^[a-z]+$/.test(argv[0] ?? "") ? argv[0] : "";
  const cache = new CodeCache(codeCacheDir(process.env), "687764fb500b25cb", v8);
  const engine = join2(dirname2(fileURLToPath(import.meta.url)), "engine.cjs");
  const { run } = cache.load(engine, command);
  process.exitCode = await run(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    self: process.argv[1]
  });
  if ((process.exitCode === 0 || process.exitCode === 1) && !argv.includes("--help") && !argv.includes("-h")) cache.save();
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write("", flushed))));
  process.exit();
}
//# sourceMappingURL=cli.js.map
