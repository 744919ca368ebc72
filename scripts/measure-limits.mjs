// node scripts/measure-limits.mjs [--only NAME] [--artifacts N] [--artifact-mib M]
// Time and peak memory of `modelgate check` (dist/cli.js, so build first) on hostile input:
// a 5 MB manifest that fails its schema everywhere, 40 large artifacts, and a CEL expression
// built to be slow. Each case is a real git repository; the numbers are what SECURITY.md quotes.
// Peak memory is the child's maximum resident set size (getrusage), wall time around the process.
import { spawnSync } from "node:child_process";
import { createHash, randomFillSync } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { commitAll, git } from "./example-repo.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// MODELGATE_CLI=path measures another build (say, the committed dist before a change).
const CLI = process.env.MODELGATE_CLI ?? join(ROOT, "dist", "cli.js");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ONLY = arg("only", null);
const ARTIFACTS = Number(arg("artifacts", 40));
const ARTIFACT_MIB = Number(arg("artifact-mib", 95));

function repo(files) {
  const dir = mkdtempSync(join(tmpdir(), "modelgate-measure-"));
  git(dir, ["init", "-q", "-b", "main"]);
  write(dir, files);
  commitAll(dir, "base");
  return dir;
}

function write(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" || Buffer.isBuffer(content) ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

/** Runs check on branch p against main; wall time, the child's peak RSS, exit code, report size. */
function measure(dir) {
  const start = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, "check", "--base", "main", "--head", "p", "--format", "json"], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peakKiB = Number(run.stderr.trim().split("\n").pop());
  let summary = "";
  try {
    const report = JSON.parse(run.stdout);
    const gates = report.changes.flatMap((c) => c.gates);
    summary = gates
      .map((g) => `${g.id}: ${g.status}, ${g.findings.length} findings${g.findings_total ? ` of ${g.findings_total}` : ""}; ${g.message.slice(0, 120)}`)
      .join(" | ");
  } catch {
    summary = run.stderr.slice(0, 300);
  }
  return { seconds: seconds.toFixed(1), peakMiB: (peakKiB / 1024).toFixed(0), code: run.status, reportMiB: (run.stdout.length / 1048576).toFixed(2), summary };
}

/** ~5 MB of numbers where strings (schema) or numbers >= 1 (range) are wanted: ~2.5 million failures. */
function manifest5mb(gate) {
  const dir = repo({
    ".modelgate/policy.yaml": `version: 1\ngates:\n  - ${gate}\n`,
    "schemas/manifest.schema.json": { type: "object", properties: { xs: { type: "array", items: { type: "string" } } } },
    "models/m/manifest_active.json": { version: "v1", xs: [] },
  });
  git(dir, ["checkout", "-q", "-b", "p"]);
  const n = Math.floor((5 * 1000 * 1000 - 40) / 2);
  write(dir, { "models/m/manifest_active.json": `{"version":"v2","xs":[${"0,".repeat(n - 1)}0]}` });
  commitAll(dir, "5 MB");
  return dir;
}

const cases = {
  /** ~2.5 million schema errors. */
  "manifest-5mb": () => manifest5mb("{ id: shape, type: schema, schema: schemas/manifest.schema.json }"),
  /** The same manifest against a range gate: ~2.5 million findings. */
  "manifest-5mb-range": () => manifest5mb("{ id: floor, type: range, path: xs.*, gte: 1 }"),
  /** ~5 MB: one object of 400,000 keys, each failing a range gate (locating each finding scanned the object: quadratic). */
  "manifest-5mb-wide": () => {
    const dir = repo({
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: floor, type: range, path: m.*, gte: 1 }\n",
      "models/m/manifest_active.json": { version: "v1", m: {} },
    });
    git(dir, ["checkout", "-q", "-b", "p"]);
    const keys = Array.from({ length: 400_000 }, (_, i) => `"k${i}":0`);
    write(dir, { "models/m/manifest_active.json": `{"version":"v2","m":{${keys.join(",")}}}` });
    commitAll(dir, "wide");
    return dir;
  },
  /** The same as YAML, 5 MB: 400,000 keys in one map (the yaml package's duplicate-key check was quadratic). */
  "manifest-5mb-yaml": () => {
    const dir = repo({
      ".modelgate/policy.yaml": "version: 1\nmanifests:\n  - glob: models/*/manifest_active.yaml\ngates:\n  - { id: floor, type: range, path: m.*, gte: 1 }\n",
      "models/m/manifest_active.yaml": "version: v1\nm: {}\n",
    });
    git(dir, ["checkout", "-q", "-b", "p"]);
    const keys = Array.from({ length: 400_000 }, (_, i) => `  k${i}: 0`);
    write(dir, { "models/m/manifest_active.yaml": `version: v2\nm:\n${keys.join("\n")}\n` });
    commitAll(dir, "wide yaml");
    return dir;
  },
  /** The same manifest where every gate passes: the cost of reading and parsing it at all. */
  "manifest-5mb-parse": () => manifest5mb("{ id: present, type: required, paths: [version] }"),

  /** 40 artifacts of 95 MiB each (random bytes, so git cannot compress them), digests declared. */
  artifacts: () => {
    const dir = repo({
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: weights, type: artifacts, path: artifacts.* }\n",
      "models/m/manifest_active.json": { version: "v1", artifacts: {} },
    });
    git(dir, ["checkout", "-q", "-b", "p"]);
    // Random bytes do not compress: store them as they are, so that building the case is quick.
    git(dir, ["config", "core.compression", "0"]);
    const artifacts = {};
    const block = Buffer.alloc(1 << 20);
    for (let i = 0; i < ARTIFACTS; i++) {
      const path = join(dir, `models/m/w${i}.bin`);
      mkdirSync(dirname(path), { recursive: true });
      const fd = openSync(path, "w");
      const hash = createHash("sha256");
      for (let m = 0; m < ARTIFACT_MIB; m++) {
        randomFillSync(block);
        writeSync(fd, block);
        hash.update(block);
      }
      closeSync(fd);
      artifacts[`w${i}`] = { path: `./w${i}.bin`, sha256: hash.digest("hex") };
    }
    write(dir, { "models/m/manifest_active.json": { version: "v2", artifacts } });
    commitAll(dir, "40 large artifacts");
    return dir;
  },
  /** Nested comprehensions over a manifest list, each step copying and counting a 1 MB manifest string. */
  "cel-slow": () => {
    const expr = "candidate.xs.all(a, candidate.xs.all(b, size(candidate.s) + size(string(a) + candidate.s) > 0))";
    const dir = repo({
      ".modelgate/policy.yaml": `version: 1\ngates:\n  - id: slow\n    type: expr\n    expr: "${expr}"\n`,
      "models/m/manifest_active.json": { version: "v1", xs: [], s: "" },
    });
    git(dir, ["checkout", "-q", "-b", "p"]);
    const n = Number(arg("cel-items", 1000));
    write(dir, { "models/m/manifest_active.json": { version: "v2", xs: Array.from({ length: n }, (_, i) => i), s: "x".repeat(1_000_000) } });
    commitAll(dir, "slow CEL");
    return dir;
  },
};

for (const [name, make] of Object.entries(cases)) {
  if (ONLY && ONLY !== name) continue;
  const dir = make();
  try {
    const m = measure(dir);
    console.log(`${name}: ${m.seconds} s, peak ${m.peakMiB} MiB, exit ${m.code}, report ${m.reportMiB} MiB :: ${m.summary}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
