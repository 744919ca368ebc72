// npm run bench [-- --quick]: modelgate against the floor of what git (or ajv-cli) must do
// anyway, measured in the same run on repositories generated here (deterministic, seeded).
// Prints one table: medians, ratios and targets. Reports; never fails on the numbers.
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
  ? { models: 2000, large: 200, small: 100, history: 300, historyModels: 40, growth: [50, 100, 200], runs: 3 }
  : { models: 10000, large: 1000, small: 100, history: 1500, historyModels: 100, growth: [100, 1000, 5000], runs: 5 };
const ENV = { ...process.env, NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };

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

function peakRssMb(cmd, args, cwd) {
  const res = run("/usr/bin/time", ["-f", "%M", cmd, ...args], { cwd });
  const kb = Number(res.stderr.trim().split("\n").pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const rows = [];
let nodeStart = 0;
function row(name, what, ms, floorMs, target, note = "") {
  const ratio = ms / floorMs;
  rows.push({ name, what, ms, floorMs, ratio, beyond: ms - nodeStart, target, ok: ratio <= target, note });
  process.stderr.write(`  ${name}: ${ms.toFixed(0)} ms vs ${floorMs.toFixed(0)} ms (${ratio.toFixed(2)}x, target ${target}x)\n`);
}

const statsInProcess = {};
const work = mkdtempSync(join(tmpdir(), "modelgate-bench-"));
try {
  if (!existsSync(CLI) || !existsSync(ACTION)) throw new Error("run npm run build first");
  process.stderr.write(`Building repositories in ${work} (${QUICK ? "quick" : "full"} sizes)...\n`);
  const small = join(work, "small");
  buildMonorepo(small, SIZE.small, [["one", 1]]);
  const mono = join(work, "mono");
  const growth = [...new Set([...SIZE.growth, SIZE.large])].sort((a, b) => a - b);
  buildMonorepo(
    mono,
    SIZE.models,
    growth.map((n) => [`p${n}`, n]),
  );
  const hist = join(work, "history");
  buildHistory(hist, SIZE.historyModels, SIZE.history);

  // Cold start: a pull request that touches no governed file.
  const floorNode = time(() => run(process.execPath, ["-e", "0"]), SIZE.runs * 2);
  nodeStart = floorNode;
  const cliCold = time(
    () => expectExit(run(process.execPath, [CLI, "check", "--base", "main", "--head", "none"], { cwd: small }), [0], "cli cold"),
    SIZE.runs * 2,
  );
  row("cold start (cli)", "check on a PR that touches no governed file", cliCold, floorNode, 2.0);
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
  const actionEnv = {
    ...ENV,
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
  writeFileSync(join(work, "out"), "");
  writeFileSync(join(work, "summary"), "");
  const actionCold = time(() => expectExit(run(process.execPath, [ACTION], { cwd: small, env: actionEnv }), [0], "action cold"), SIZE.runs * 2);
  row("cold start (action)", "dist/index.js on a PR that touches no governed file", actionCold, floorNode, 2.0);

  // Small PR: one promotion, ten gates, 100 models.
  const smallMs = time(() =>
    expectExit(run(process.execPath, [CLI, "check", "--base", "main", "--head", "one", "--format", "json"], { cwd: small }), [0], "small"),
  );
  const smallFloor = time(() => gitFloor(small, "main", "one"));
  row("small PR", `1 promotion, 10 gates, ${SIZE.small} models`, smallMs, smallFloor, 3.0);

  // Large PR and its growth.
  const growthMs = [];
  for (const n of growth) {
    const ms = time(
      () => expectExit(run(process.execPath, [CLI, "check", "--base", "main", "--head", `p${n}`, "--format", "json"], { cwd: mono }), [0], `large ${n}`),
      3,
    );
    growthMs.push([n, ms]);
  }
  const largeMs = growthMs.find(([n]) => n === SIZE.large)[1];
  const largeFloor = time(() => gitFloor(mono, "main", `p${SIZE.large}`), 3);
  row("large PR", `${SIZE.large} promotions, 10 gates each, ${SIZE.models} models`, largeMs, largeFloor, 2.0);
  const rss = peakRssMb(process.execPath, [CLI, "check", "--base", "main", "--head", `p${SIZE.large}`, "--format", "json"], mono);

  // Statistics: what the drift and A/B gates add to the same check.
  const statsRepo = join(work, "stats");
  const promoted = QUICK ? 10 : 50;
  buildStatsRepo(statsRepo, SIZE.small, promoted);
  const statsCheck = (policy) => () =>
    expectExit(
      run(process.execPath, [CLI, "check", "--base", "main", "--head", "stats", "--policy", policy, "--format", "json"], { cwd: statsRepo }),
      [0, 1],
      `stats ${policy}`,
    );
  // Interleaved, so that a busy machine slows both sides alike.
  const [withStats, withoutStats] = timePair(statsCheck(".modelgate/policy.yaml"), statsCheck(".modelgate/floor.yaml"), SIZE.runs * 2);
  // The statistics alone, in process: what the drift and A/B gates compute for this PR.
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
  statsInProcess.pairs = promoted * 5;
  statsInProcess.checkMs = withoutStats;
  row(
    "statistics",
    `${promoted} promotions × (5 features × psi, ks with exact p, chi_square; 2 ab_tests) (floor: the same check without them)`,
    withStats,
    withoutStats,
    1.1,
  );

  // Schema only: every manifest of the monorepo against one schema.
  const validateMs = time(
    () => expectExit(run(process.execPath, [CLI, "validate", "--policy", ".modelgate/schema-only.yaml", "--format", "json"], { cwd: mono }), [0], "validate"),
    3,
  );
  const ajvMs = time(
    () =>
      expectExit(
        run(AJV, ["validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "schemas/manifest.schema.json", "-d", "models/*/manifest_active.json"], {
          cwd: mono,
        }),
        [0],
        "ajv-cli",
      ),
    3,
  );
  row("schema only", `validate ${SIZE.models} manifests (floor: ajv-cli)`, validateMs, ajvMs, 0.5);

  // History and status over a long registry.
  const logFloor = time(() =>
    expectExit(run("git", ["log", "--first-parent", "--raw", "--no-abbrev", "main", "--", "models/*/manifest_active.json"], { cwd: hist }), [0], "git log"),
  );
  const historyMs = time(() => expectExit(run(process.execPath, [CLI, "history", "--format", "json"], { cwd: hist }), [0], "history"));
  const statusMs = time(() => expectExit(run(process.execPath, [CLI, "status", "--format", "json"], { cwd: hist }), [0], "status"));
  row("history", `${SIZE.history} promotions over ${SIZE.historyModels} models`, historyMs, logFloor, 1.5);
  row("status", `${SIZE.history} promotions over ${SIZE.historyModels} models`, statusMs, logFloor, 1.5);
  // The site reads the same history and writes a page and an audit export per model: timed beside history.
  const siteOut = join(work, "site");
  const siteMs = time(() => expectExit(run(process.execPath, [CLI, "site", "--out", siteOut], { cwd: hist }), [0], "site"));
  row("site", `${SIZE.history} promotions over ${SIZE.historyModels} models (floor: history on the same repository)`, siteMs, historyMs, 3);

  const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const out = [
    `modelgate benchmark (${QUICK ? "quick" : "full"}), node ${process.version}, median of ${SIZE.runs} runs (large cases: 3)`,
    "",
    "| case | what | modelgate ms | beyond node start ms | floor ms | ratio | target | |",
    "|---|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.what} | ${fmt(r.ms)} | ${fmt(r.beyond)} | ${fmt(r.floorMs)} | ${r.ratio.toFixed(2)}x | ≤ ${r.target}x | ${r.ok ? "ok" : "over"} |`,
    ),
    "",
    `Node.js itself (node -e 0) starts in ${fmt(nodeStart)} ms: a floor below that is out of reach for any Node.js program.`,
    `Statistics alone, in process, for the statistics case (${statsInProcess.pairs} drift pairs × psi, ks, chi_square; ${statsInProcess.pairs / 5} × 2 A/B tests): ${fmt(statsInProcess.cold)} ms cold, ${fmt(statsInProcess.warm)} ms warm, against ${fmt(statsInProcess.checkMs)} ms for the check without them.`,
    `Peak RSS of the large PR: ${rss === null ? "unknown" : `${rss.toFixed(0)} MB`} (target ≤ 200 MB).`,
    `Large-PR time by changed manifests: ${growthMs.map(([n, ms]) => `${n}: ${fmt(ms)} ms (${fmt(ms / n)} ms each)`).join(", ")}.`,
  ];
  console.log(out.join("\n"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
