import { execFileSync } from "node:child_process";
import { GIT_ENV } from "../../scripts/example-repo.mjs";

/** A model name that is markup: the site must show it as these characters and run nothing. */
export const HOSTILE = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;`;
/** An author name with the characters git allows that HTML does not take as text. */
export const HOSTILE_AUTHOR = `Eve "&lt;b&gt;" O'Neil`;

export const MANY_POLICY = `version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: name
    version: version
gates:
  - { id: auc, type: regression, path: metrics.auc, better: higher, max_drop: 0.5, on: [promotion] }
  - { id: latency, type: regression, path: metrics.latency_ms, better: lower, max_drop_pct: 95, on: [promotion] }
  - { id: thresholds, type: range, path: "thresholds.*", gte: 0, lte: 1 }
  - { id: stages, type: allowed, path: stage, values: [staging, production] }
`;

// mulberry32: seeded, so every run builds the same repository.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (path: string) => `"${path.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * A registry's long history in one `git fast-import` stream (far faster than a commit per
 * process): `models` models on main, then `promotions` squash-merged pull requests, every 9th a
 * rollback to the version before (the earlier manifest's bytes again) and the last model retired
 * at the end. Model 0 has the hostile name; every 7th promotion the hostile author.
 */
export function buildManyPromotions(dir: string, models = 20, promotions = 200): { start: string; end: string } {
  const r = rng(11);
  const parts: string[] = [];
  let mark = 0;
  let time = Date.parse("2026-01-01T00:00:00Z") / 1000;
  const start = time;
  const blob = (content: string) => {
    parts.push(`blob\nmark :${++mark}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    return mark;
  };
  const commit = (message: string, files: Array<[string, string | null]>, author = "Model Trainer <trainer@example.com>") => {
    const blobs = files.map(([p, c]) => [p, c === null ? null : blob(c)] as const);
    const m = ++mark;
    time += 6 * 3600;
    let s = `commit refs/heads/main\nmark :${m}\nauthor ${author} ${time} +0000\ncommitter ${author} ${time} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
    if (last > 0) s += `from :${last}\n`;
    for (const [p, b] of blobs) s += b === null ? `D ${quote(p)}\n` : `M 100644 :${b} ${quote(p)}\n`;
    parts.push(`${s}\n`);
    last = m;
    return m;
  };
  let last = 0;
  const name = (i: number) => (i === 0 ? HOSTILE : `model-${String(i).padStart(2, "0")}`);
  const path = (i: number) => `models/m${String(i).padStart(2, "0")}/manifest_active.json`;
  const manifest = (i: number, v: number) =>
    `${JSON.stringify(
      {
        name: name(i),
        version: `v${String(v).padStart(3, "0")}`,
        stage: v % 3 === 0 ? "staging" : "production",
        metrics: { auc: Math.round((0.7 + r() * 0.1 + v * 0.002) * 1e4) / 1e4, latency_ms: Math.round((20 + r() * 10) * 100) / 100 },
        thresholds: { approve: Math.round((0.5 + r() * 0.2) * 1e3) / 1e3, review: Math.round((0.2 + r() * 0.2) * 1e3) / 1e3 },
        notes: i === 0 ? `</script><script>window.__pwned=3</script> v${v}` : "tabular",
      },
      null,
      2,
    )}\n`;
  const versions: string[][] = [];
  const files: Array<[string, string]> = [[".modelgate/policy.yaml", MANY_POLICY]];
  for (let i = 0; i < models; i++) {
    versions.push([manifest(i, 1)]);
    files.push([path(i), versions[i][0]]);
  }
  commit("Register the models", files);
  for (let k = 0; k < promotions; k++) {
    const i = k < models ? k : Math.floor(r() * models);
    const list = versions[i];
    const pr = k + 2;
    const author = k % 7 === 3 ? `${HOSTILE_AUTHOR} <eve@example.com>` : "Model Trainer <trainer@example.com>";
    if (k % 9 === 8 && list.length >= 2) {
      // A rollback: the bytes of the version before the current one.
      const back = list[list.length - 2];
      list.push(back);
      commit(`Roll back ${name(i)} (#${pr})`, [[path(i), back]], author);
    } else {
      const next = manifest(i, list.length + 1);
      list.push(next);
      commit(`Promote ${name(i)} (#${pr})`, [[path(i), next]], author);
    }
  }
  commit(`Retire model-${models - 1} (#${promotions + 2})`, [[path(models - 1), null]]);
  execFileSync("git", ["init", "-q", "-b", "main", dir], { env: { ...process.env, ...GIT_ENV } });
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: parts.join(""), env: { ...process.env, ...GIT_ENV }, maxBuffer: 1 << 28 });
  execFileSync("git", ["checkout", "-q", "main"], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  return { start: new Date(start * 1000).toISOString(), end: new Date(time * 1000).toISOString() };
}
