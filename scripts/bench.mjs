// npm run bench [-- --quick] [-- --node24=PATH | --no-node24]: modelgate against the floor of what git (or
// ajv-cli, or Node.js itself) must do anyway, measured in the same run on repositories generated
// here (deterministic, seeded), under Node.js 20 (this process's node) and Node.js 24 (the
// action's runtime; --node24, $MODELGATE_BENCH_NODE24, or installed from the npm registry into
// a temporary folder as .ci/run does). Prints one table: medians, ratios and the targets of
// issue 16. Reports; never fails on the numbers.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const QUICK = process.argv.includes("--quick");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const ACTION = join(ROOT, "dist", "index.js");
const AJV = join(ROOT, "node_modules", ".bin", "ajv");
const SIZE = QUICK
  ? { small: 100, midModels: 1000, mid: 100, models: 2000, large: 200, history: 300, historyModels: 40, growth: [50, 200, 500], runs: 3 }
  : { small: 100, midModels: 2000, mid: 200, models: 10000, large: 1000, history: 1500, historyModels: 100, growth: [100, 1000, 5000], runs: 5 };
const ENV = { ...process.env, NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
delete ENV.NODE_DISABLE_COMPILE_CACHE;
delete ENV.NODE_OPTIONS;

// mulberry32: a small seeded generator, so every run builds the same repositories.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["version", "trained_end_ts", "feature_version", "owner", "metrics", "thresholds"],
  properties: {
    version: { type: "string" },
    trained_end_ts: { type: "integer" },
    feature_version: { type: "string" },
    owner: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
    metrics: { type: "object", properties: { auc: { type: "number" }, loss: { type: "number" }, latency_ms: { type: "number" } } },
    thresholds: { type: "object", additionalProperties: { type: "number", minimum: 0, maximum: 1 } },
  },
};

const POLICY = `version: 1
gates:
  - { id: schema, type: schema, schema: schemas/manifest.schema.json }
  - { id: present, type: required, paths: [version, owner, metrics.auc] }
  - { id: tagged, type: includes, path: tags, values: [audited] }
  - { id: thresholds, type: range, path: thresholds.*, gte: 0, lte: 1 }
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.5 }
  - { id: owners, type: allowed, path: owner, values: [risk, growth, search, ads] }
  - { id: fresh, type: not_older, path: trained_end_ts, on: [promotion] }
  - { id: features-frozen, type: unchanged, path: feature_version, on: [promotion] }
  - { id: auc, type: regression, path: metrics.auc, better: higher, max_drop: 0.2, on: [promotion] }
  - { id: latency, type: regression, path: metrics.latency_ms, better: lower, max_drop_pct: 50, on: [promotion] }
`;
const SCHEMA_ONLY_POLICY = "version: 1\ngates:\n  - { id: schema, type: schema, schema: schemas/manifest.schema.json }\n";

function manifest(i, v, r) {
  return `${JSON.stringify(
    {
      version: `v${v}`,
      trained_end_ts: 1767225600000 + v * 86_400_000,
      feature_version: "fv3",
      owner: ["risk", "growth", "search", "ads"][i % 4],
      tags: ["audited", "tabular"],
      metrics: { auc: 0.8 + r() * 0.05 + v * 0.001, loss: 0.3 - r() * 0.05, latency_ms: 20 + r() * 5 },
      thresholds: { approve: 0.5 + r() * 0.2, review: 0.2 + r() * 0.2 },
    },
    null,
    2,
  )}\n`;
}

const path = (i) => `models/m${String(i).padStart(5, "0")}/manifest_active.json`;

/** A git fast-import stream writer: blobs and commits, far faster than one git process per file. */
class Stream {
  parts = [];
  mark = 0;
  time = 1767225600;
  blob(content) {
    const m = ++this.mark;
    this.parts.push(`blob\nmark :${m}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    return m;
  }
  commit(ref, message, files, from) {
    const blobs = files.map(([p, c]) => [p, this.blob(c)]);
    const m = ++this.mark;
    this.time += 3600;
    let s = `commit ${ref}\nmark :${m}\ncommitter Bench <bench@example.com> ${this.time} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
    if (from) s += `from :${from}\n`;
    for (const [p, b] of blobs) s += `M 100644 :${b} ${p}\n`;
    this.parts.push(`${s}\n`);
    return m;
  }
  importInto(dir) {
    execFileSync("git", ["init", "-q", "-b", "main", dir], { env: ENV });
    execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: this.parts.join(""), env: ENV, maxBuffer: 1 << 30 });
  }
}

/** The monorepo: `models` manifests on main, and branches that promote some of them. */
function buildMonorepo(dir, models, branches) {
  const r = rng(42);
  const s = new Stream();
  const files = [
    [".modelgate/policy.yaml", POLICY],
    [".modelgate/schema-only.yaml", SCHEMA_ONLY_POLICY],
    ["schemas/manifest.schema.json", `${JSON.stringify(SCHEMA, null, 2)}\n`],
    ["README.md", "bench\n"],
  ];
  for (let i = 0; i < models; i++) files.push([path(i), manifest(i, 1, r)]);
  const base = s.commit("refs/heads/main", "base", files);
  s.commit("refs/heads/none", "docs only", [["README.md", "bench, edited\n"]], base);
  for (const [name, count] of branches) {
    const changed = [];
    for (let i = 0; i < count; i++) changed.push([path(i), manifest(i, 2, r)]);
    s.commit(`refs/heads/${name}`, `promote ${count}`, changed, base);
  }
  s.importInto(dir);
  execFileSync("git", ["checkout", "-q", "main"], { cwd: dir, env: ENV });
}

/** A registry's history: `models` models, then `promotions` squash-merged promotions on main. */
function buildHistory(dir, models, promotions) {
  const r = rng(7);
  const s = new Stream();
  const files = [[".modelgate/policy.yaml", POLICY]];
  const version = new Array(models).fill(1);
  for (let i = 0; i < models; i++) files.push([path(i), manifest(i, 1, r)]);
  let last = s.commit("refs/heads/main", "base", files);
  for (let k = 0; k < promotions; k++) {
    const i = Math.floor(r() * models);
    version[i]++;
    last = s.commit("refs/heads/main", `Promote m${i} v${version[i]} (#${k + 2})`, [[path(i), manifest(i, version[i], r)]], last);
  }
  s.importInto(dir);
  execFileSync("git", ["checkout", "-q", "main"], { cwd: dir, env: ENV });
}

// Statistics: the same promotions checked with and without drift and A/B gates, whose
// bins are counts small enough (≤ 10,000 a sample) for the exact KS distribution.
const STATS_GATES = `
  - { id: psi, type: psi, reference: "drift.*.reference", current: "drift.*.current", lte: 0.25 }
  - { id: ks, type: ks, reference: "drift.*.reference", current: "drift.*.current", alpha: 0.001 }
  - { id: chi, type: chi_square, reference: "drift.*.reference", current: "drift.*.current", alpha: 0.001 }
  - { id: ab, type: ab_test, control: ab.control, treatment: ab.treatment, test: welch_t, alpha: 0.05 }
  - { id: ab-rate, type: ab_test, control: rate.control, treatment: rate.treatment, test: two_proportion_z, alpha: 0.05 }
`;
const STATS_FLOOR_POLICY = "version: 1\ngates:\n  - { id: present, type: required, paths: [version, drift, ab, rate] }\n";
const STATS_POLICY = STATS_FLOOR_POLICY + STATS_GATES;

function statsManifest(v, r) {
  const bins = (n) => Array.from({ length: 20 }, () => Math.round(n * (0.9 + 0.2 * r())));
  const drift = Object.fromEntries(Array.from({ length: 5 }, (_, f) => [`feature_${f}`, { reference: bins(250), current: bins(240) }]));
  return `${JSON.stringify(
    {
      version: `v${v}`,
      drift,
      ab: { control: { mean: 1, std: 0.3, n: 5000 }, treatment: { mean: 1.05, std: 0.3, n: 5000 } },
      rate: { control: { successes: 500, n: 5000 }, treatment: { successes: 600, n: 5000 } },
    },
    null,
    2,
  )}\n`;
}

/** `models` manifests with drift reports; branch `stats` promotes `promoted` of them. */
function buildStatsRepo(dir, models, promoted) {
  const r = rng(13);
  const s = new Stream();
  const files = [
    [".modelgate/policy.yaml", STATS_POLICY],
    [".modelgate/floor.yaml", STATS_FLOOR_POLICY],
  ];
  for (let i = 0; i < models; i++) files.push([path(i), statsManifest(1, r)]);
  const base = s.commit("refs/heads/main", "base", files);
  const changed = [];
  for (let i = 0; i < promoted; i++) changed.push([path(i), statsManifest(2, r)]);
  s.commit("refs/heads/stats", `promote ${promoted}`, changed, base);
  s.importInto(dir);
  execFileSync("git", ["checkout", "-q", "main"], { cwd: dir, env: ENV });
}

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: "utf8", env: ENV, maxBuffer: 1 << 30, ...opts });
  if (res.error) throw res.error;
  return res;
}

/** Median wall time in ms of `runs` runs of fn (after one warm-up run). */
function time(fn, runs = SIZE.runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median wall times in ms of two functions run alternately `runs` times each (after a warm-up). */
function timePair(a, b, runs) {
  a();
  b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, into] of [
      [a, ta],
      [b, tb],
    ]) {
      const t = process.hrtime.bigint();
      fn();
      into.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(ta), median(tb)];
}

function expectExit(res, codes, what) {
  if (!codes.includes(res.status)) throw new Error(`${what} exited ${res.status}: ${res.stderr || res.stdout}`.slice(0, 2000));
  return res;
}

/**
 * The floor of a check: what git must do at least. The changed files with their object ids
 * (diff --raw), and every changed blob on both sides read by id in one cat-file. (Naming blobs
 * as rev:path instead makes git walk a 10,000-entry tree per lookup: a far slower floor.)
 */
function gitFloor(dir, base, head) {
  const raw = expectExit(run("git", ["diff", "--raw", "-z", "--no-abbrev", base, head], { cwd: dir }), [0], "git diff").stdout;
  const oids = [];
  for (const record of raw.split("\0")) {
    if (!record.startsWith(":")) continue;
    const [, , a, b] = record.slice(1).split(" ");
    for (const oid of [a, b]) if (!/^0+$/.test(oid)) oids.push(oid);
  }
  expectExit(run("git", ["cat-file", "--batch"], { cwd: dir, input: `${oids.join("\n")}\n` }), [0], "git cat-file");
}

function peakRssMb(cmd, args, cwd, env = ENV) {
  const res = run("/usr/bin/time", ["-f", "%M", cmd, ...args], { cwd, env });
  const kb = Number(res.stderr.trim().split("\n").pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/**
 * The least a `validate` of the working tree does, as a script for the node under test: start,
 * list the working tree as git sees it (tracked and untracked files, not ignored, not deleted:
 * the two git commands modelgate runs, side by side), and read every manifest; nothing parsed.
 */
const VALIDATE_FLOOR = `import { execFile } from "node:child_process";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
const git = (args) => new Promise((res, rej) => execFile("git", args, { maxBuffer: 1 << 30 }, (e, out) => (e ? rej(e) : res(out))));
const [listed, deleted] = await Promise.all([git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]), git(["ls-files", "-z", "--deleted"])]);
const gone = new Set(deleted.split("\\0"));
let read = 0;
for (const p of listed.split("\\0")) {
  if (!p || gone.has(p) || !p.endsWith("/manifest_active.json")) continue;
  const fd = openSync(p, constants.O_RDONLY | constants.O_NOFOLLOW);
  const size = fstatSync(fd).size;
  read += readSync(fd, Buffer.allocUnsafe(size), 0, size, 0) > 0 ? 1 : 0;
  closeSync(fd);
}
if (read === 0) process.exit(3);
`;

/** What history must ask git at least: the log, and every version it names read in one cat-file. */
function logWithBlobs(dir) {
  const out = expectExit(
    run("git", ["log", "--first-parent", "--raw", "-z", "--no-abbrev", "--format=%H", "main", "--", "models/*/manifest_active.json"], { cwd: dir }),
    [0],
    "git log",
  ).stdout;
  const oids = new Set();
  for (const m of out.matchAll(/:\d+ \d+ ([0-9a-f]{40}) ([0-9a-f]{40}) /g)) for (const oid of [m[1], m[2]]) if (!/^0+$/.test(oid)) oids.add(oid);
  expectExit(run("git", ["cat-file", "--batch"], { cwd: dir, input: `${[...oids].join("\n")}\n` }), [0], "git cat-file");
}

/** A Node.js 24 binary: given, or installed from the npm registry (npm install node@24) into a temporary folder. */
function node24(work) {
  const given = process.argv.find((a) => a.startsWith("--node24="))?.slice(9) ?? process.env.MODELGATE_BENCH_NODE24;
  if (given) return given;
  if (process.argv.includes("--no-node24")) return null;
  const prefix = join(work, "node24");
  const res = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, "node@24"], { encoding: "utf8", env: ENV });
  const bin = join(prefix, "node_modules", ".bin", "node");
  return res.status === 0 && existsSync(bin) ? bin : null;
}

/** Least-squares slope of [x, y] points: ms per changed manifest. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}

const work = mkdtempSync(join(tmpdir(), "modelgate-bench-"));
try {
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error("run npm run build first");
  process.stderr.write(`Building repositories in ${work} (${QUICK ? "quick" : "full"} sizes)...\n`);
  const small = join(work, "small");
  buildMonorepo(small, SIZE.small, [["one", 1]]);
  const mid = join(work, "mid");
  buildMonorepo(mid, SIZE.midModels, [["mid", SIZE.mid]]);
  const mono = join(work, "mono");
  const growth = [...new Set([...SIZE.growth, SIZE.large])].sort((a, b) => a - b);
  buildMonorepo(
    mono,
    SIZE.models,
    growth.map((n) => [`p${n}`, n]),
  );
  const hist = join(work, "history");
  buildHistory(hist, SIZE.historyModels, SIZE.history);
  const statsRepo = join(work, "stats");
  const promoted = QUICK ? 10 : 50;
  buildStatsRepo(statsRepo, SIZE.small, promoted);

  const head = run("git", ["rev-parse", "none"], { cwd: small }).stdout.trim();
  const base = run("git", ["rev-parse", "main"], { cwd: small }).stdout.trim();
  const event = join(work, "event.json");
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 1, base: { sha: base }, head: { sha: head }, user: { login: "a" }, labels: [], body: "" },
      repository: { full_name: "o/r", default_branch: "main" },
    }),
  );
  writeFileSync(join(work, "validate-floor.mjs"), VALIDATE_FLOOR);
  writeFileSync(join(work, "out"), "");
  writeFileSync(join(work, "summary"), "");

  // The floors run alternately with modelgate, in every case, so a busy machine slows both alike.
  const floor = {
    small: () => gitFloor(small, "main", "one"),
    mid: () => gitFloor(mid, "main", "mid"),
    large: (n) => () => gitFloor(mono, "main", `p${n}`),
    log: () =>
      expectExit(run("git", ["log", "--first-parent", "--raw", "--no-abbrev", "main", "--", "models/*/manifest_active.json"], { cwd: hist }), [0], "git log"),
  };

  /** Every case under one Node.js binary. */
  function measure(node) {
    const env = { ...ENV, NODE_COMPILE_CACHE: join(work, `compile-cache-${node === process.execPath ? "20" : "24"}`) };
    const r =
      (args, cwd, codes = [0], what = args.join(" ")) =>
      () =>
        expectExit(run(node, args, { cwd, env }), codes, what);
    const version = run(node, ["--version"]).stdout.trim();
    process.stderr.write(`node ${version}...\n`);
    const m = { version };
    // Cold start: node alone, and a pull request that touches no governed file, alternately.
    [m.nodeStart, m.cliCold] = timePair(r(["-e", "0"], small), r([CLI, "check", "--base", "main", "--head", "none"], small), SIZE.runs * 2);
    const nodeStart = r(["-e", "0"], small);
    m.version_ = time(r([CLI, "--version"], small), SIZE.runs * 2);
    // Loading the command line's engine through its code cache, running only the argument parser.
    [m.load, m.loadNodeStart] = timePair(r([CLI, "check", "--help"], small), nodeStart, SIZE.runs * 2);
    const actionEnv = {
      ...env,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: "o/r",
      GITHUB_WORKSPACE: small,
      GITHUB_API_URL: "http://127.0.0.1:9",
      GITHUB_OUTPUT: join(work, "out"),
      GITHUB_STEP_SUMMARY: join(work, "summary"),
      RUNNER_TEMP: work,
      INPUT_TOKEN: "t",
      INPUT_COMMENT: "never",
    };
    const action = (extra) => () => expectExit(run(node, [ACTION], { cwd: small, env: { ...actionEnv, ...extra } }), [0], "action cold");
    [m.actionNodeStart, m.actionCold] = timePair(nodeStart, action({}), SIZE.runs * 2);
    // A fresh runner has no compile cache: what the first run of a job pays.
    m.actionFresh = time(action({ NODE_DISABLE_COMPILE_CACHE: "1" }), SIZE.runs);
    [m.small, m.smallFloor] = timePair(r([CLI, "check", "--base", "main", "--head", "one", "--format", "json"], small), floor.small, SIZE.runs);
    [m.mid, m.midFloor] = timePair(r([CLI, "check", "--base", "main", "--head", "mid", "--format", "json"], mid), floor.mid, 3);
    m.growth = [];
    m.floorGrowth = [];
    for (const n of growth) {
      const [ms, floorMs] = timePair(r([CLI, "check", "--base", "main", "--head", `p${n}`, "--format", "json"], mono), floor.large(n), 3);
      m.growth.push([n, ms]);
      m.floorGrowth.push([n, floorMs]);
    }
    m.rss = peakRssMb(node, [CLI, "check", "--base", "main", "--head", `p${SIZE.large}`, "--format", "json"], mono, env);
    // Statistics: the same promotions checked with and without drift and A/B gates, interleaved.
    const stats = (policy) =>
      r([CLI, "check", "--base", "main", "--head", "stats", "--policy", policy, "--format", "json"], statsRepo, [0, 1], `stats ${policy}`);
    [m.withStats, m.withoutStats] = timePair(stats(".modelgate/policy.yaml"), stats(".modelgate/floor.yaml"), SIZE.runs * 2);
    // Schema only: every manifest against one schema, next to ajv-cli under the same node.
    const ajvCli = join(ROOT, "node_modules", "ajv-cli", "dist", "index.js");
    const ajv = (cwd) =>
      r(
        [
          existsSync(ajvCli) ? ajvCli : AJV,
          "validate",
          "--spec=draft2020",
          "-c",
          "ajv-formats",
          "-s",
          "schemas/manifest.schema.json",
          "-d",
          "models/*/manifest_active.json",
        ],
        cwd,
      );
    const validate = (cwd) => r([CLI, "validate", "--policy", ".modelgate/schema-only.yaml", "--format", "json"], cwd);
    [m.validateMid, m.ajvMid] = timePair(validate(mid), ajv(mid), 3);
    [m.validate, m.ajv] = timePair(validate(mono), ajv(mono), 3);
    [m.validateFloor, m.ajvBesideFloor] = timePair(r([join(work, "validate-floor.mjs")], mono, [0], "validate floor"), ajv(mono), 3);
    // A history and its floor take a fifth of a second each: three times the runs, so that the
    // median is the ratio's and not one busy moment's (from run to run it moved by 0.2 or more).
    [m.history, m.historyFloor] = timePair(r([CLI, "history", "--format", "json"], hist), floor.log, SIZE.runs * 3);
    [m.status, m.statusFloor] = timePair(r([CLI, "status", "--format", "json"], hist), floor.log, SIZE.runs * 3);
    // The same history with no code cache: a first run, or NODE_DISABLE_COMPILE_CACHE=1.
    m.historyFresh = time(
      () =>
        expectExit(run(node, [CLI, "history", "--format", "json"], { cwd: hist, env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" } }), [0], "history, no cache"),
      SIZE.runs,
    );
    [m.logBlobs, m.logAlone] = timePair(() => logWithBlobs(hist), floor.log, SIZE.runs);
    // The site reads the same history and writes a page and an audit export per model: timed beside history.
    const siteOut = join(work, `site-${version}`);
    [m.site, m.siteHistory] = timePair(r([CLI, "site", "--out", siteOut], hist), r([CLI, "history", "--format", "json"], hist), SIZE.runs);
    return m;
  }

  const n24 = node24(work);
  const runs = [measure(process.execPath)];
  if (n24) runs.push(measure(n24));
  else if (!process.argv.includes("--no-node24"))
    process.stderr.write("no Node.js 24 (npm install node@24 failed; pass --node24=PATH): its column is left out\n");

  // The statistics alone, in process: what the drift and A/B gates compute for this PR.
  const statsInProcess = {};
  const { build } = await import("esbuild");
  const bundle = await build({
    entryPoints: [join(ROOT, "src/core/stats.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "warning",
  });
  const stats = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);
  const promotedManifests = Array.from({ length: promoted }, (_, i) => JSON.parse(run("git", ["show", `stats:${path(i)}`], { cwd: statsRepo }).stdout));
  const computeAll = () => {
    for (const m of promotedManifests) {
      for (const { reference, current } of Object.values(m.drift)) {
        stats.psi(reference, current);
        stats.ksFromBins(reference, current);
        stats.chiSquareHomogeneity(reference, current);
      }
      stats.welch(m.ab.control, m.ab.treatment);
      stats.twoProportionZ(m.rate.control, m.rate.treatment);
    }
  };
  let t0 = process.hrtime.bigint();
  computeAll();
  statsInProcess.cold = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  computeAll();
  statsInProcess.warm = Number(process.hrtime.bigint() - t0) / 1e6;

  const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  // Each case: what it measures, and per run [modelgate, floor, ratio] with the target on the ratio.
  const cases = [
    ["cold start (cli)", "check, a PR touching no governed file; ratio: time / node start", (m) => [m.cliCold, m.nodeStart, m.cliCold / m.nodeStart], 1.25],
    [
      "cold start (action)",
      "dist/index.js, the same PR; ratio: time / node start",
      (m) => [m.actionCold, m.actionNodeStart, m.actionCold / m.actionNodeStart],
      1.35,
    ],
    [
      "small PR",
      `1 promotion, 10 gates, ${SIZE.small} models; ratio: beyond node start / git floor`,
      (m) => [m.small, m.smallFloor, (m.small - m.nodeStart) / m.smallFloor],
      3,
    ],
    [
      "mid PR",
      `${SIZE.mid} promotions, ${SIZE.midModels} models; ratio: beyond node start / git floor`,
      (m) => [m.mid, m.midFloor, (m.mid - m.nodeStart) / m.midFloor],
      3,
    ],
    [
      "large PR, per change",
      `slope over ${growth.join(", ")} promotions of ${SIZE.models} models (ms per change); ratio: slope / git's slope`,
      (m) => [slope(m.growth), slope(m.floorGrowth), slope(m.growth) / slope(m.floorGrowth)],
      3,
    ],
    ["large PR, peak RSS", `${SIZE.large} promotions (MB); ratio: MB / 150 MB`, (m) => [m.rss ?? Number.NaN, 150, (m.rss ?? Number.NaN) / 150], 1],
    ["schema only", `validate ${SIZE.midModels} manifests; ratio: time / ajv-cli's`, (m) => [m.validateMid, m.ajvMid, m.validateMid / m.ajvMid], 0.5],
    ["schema only", `validate ${SIZE.models} manifests; ratio: time / ajv-cli's`, (m) => [m.validate, m.ajv, m.validate / m.ajv], 0.5],
    [
      "history",
      `${SIZE.history} promotions over ${SIZE.historyModels} models; ratio: beyond node start / git log`,
      (m) => [m.history, m.historyFloor, (m.history - m.nodeStart) / m.historyFloor],
      3,
    ],
    [
      "status",
      `${SIZE.history} promotions over ${SIZE.historyModels} models; ratio: beyond node start / git log`,
      (m) => [m.status, m.statusFloor, (m.status - m.nodeStart) / m.statusFloor],
      3,
    ],
    [
      "site",
      `${SIZE.history} promotions over ${SIZE.historyModels} models; ratio: time / history's on the same repository`,
      (m) => [m.site, m.siteHistory, m.site / m.siteHistory],
      3,
    ],
    [
      "statistics",
      `${promoted} promotions × (5 features × psi, ks, chi_square; 2 ab_tests); ratio: time / the check without them`,
      (m) => [m.withStats, m.withoutStats, m.withStats / m.withoutStats],
      1.1,
    ],
  ];
  const versions = runs.map((m) => `node ${m.version.replace(/^v/, "")}`);
  const os = await import("node:os");
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const out = [
    `modelgate benchmark (${QUICK ? "quick" : "full"}), median of ${SIZE.runs} runs (large cases: 3; start-up and statistics: ${SIZE.runs * 2}; history and status: ${SIZE.runs * 3}), load average ${load} on ${os.availableParallelism()} cores`,
    "",
    `| case | what | ${versions.map((v) => `${v}: modelgate | floor | ratio`).join(" | ")} | target |`,
    `|---|---|${runs.map(() => "---:|---:|---:|").join("")}---:|`,
    ...cases.map(([name, what, values, target]) => {
      const cells = runs.map((m) => {
        const [value, floor, ratio] = values(m);
        return `${fmt(value)} | ${fmt(floor)} | ${ratio.toFixed(2)}x ${ratio <= target ? "ok" : "**over**"}`;
      });
      return `| ${name} | ${what} | ${cells.join(" | ")} | ≤ ${target}x |`;
    }),
    "",
    ...runs.map((m, i) =>
      [
        `${versions[i]}: node -e 0 ${fmt(m.nodeStart)} ms; modelgate --version ${fmt(m.version_)} ms; the action on a fresh runner (no compile cache) ${fmt(m.actionFresh)} ms.`,
        `${versions[i]}: loading the command line's engine through its code cache, running only the argument parser (check --help): ${fmt(m.load)} ms, ${fmt(m.load - m.loadNodeStart)} ms beyond node -e 0 beside it; history with no code cache (NODE_DISABLE_COMPILE_CACHE=1) ${fmt(m.historyFresh)} ms.`,
        `${versions[i]}: validate's own floor (node, git's listing of the working tree, each of ${SIZE.models} manifests read, nothing parsed): ${fmt(m.validateFloor)} ms, ${(m.validateFloor / m.ajvBesideFloor).toFixed(2)}x ajv-cli's ${fmt(m.ajvBesideFloor)} ms.`,
        `${versions[i]}: history's git work with the blobs (git log, then every version it names in one cat-file): ${fmt(m.logBlobs)} ms; git log alone ${fmt(m.logAlone)} ms.`,
        `${versions[i]}: large PR by changed manifests: ${m.growth.map(([n, ms]) => `${n}: ${fmt(ms)} ms`).join(", ")}; git floor: ${m.floorGrowth.map(([n, ms]) => `${n}: ${fmt(ms)} ms`).join(", ")}.`,
      ].join("\n"),
    ),
    `Statistics alone, in process (${promoted * 5} drift pairs × psi, ks, chi_square; ${promoted} × 2 A/B tests): ${fmt(statsInProcess.cold)} ms cold, ${fmt(statsInProcess.warm)} ms warm.`,
  ];
  console.log(out.join("\n"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
