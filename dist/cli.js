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
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
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
  /** Whether the folder exists and it and every folder above it pass `trusted` (checked once a run). */
  readable() {
    this.checked ??= this.dir !== null && trusted(this.dir, false);
    return this.checked;
  }
  checked;
  /** Runs a CommonJS bundle (its module.exports), through the cache; `variant` keeps one cache per command. */
  load(path, variant = "") {
    const fd = openSync(path, "r");
    let source;
    let stat;
    try {
      stat = fstatSync(fd, { bigint: true });
      source = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
    const name = path.slice(dirname(path).length + 1);
    const key = [
      "modelgate-code-cache-2",
      this.build,
      name,
      stat.size,
      stat.ino,
      stat.mtimeNs,
      stat.ctimeNs,
      variant,
      process.version,
      process.arch,
      hash(`${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`)
    ].join(" ");
    const file = this.dir === null ? null : join(this.dir, `${name}-${hash(key)}.bin`);
    const cached = file === null || !this.readable() ? void 0 : readOwn(file, key);
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
   * a check that runs gates has 50-70 kB more than one that touches nothing). Counting walks the
   * heap, about 2 ms a run; the run's time would be cheaper but cannot tell: the run that wrote
   * a cache compiled everything, so a run that compiles what its cache lacks is still faster.
   * Any failure only leaves the cache as it was.
   */
  save() {
    const dir = this.dir;
    if (dir === null) return;
    const compiled = this.v8.getHeapCodeStatistics().bytecode_and_metadata_size;
    const due = this.scripts.filter((s) => s.file !== null && (s.fresh || compiled > s.compiled + 16384));
    if (due.length === 0 || !trusted(dir, true)) return;
    let pruned = false;
    for (const { script, file, key } of due) {
      const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
      let created = false;
      try {
        if (!pruned) pruned = prune(dir);
        const data = this.checksummed(() => script.createCachedData());
        writeFileSync(partial, `${key}
${compiled}
`, { mode: 384, flag: "wx" });
        created = true;
        writeFileSync(partial, data, { flag: "a" });
        renameSync(partial, file);
      } catch {
        try {
          if (created) unlinkSync(partial);
        } catch {
        }
      }
    }
  }
};
var WRAPPER_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname", "__modelgateLoadCached"];
function codeCacheDir(env, cwd = process.cwd()) {
  const uid = process.getuid?.();
  if (env.NODE_DISABLE_COMPILE_CACHE === "1" || uid === void 0) return null;
  const base = env.NODE_COMPILE_CACHE;
  const dir = base ? join(base, `modelgate-${uid}`) : join(tmpdir(), `modelgate-code-cache-${uid}`);
  if (!isAbsolute(dir)) return null;
  const inside = relative(cwd, dir);
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? dir : null;
}
function trusted(dir, make) {
  try {
    const uid = process.getuid?.();
    if (make) mkdirSync(dirname(dir), { recursive: true });
    for (let above = realpathSync(dirname(dir)); ; above = dirname(above)) {
      const stat = lstatSync(above);
      if (stat.uid !== uid && stat.uid !== 0 || (stat.mode & 18) !== 0 && (stat.mode & 512) === 0) return false;
      if (dirname(above) === above) break;
    }
    if (make) {
      try {
        mkdirSync(dir, { mode: 448 });
      } catch (err) {
        if (err.code !== "EEXIST") return false;
      }
    }
    const own = lstatSync(dir);
    return own.isDirectory() && own.uid === uid && (own.mode & 63) === 0;
  } catch {
    return false;
  }
}
function prune(dir) {
  const old = Date.now() - 30 * 24 * 3600 * 1e3;
  for (const name of readdirSync(dir)) {
    if (!CACHE_FILE.test(name)) continue;
    try {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isFile() && stat.mtimeMs < old) unlinkSync(path);
    } catch {
    }
  }
  return true;
}
var CACHE_FILE = /^(?:engine|cel|sigstore)\.cjs-[0-9a-f]{8}\.bin(?:\.\d+-[0-9a-z]+)?$/;
function readOwn(file, key) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.uid !== process.getuid?.() || (stat.mode & 63) !== 0) return void 0;
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
