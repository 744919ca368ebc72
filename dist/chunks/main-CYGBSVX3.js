#!/usr/bin/env node

import {
  jsonPieces,
  renderComment,
  renderHistory,
  renderJson,
  renderRollback,
  renderStatus
} from "./chunk-4WQEBYPG.js";
import {
  DEFAULT_POLICY_PATH,
  GitRepo,
  ModelgateError,
  NOTES_FETCH_HINT,
  PRESET_PREFIX,
  WORKTREE,
  WorkingTree,
  applyRollback,
  changeVerb,
  check,
  digestOf,
  errorReport,
  escapeCommandLines,
  escapeTerminal,
  formatProblem,
  globMatch,
  historyJson,
  loadPolicy,
  modelLabel,
  parseDocument,
  place,
  planRollback,
  policySource,
  presetNames,
  readAudits,
  readBundledSchema,
  readHistory,
  readPreset,
  readStatus,
  runCheck,
  runValidate,
  schemaCompiler,
  shortRef,
  toInstant,
  verdictLine
} from "./chunk-UN4ARXGQ.js";
import {
  USAGE
} from "./chunk-TIB5KAKG.js";
import {
  VERSION
} from "./chunk-2IKIAXSP.js";
import "./chunk-MBGQZYH5.js";
import "./chunk-E44YDRMO.js";
import {
  nearestKey
} from "./chunk-2RWHIQCE.js";
import "./chunk-Y5ALHOIO.js";

// src/cli/main.ts
import { join as join3, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/hook.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var MARK = "# modelgate pre-commit hook";
function installHook(hooksDir, node, cli, force) {
  const path = join(hooksDir, "pre-commit");
  if (existsSync(path) && !readFileSync(path, "utf8").includes(MARK) && !force) {
    throw new ModelgateError({
      file: path,
      message: "a pre-commit hook already exists",
      hint: "add `modelgate validate` to it yourself, or pass --force to replace it"
    });
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `#!/bin/sh
${MARK}: the policy and every governed manifest must validate before a commit.
# Skip once with: git commit --no-verify
exec ${shellQuote(node)} ${shellQuote(cli)} validate
`
  );
  chmodSync(path, 493);
  return path;
}
function shellQuote(s) {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

// src/init.ts
import { existsSync as existsSync2, mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";

// src/policy-test.ts
import { posix } from "node:path";

// src/core/memory-reader.ts
var MemoryReader = class {
  constructor(commits, branch) {
    this.commits = commits;
    this.branch = branch;
  }
  commits;
  branch;
  tree(commit) {
    const c = this.commits.get(commit);
    if (!c) throw new Error(`no commit ${commit}`);
    return c.files;
  }
  async changedFiles(base, head) {
    const a = this.tree(base);
    const b = this.tree(head);
    const out = [];
    for (const path of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
      const before = a.get(path);
      const after = b.get(path);
      if (before !== void 0 && after !== void 0 && Buffer.from(before).equals(Buffer.from(after))) continue;
      out.push({ path, status: before === void 0 ? "added" : after === void 0 ? "deleted" : "modified" });
    }
    return out;
  }
  async listFiles(commit) {
    return [...this.tree(commit).keys()];
  }
  async readFiles(commit, paths) {
    const tree = this.tree(commit);
    return new Map(
      paths.map((p) => {
        const content = tree.get(p);
        return [p, content === void 0 ? null : { path: p, kind: "file", content: Buffer.from(content) }];
      })
    );
  }
  async digestFiles(commit, paths) {
    const files = await this.readFiles(commit, paths);
    return new Map([...files].map(([p, f]) => [p, f ? digestOf(f, false) : null]));
  }
  async log(commit, spec) {
    const end = this.branch.indexOf(commit);
    const wanted = (p) => spec.paths?.includes(p) ?? true;
    const out = [];
    for (let i = 0; i <= end; i++) {
      const name = this.branch[i];
      const before = i > 0 ? this.tree(this.branch[i - 1]) : /* @__PURE__ */ new Map();
      const after = this.tree(name);
      const files = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].filter((p) => wanted(p)).flatMap((p) => {
        const a = before.get(p);
        const b = after.get(p);
        if (a !== void 0 && b !== void 0 && Buffer.from(a).equals(Buffer.from(b))) return [];
        return [{ path: p, before: a === void 0 ? null : Buffer.from(a), after: b === void 0 ? null : Buffer.from(b) }];
      });
      if (files.length === 0) continue;
      const time = this.commits.get(name).time;
      out.push({ commit: name.padEnd(40, "0"), parents: [], time, author: "modelgate test", subject: name, body: "", files });
    }
    return out;
  }
  async addsAndDeletes(commit, globs) {
    const out = [];
    for (let i = this.branch.indexOf(commit); i >= 0; i--) {
      const name = this.branch[i];
      const before = i > 0 ? this.tree(this.branch[i - 1]) : /* @__PURE__ */ new Map();
      const after = this.tree(name);
      for (const p of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
        if (before.has(p) === after.has(p) || !globs.some((g) => globMatch(g, p))) continue;
        const time = this.commits.get(name).time;
        const c = { commit: name.padEnd(40, "0"), parents: [], time, author: "modelgate test", subject: name, body: "" };
        out.push({ path: p, deleted: !after.has(p), commit: c, before: i > 0 ? this.branch[i - 1] : null });
      }
    }
    return out;
  }
};

// src/core/model.ts
var CHANGE_KINDS = ["new", "promotion", "rollback", "retire", "update", "demotion"];

// src/policy-test.ts
var DEFAULT_TESTS_PATH = ".modelgate/tests.yaml";
var EXPECTABLE = ["pass", "fail", "warn", "skip", "overridden", "absent"];
async function runPolicyTests(settings) {
  const repo = await GitRepo.open(settings.cwd);
  try {
    const reader = settings.ref === void 0 ? new WorkingTree(repo) : repo;
    const commit = settings.ref === void 0 ? WORKTREE : await repo.resolve(settings.ref, "ref");
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const testsPath = settings.tests ?? DEFAULT_TESTS_PATH;
    const policy = await loadPolicy(policySource(reader, commit), policyPath);
    const file = (await reader.readFiles(commit, [testsPath])).get(testsPath);
    if (file?.kind !== "file") {
      throw new ModelgateError({
        file: testsPath,
        message: `no test cases: ${testsPath} does not exist`,
        hint: "write cases there (see README, Testing a policy), or name the file with --tests"
      });
    }
    const cases = readCases(parseDocument(testsPath, file.content), policy);
    const results = [];
    for (const c of cases) results.push(await runCase(c, policy, policyPath, reader, commit));
    const all = results.flatMap((r) => r.expectations);
    return { file: testsPath, policy: policyPath, cases: results, passed: all.filter((e) => e.ok).length, failed: all.filter((e) => !e.ok).length };
  } finally {
    repo.close();
  }
}
async function runCase(c, policy, policyPath, repoReader, commit) {
  const commits = /* @__PURE__ */ new Map();
  const branch = [];
  const add = (name, time, manifest, extra = {}) => {
    const files = new Map(Object.entries(extra));
    if (manifest !== null) files.set(c.path, manifest);
    commits.set(name, { files, time });
  };
  add("policy", Date.parse("2000-01-01T00:00:00Z"), null);
  branch.push("policy");
  c.history.forEach((h, i) => {
    add(`history-${i}`, h.time, h.manifest);
    branch.push(`history-${i}`);
  });
  const last = c.history.length > 0 ? c.history[c.history.length - 1].manifest : null;
  if (c.active !== null && c.active !== last) {
    add("active", c.history.length > 0 ? c.history[c.history.length - 1].time + 1e3 : c.now.getTime() - 864e5, c.active);
    branch.push("active");
  }
  add("candidate", c.now.getTime(), c.candidate, c.files);
  const base = branch[branch.length - 1];
  const report = await check({
    reader: new MemoryReader(commits, branch),
    policy,
    policyRef: { path: policyPath, ref: commit },
    base,
    head: "candidate",
    now: c.now,
    version: VERSION,
    // Schemas the policy names are read where the policy is.
    schema: schemaCompiler({
      readRepoFile: async (p) => {
        const f = (await repoReader.readFiles(commit, [p])).get(p);
        return f?.kind === "file" ? f.content : null;
      },
      readBundled: readBundledSchema
    })
  });
  const change = report.changes.find((ch) => ch.path === c.path);
  const expectations = [];
  const expect = (what, expected, got, message) => expectations.push({ what, expected, got, ok: expected === got, message });
  if (c.expect.result !== void 0) expect("result", c.expect.result, report.result, report.errors.map((e) => e.message).join("; ") || void 0);
  if (c.expect.kind !== void 0) expect("kind", c.expect.kind, change?.kind ?? "no change");
  for (const [id, expected] of Object.entries(c.expect.gates)) {
    const gate = change?.gates.find((g) => g.id === id);
    expect(id, expected, gate ? gate.status : "absent", gate?.message);
  }
  return { name: c.name, expectations };
}
function readCases(doc, policy) {
  const problems = [];
  const at = (segments, message, hint) => problems.push({ file: doc.file, ...doc.locate(segments), message, hint });
  const root = doc.value;
  if (root === null || typeof root !== "object" || !Array.isArray(root.cases) || root.cases.length === 0) {
    at([], "a tests file has `cases:`, a list of at least one case", "see README, Testing a policy");
    throw new ModelgateError(problems);
  }
  const rule = policy.manifests[0];
  const gateIds = new Set(policy.gates.map((g) => g.id));
  for (const entry of policy.models) for (const g of entry.gates) gateIds.add(g.id);
  const cases = [];
  root.cases.forEach((raw, i) => {
    const here = (...s) => ["cases", i, ...s];
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      at(here(), "a case is a mapping with name, active, candidate and expect");
      return;
    }
    const r = raw;
    for (const key of Object.keys(r)) {
      if (!["name", "model", "path", "active", "candidate", "history", "files", "now", "expect"].includes(key))
        at(here(key), `unknown field "${key}" in a case`);
    }
    const name = typeof r.name === "string" ? r.name : `case ${i + 1}`;
    const model = typeof r.model === "string" ? r.model : "model";
    const path = typeof r.path === "string" ? r.path : pathFor(rule.glob, model);
    if (!path) at(here("path"), `the manifests glob "${rule.glob}" cannot place model "${model}"`, "give the case a path:");
    const manifest = (v, ...s) => {
      if (v === void 0 || v === null) return null;
      if (typeof v !== "object") {
        at(here(...s), "a manifest is written inline, as a mapping");
        return null;
      }
      return path?.endsWith(".json") ? `${JSON.stringify(v, null, 2)}
` : `${JSON.stringify(v)}
`;
    };
    const now = r.now === void 0 ? Date.now() : toInstant(r.now);
    if (now === null) at(here("now"), "now is an ISO-8601 time, e.g. 2026-03-01T00:00:00Z");
    const history = [];
    if (r.history !== void 0 && !Array.isArray(r.history)) at(here("history"), "history is a list of { date, manifest }, oldest first");
    (Array.isArray(r.history) ? r.history : []).forEach((h, j) => {
      const e2 = h ?? {};
      const time = toInstant(e2.date);
      if (time === null) at(here("history", j, "date"), "a history entry needs a date (ISO-8601)");
      history.push({ time: time ?? 0, manifest: manifest(e2.manifest, "history", j, "manifest") });
    });
    const files = {};
    if (r.files !== void 0) {
      if (r.files === null || typeof r.files !== "object") at(here("files"), "files maps repository paths to their text");
      else for (const [p, text] of Object.entries(r.files)) files[posix.normalize(p)] = typeof text === "string" ? text : JSON.stringify(text);
    }
    const e = r.expect ?? {};
    if (r.expect === void 0 || typeof r.expect !== "object") at(here("expect"), "a case needs expect: with result, kind and/or gates");
    const gates = {};
    for (const [id, status] of Object.entries(e.gates ?? {})) {
      if (!gateIds.has(id)) at(here("expect", "gates", id), `the policy has no gate "${id}"`);
      else if (!EXPECTABLE.includes(status))
        at(here("expect", "gates", id), `expected status is one of ${EXPECTABLE.join(", ")}, not ${JSON.stringify(status)}`);
      else gates[id] = status;
    }
    if (e.result !== void 0 && !["pass", "fail", "error"].includes(String(e.result))) at(here("expect", "result"), "result is pass, fail or error");
    if (e.kind !== void 0 && !CHANGE_KINDS.includes(String(e.kind)))
      at(here("expect", "kind"), `kind is one of ${CHANGE_KINDS.join(", ")}`);
    cases.push({
      name,
      model,
      path: path ?? "",
      active: manifest(r.active, "active"),
      candidate: manifest(r.candidate, "candidate"),
      history,
      files,
      now: new Date(now ?? 0),
      expect: { result: e.result, kind: e.kind, gates }
    });
  });
  if (problems.length > 0) throw new ModelgateError(problems);
  return cases;
}
function pathFor(glob, model) {
  let first = true;
  const path = glob.replace(/\*\*\/|\*|\?/g, (w) => {
    if (w === "**/") return "";
    const out = first ? model : "x";
    first = false;
    return out;
  });
  return /[[{]/.test(path) ? null : path;
}

// src/init.ts
var WORKFLOW_PATH = ".github/workflows/modelgate.yml";
var AUDIT_WORKFLOW_PATH = ".github/workflows/modelgate-audit.yml";
var PAGES_WORKFLOW_PATH = ".github/workflows/modelgate-pages.yml";
var ACTION_PINS = {
  checkout: { uses: "actions/checkout", sha: "11bd71901bbe5b1630ceea73d27597364c9af683", tag: "v4.2.2" },
  uploadPages: { uses: "actions/upload-pages-artifact", sha: "56afc609e74202658d3ffba0e8f6dda462b719fa", tag: "v3.0.1" },
  deployPages: { uses: "actions/deploy-pages", sha: "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", tag: "v4.0.5" },
  modelgate: { uses: "modelgate/modelgate", sha: null, tag: "v1" }
};
function uses(pin) {
  return pin.sha ? `${pin.uses}@${pin.sha} # ${pin.tag}` : `${pin.uses}@${pin.tag} # pin to the commit SHA of this release`;
}
function workflow(reviews) {
  return `# Checks every pull request that changes an active manifest against .modelgate/policy.yaml.
name: modelgate
on:
  pull_request:
    # labeled, unlabeled: the force-promote label is re-checked; it holds only for the head it was applied on.
    types: [opened, synchronize, reopened, labeled, unlabeled]
${reviews ? "  pull_request_review:   # approvals: a review given or dismissed re-judges the head\n    types: [submitted, dismissed]\n" : ""}  merge_group:
permissions:
  contents: read
  pull-requests: write   # the results comment
  issues: read           # who applied the force-promote label
# One run per pull request at a time: a newer push cancels the run for the older head.
concurrency:
  group: modelgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        with:
          fetch-depth: 0              # history: rollback detection, soak and rollout gates
          persist-credentials: false  # no token left in .git/config for later steps
      - uses: ${uses(ACTION_PINS.modelgate)}
`;
}
function auditWorkflow() {
  return `# Records each merge into the default branch: the action re-judges it and writes the verdict
# (gates, approvals, override, waivers) as a git note in refs/notes/modelgate, which
# \`modelgate history\` and \`status\` show. Without contents: write it warns and carries on.
name: modelgate audit
on:
  push:
    branches: [main, master]
permissions:
  contents: write        # push refs/notes/modelgate
  pull-requests: read    # the merged pull request, its reviews and the results comment
  issues: read           # who applied the force-promote label
concurrency:
  group: modelgate-audit  # one audit writer at a time (a moved notes ref is also retried once)
jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        # persist-credentials stays at its default (true): the notes are pushed with the
        # checkout's token. This job runs only code already on the default branch.
        with:
          fetch-depth: 0
      - uses: ${uses(ACTION_PINS.modelgate)}
`;
}
function pagesWorkflow() {
  return `# Publishes the model registry (modelgate site) with GitHub Pages on every push to the default
# branch. In the repository's Settings \u2192 Pages, set Source to "GitHub Actions".
name: modelgate-pages
on:
  push:
    branches: [main]   # the default branch
  workflow_dispatch:
permissions:
  contents: read
# One deployment at a time; a newer push waits rather than cancelling one under way.
concurrency:
  group: modelgate-pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        with:
          fetch-depth: 0              # the whole first-parent history is the registry
          persist-credentials: false
      - name: Audit notes (refs/notes/modelgate), when the repository has them
        run: git fetch --no-tags origin "refs/notes/modelgate:refs/notes/modelgate" || echo "no audit notes to read"
      - name: Build the site
        run: npx --yes modelgate@${VERSION} site --out _site
      - uses: ${uses(ACTION_PINS.uploadPages)}
        with:
          path: _site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      pages: write      # publish the artifact
      id-token: write   # the deployment's OIDC token, which Pages checks
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: ${uses(ACTION_PINS.deployPages)}
`;
}
function policyFor(preset) {
  if (preset) {
    return `# The promotion policy: the ${preset} preset. The base branch's copy decides every pull request.
version: 1
extends: [${PRESET_PREFIX}${preset}]
# Change a preset gate by its id, field by field:
# gates:
#   - { id: GATE-ID, severity: warning }
# Per-model changes, by name or glob:
# models:
#   MODEL:
#     disable: [GATE-ID]
# Reviewed exceptions:
# waivers:
#   - { gate: GATE-ID, model: MODEL, reason: "why", expires: 2026-12-31 }
${OVERRIDE_BLOCK}`;
  }
  return `# The promotion policy. The base branch's copy decides every pull request.
version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: "{1}"
    version: version
gates:
  - id: version-present
    type: required
    paths: [version]
  # More gate types: schema, range, regression, artifacts, soak, ... (see the README).
${OVERRIDE_BLOCK}`;
}
var OVERRIDE_BLOCK = `# Force-promote: a pull request labelled modelgate/force-promote by one of these actors passes
# even where error gates fail. The comment shows a banner naming who and why, and the push to
# the default branch records it in the audit note. Without actors, no one can force-promote.
# The label holds for the head it was applied on; a new push needs it applied again.
# Preview it locally: modelgate check --override-as LOGIN --override-reason "why"
# override:
#   label: modelgate/force-promote
#   actors: [LOGIN, "@ORG/TEAM"]   # GitHub logins or teams allowed to apply the label
#   require_reason: true          # the PR body needs a line "Override-Reason: why"
`;
async function usesReviewsOrLabels(preset) {
  if (!preset) return true;
  const text = await readPreset(preset);
  return /\btype:\s*approvals\b|^override:/m.test(text ?? "");
}
function testsFor(preset) {
  const header = `# The policy's own tests: \`modelgate test\` runs each case through the policy and checks
# what it decides. Add a case for every rule you rely on; CI runs them.
version: 1
cases:
`;
  if (preset) {
    return `${header}  - name: a manifest without the preset's required fields is refused
    model: example
    candidate: { version: "v1" }
    expect: { result: fail, gates: { manifest-schema: fail } }
  # A case the policy must pass: copy a real manifest of yours as active and candidate.
  # - name: a better version is promoted
  #   model: MODEL
  #   active: { ... }
  #   candidate: { ... }
  #   expect: { result: pass }
`;
  }
  return `${header}  - name: a new version with a version field is promoted
    model: example
    active: { version: "v1" }
    candidate: { version: "v2" }
    expect: { result: pass, kind: promotion, gates: { version-present: pass } }
  - name: a manifest without a version is refused
    model: example
    active: { version: "v1" }
    candidate: { name: "no version" }
    expect: { result: fail, gates: { version-present: fail } }
`;
}
async function init(root, preset, force, pages = false) {
  if (preset !== void 0) {
    const names = await presetNames();
    if (!names.includes(preset)) throw new ModelgateError({ file: "--preset", message: `unknown preset "${preset}"`, hint: `presets: ${names.join(", ")}` });
  }
  const files = [
    [DEFAULT_POLICY_PATH, policyFor(preset)],
    [WORKFLOW_PATH, workflow(await usesReviewsOrLabels(preset))],
    [AUDIT_WORKFLOW_PATH, auditWorkflow()],
    [DEFAULT_TESTS_PATH, testsFor(preset)],
    ...pages ? [[PAGES_WORKFLOW_PATH, pagesWorkflow()]] : []
  ];
  const existing = files.filter(([p]) => existsSync2(join2(root, p))).map(([p]) => p);
  if (existing.length > 0 && !force) {
    throw new ModelgateError({
      file: existing[0],
      message: `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}`,
      hint: "pass --force to overwrite"
    });
  }
  for (const [path, content] of files) {
    mkdirSync2(dirname2(join2(root, path)), { recursive: true });
    writeFileSync2(join2(root, path), content);
  }
  return files.map(([p]) => p);
}

// src/render/junit.ts
var xml = (s) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function renderJunit(report) {
  const suites = [];
  for (const e of report.errors) {
    suites.push(
      `  <testsuite name="${xml(e.file)}" tests="1" failures="1" errors="0" skipped="0">
    <testcase classname="${xml(e.file)}" name="readable"><failure message="${xml(e.message)}">${xml(`${e.file}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`)}</failure></testcase>
  </testsuite>`
    );
  }
  for (const c of report.changes) {
    const failures = c.gates.filter((g) => g.status === "fail").length;
    const skipped = c.gates.filter((g) => g.status === "skip").length;
    const cases = c.gates.map((g) => {
      const open = `    <testcase classname="${xml(modelLabel(c))}" name="${xml(g.id)}">`;
      if (g.status === "fail") {
        const detail2 = g.findings.map((f) => `${f.file ?? c.path}:${f.line ?? 1}:${f.column ?? 1}: ${f.message ?? ""}`).join("\n");
        return `${open}<failure message="${xml(g.message)}" type="${xml(g.type)}">${xml(detail2)}</failure></testcase>`;
      }
      if (g.status === "skip") return `${open}<skipped message="${xml(g.message)}"/></testcase>`;
      const detail = g.status === "pass" ? "" : g.findings.map((f) => `
${f.file ?? c.path}:${f.line ?? 1}:${f.column ?? 1}: ${f.message ?? ""}`).join("");
      return `${open}<system-out>${xml(`${g.status}: ${g.message}${detail}`)}</system-out></testcase>`;
    });
    suites.push(
      `  <testsuite name="${xml(`${modelLabel(c)} ${c.kind} ${c.from ?? ""} \u2192 ${c.to ?? ""}`)}" tests="${c.gates.length}" failures="${failures}" errors="0" skipped="${skipped}">
${cases.join("\n")}
  </testsuite>`
    );
  }
  const total = report.changes.reduce((n, c) => n + c.gates.length, 0) + report.errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="modelgate" tests="${total}" failures="${report.summary.failed + report.errors.length}">
${suites.join("\n")}
</testsuites>
`;
}

// src/render/sarif.ts
function renderSarif(report) {
  const rules = /* @__PURE__ */ new Map();
  const results = [];
  const location = (file, line, column) => [
    { physicalLocation: { artifactLocation: { uri: file }, ...line ? { region: { startLine: line, startColumn: column ?? 1 } } : {} } }
  ];
  for (const e of report.errors) {
    rules.set("modelgate/error", { id: "modelgate/error", shortDescription: { text: "a governed file, or the policy, could not be used" } });
    results.push({ ruleId: "modelgate/error", level: "error", message: { text: e.message }, locations: location(e.file, e.line, e.column) });
  }
  for (const c of report.changes) {
    for (const g of c.gates) {
      if (g.status !== "fail" && g.status !== "warn" && g.status !== "overridden") continue;
      if (!rules.has(g.id))
        rules.set(g.id, { id: g.id, shortDescription: { text: `${g.type} gate` }, ...g.description ? { fullDescription: { text: g.description } } : {} });
      const findings = g.findings.length > 0 ? g.findings : [{ message: g.message, file: c.path }];
      for (const f of findings) {
        results.push({
          ruleId: g.id,
          level: g.status === "warn" ? "warning" : "error",
          message: { text: `${modelLabel(c)} (${c.kind} ${c.from ?? ""} \u2192 ${c.to ?? ""}): ${f.message ?? g.message}` },
          locations: location(f.file ?? c.path, f.line, f.column),
          ...g.override ? {
            suppressions: [
              { kind: "external", justification: `${g.override.by}: ${g.override.reason}${g.override.actor ? ` (${g.override.actor})` : ""}` }
            ]
          } : {},
          properties: {
            model: c.model,
            ...c.alias !== void 0 ? { alias: c.alias } : {},
            path: f.path,
            observed: f.observed,
            active: f.active,
            limit: f.limit
          }
        });
      }
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "modelgate", version: report.tool.version, informationUri: "https://github.com/modelgate/modelgate", rules: [...rules.values()] }
        },
        results
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/render/tests.ts
function renderTests(run2) {
  const out = [];
  const verdict = run2.failed === 0 ? "pass" : "fail";
  out.push(
    `modelgate test ${verdict}: ${run2.cases.length} case${run2.cases.length === 1 ? "" : "s"}, ${run2.passed} of ${run2.passed + run2.failed} expectations met (${escapeTerminal(run2.file)}, policy ${escapeTerminal(run2.policy)})`
  );
  const width = Math.min(40, Math.max(...run2.cases.map((c) => c.name.length), 4));
  for (const c of run2.cases) {
    for (const e of c.expectations) {
      const line = `  ${e.ok ? "ok  " : "FAIL"}  ${escapeTerminal(c.name).padEnd(width)}  ${escapeTerminal(e.what)}: ${e.ok ? escapeTerminal(e.got) : `expected ${escapeTerminal(e.expected)}, got ${escapeTerminal(e.got)}`}`;
      out.push(e.ok || !e.message ? line : `${line}
          ${escapeTerminal(e.message)}`);
    }
  }
  return escapeCommandLines(`${out.join("\n")}
`);
}

// src/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1, cyan: 36 };
function renderText(report, options) {
  const paint = (c, s2) => options.color ? `\x1B[${CODES[c]}m${s2}\x1B[0m` : s2;
  const mark = {
    pass: paint("green", "PASS"),
    fail: paint("red", "FAIL"),
    warn: paint("yellow", "WARN"),
    skip: paint("dim", "SKIP"),
    overridden: paint("cyan", "OVER")
  };
  const out = [];
  const verdict = report.result === "pass" ? paint("green", "pass") : paint("red", report.result);
  out.push(`${paint("bold", "modelgate")} ${verdict}: ${escapeTerminal(verdictLine(report))}${report.head ? ` (head ${escapeTerminal(shortRef(report.head))})` : ""}`);
  for (const note of report.notes ?? []) out.push(`  note: ${escapeTerminal(note)}`);
  for (const e of report.errors) out.push(`  ${paint("red", "error")} ${escapeTerminal(place(e))}: ${escapeTerminal(e.message)}${e.hint ? `
    hint: ${escapeTerminal(e.hint)}` : ""}`);
  for (const c of report.changes) {
    out.push("", `${c.result === "pass" ? mark.pass : mark.fail} ${paint("bold", escapeTerminal(modelLabel(c)))} ${c.kind}: ${escapeTerminal(changeVerb(c))} (${escapeTerminal(c.path)})`);
    for (const g of c.gates) {
      out.push(`  ${mark[g.status]} ${escapeTerminal(g.id)} (${escapeTerminal(g.type)}${g.severity === "warning" ? ", warning" : ""}): ${escapeTerminal(g.message)}`);
      if (g.override)
        out.push(
          `       ${g.override.by === "waiver" ? "waived" : "overridden"}${g.override.actor ? ` by ${escapeTerminal(g.override.actor)}` : ""}: ${escapeTerminal(g.override.reason)}${g.override.expires ? ` (until ${escapeTerminal(g.override.expires)})` : ""}`
        );
      if (g.status === "pass" || g.status === "skip") continue;
      for (const f of g.findings) {
        const where = place(f);
        const words = f.message === g.message ? "" : escapeTerminal(f.message ?? f.path ?? "");
        if (!where && !words) continue;
        out.push(`       ${where ? paint("dim", escapeTerminal(where)) : ""}${where && words ? " " : ""}${words}`);
      }
    }
  }
  const s = report.summary;
  out.push(
    "",
    paint(
      "dim",
      `${s.changes} change${s.changes === 1 ? "" : "s"}, ${s.gates} gate${s.gates === 1 ? "" : "s"}: ${s.failed} failed, ${s.warned} warned, ${s.overridden} overridden, ${s.waived} waived, ${s.skipped} skipped. Policy ${escapeTerminal(report.policy.path)} at ${escapeTerminal(shortRef(report.policy.ref))}.`
    )
  );
  return escapeCommandLines(`${out.join("\n")}
`);
}

// src/cli/main.ts
var FORMATS = ["text", "markdown", "json", "sarif", "junit"];
async function run(argv, io) {
  try {
    return await main(argv, io);
  } catch (err) {
    io.stderr(
      `modelgate: internal error: ${err?.message ?? String(err)}
${io.env.MODELGATE_DEBUG ? `${err?.stack}
` : "Set MODELGATE_DEBUG=1 for details, and please report it.\n"}`
    );
    return 2;
  }
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.stderr(`modelgate: ${argumentError(err)}
Run "modelgate --help" for usage.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = positionals[0];
  if (values.help || !command || command === "help") {
    io.stdout(USAGE);
    return values.help || command === "help" ? 0 : 2;
  }
  const format = values.format ?? "text";
  const usage = usageProblem(command, positionals, values);
  if (usage) {
    io.stderr(`modelgate: ${usage}
Run "modelgate --help" for usage.
`);
    return 2;
  }
  const cwd = values.C ?? io.cwd;
  const now = values.now ? new Date(toInstant(values.now)) : void 0;
  try {
    switch (command) {
      case "check":
      case "validate": {
        const report = command === "check" ? await runCheck({
          cwd,
          base: values.base,
          head: values.head,
          policy: values.policy,
          policyRef: values["policy-ref"],
          now,
          ...values["override-as"] !== void 0 ? {
            previewOverride: {
              actor: values["override-as"],
              ...values["override-reason"] !== void 0 ? { reason: values["override-reason"] } : {}
            }
          } : {}
        }) : await runValidate({ cwd, ref: values.ref, policy: values.policy, now });
        write(report, format, io);
        return report.result === "pass" ? 0 : report.result === "fail" ? 1 : 2;
      }
      case "init": {
        const repo = await GitRepo.open(cwd);
        repo.close();
        const written = await init(repo.dir, values.preset, Boolean(values.force), Boolean(values.pages));
        if (values.hook) {
          const hooks = (await repo.raw(["rev-parse", "--path-format=absolute", "--git-path", "hooks"])).trim();
          written.push(relative(repo.dir, installHook(hooks, process.execPath, io.self, Boolean(values.force))) || "the pre-commit hook");
        }
        io.stdout(
          `Wrote ${written.slice(0, -1).join(", ")} and ${written[written.length - 1]}.
Commit them on the default branch; from then on every pull request that changes a manifest is checked.
`
        );
        return 0;
      }
      case "test": {
        const run2 = await runPolicyTests({ cwd, tests: values.tests, policy: values.policy, ref: values.ref });
        io.stdout(values.format === "json" ? renderJson(run2, io.isTTY) : renderTests(run2));
        return run2.failed > 0 ? 1 : 0;
      }
      case "history":
      case "status":
      case "rollback":
        return await registryCommand(command, positionals[1], values, { ...io, cwd }, now ?? /* @__PURE__ */ new Date());
      case "site":
      case "audit":
        return await siteCommand(command, positionals[1], values, { ...io, cwd }, now ?? /* @__PURE__ */ new Date());
    }
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return configurationError(err.problems, command === "check" || command === "validate" ? format : "text", io, values.policy);
  }
  return 2;
}
async function registryCommand(command, model, values, io, now) {
  const {
    repo,
    shas: [ref]
  } = await GitRepo.openAt(io.cwd, [[values.ref ?? "HEAD", "ref"]]);
  try {
    const settings = { repo, ref, policy: values.policy };
    if (command === "history") {
      const reading = readHistory(settings).then((all) => all.filter((e) => !model || e.model === model));
      const audits = await readAudits(repo, reading);
      const events = await reading;
      notesHint(audits, events.length, io);
      io.stdout(values.format === "json" ? renderJson(historyJson(events, audits.audit), io.isTTY) : renderHistory(events, audits.audit));
      return 0;
    }
    if (command === "status") {
      const reading = readStatus(settings, now, values.stage);
      const audits = await readAudits(repo, reading);
      const status = await reading;
      notesHint(audits, status.length, io);
      const audited = status.map((st) => ({ ...st, audit: audits.audit(st) }));
      io.stdout(values.format === "json" ? renderJson(audited, io.isTTY) : renderStatus(status, now, audits.audit));
      return 0;
    }
    const plan = await planRollback(settings, model, values["to-version"], values.alias);
    const branch = await applyRollback(repo, plan, Boolean(values.commit));
    io.stdout(renderRollback(plan, branch));
    return 0;
  } finally {
    repo.close();
  }
}
async function siteCommand(command, model, values, io, now) {
  const refName = values.ref ?? "HEAD";
  const {
    repo,
    shas: [commit]
  } = await GitRepo.openAt(io.cwd, [[refName, "ref"]]);
  try {
    const { writeSite, writeModelAudit } = await import("./site-VBD5UVYS.js");
    const settings = { repo, ref: refName, commit, policy: values.policy, now, env: io.env };
    if (command === "site") {
      const out2 = resolve(io.cwd, values.out ?? "modelgate-site");
      const { pages, models, notes: notes2, events } = await writeSite(settings, out2);
      notesHint(notes2, events, io);
      io.stdout(
        `Wrote the registry of ${models} model${models === 1 ? "" : "s"} (${pages} page${pages === 1 ? "" : "s"}) to ${escapeTerminal(out2)}; open ${escapeTerminal(join3(out2, "index.html"))}.
`
      );
      return 0;
    }
    const out = resolve(io.cwd, values.out);
    const from = values.from === void 0 ? null : toInstant(values.from);
    const to = values.to === void 0 ? null : toInstant(values.to) + (DATE_ONLY.test(values.to) ? DAY_MS - 1 : 0);
    const { digest, changes, notes } = await writeModelAudit(settings, model, from, to, out);
    notesHint(notes, changes, io);
    io.stdout(
      `Wrote the audit export of ${escapeTerminal(model)} (${changes} change${changes === 1 ? "" : "s"}) to ${escapeTerminal(out)}: audit.html, audit.json, SHA256SUMS.
bundle sha256: ${digest}
`
    );
    return 0;
  } finally {
    repo.close();
  }
}
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
var DAY_MS = 864e5;
function notesHint(audits, events, io) {
  if (!audits.present && audits.hasOrigin && events > 0) io.stderr(`modelgate: no audit notes in this clone; to read them: ${NOTES_FETCH_HINT}
`);
}
function parse(argv) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: parse.options });
}
parse.options = {
  base: { type: "string" },
  head: { type: "string" },
  ref: { type: "string" },
  policy: { type: "string" },
  "policy-ref": { type: "string" },
  format: { type: "string" },
  now: { type: "string" },
  C: { type: "string", short: "C" },
  "to-version": { type: "string" },
  preset: { type: "string" },
  force: { type: "boolean" },
  tests: { type: "string" },
  hook: { type: "boolean" },
  pages: { type: "boolean" },
  commit: { type: "boolean" },
  stage: { type: "string" },
  alias: { type: "string" },
  out: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  "override-as": { type: "string" },
  "override-reason": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var OPTIONS = {
  check: ["base", "head", "policy", "policy-ref", "format", "now", "override-as", "override-reason", "C"],
  validate: ["ref", "policy", "format", "now", "C"],
  history: ["ref", "policy", "format", "C"],
  status: ["ref", "policy", "format", "now", "stage", "C"],
  test: ["tests", "policy", "ref", "format", "C"],
  rollback: ["ref", "policy", "to-version", "alias", "commit", "C"],
  init: ["preset", "force", "hook", "pages", "C"],
  site: ["ref", "policy", "now", "out", "C"],
  audit: ["ref", "policy", "now", "out", "from", "to", "C"]
};
function usageProblem(command, positionals, values) {
  const allowed = OPTIONS[command];
  if (!allowed) return `unknown command "${command}"`;
  for (const [key, value] of Object.entries(values)) {
    if (value !== void 0 && !allowed.includes(key) && key !== "help" && key !== "version") return `${command} does not take --${key}`;
  }
  const maxArgs = command === "history" || command === "rollback" || command === "audit" ? 2 : 1;
  if (positionals.length > maxArgs) return `unexpected argument "${positionals[maxArgs]}"`;
  if (command === "rollback" && !positionals[1]) return "rollback needs the model's name: modelgate rollback MODEL";
  if (command === "audit" && !positionals[1]) return "audit needs the model's name: modelgate audit MODEL --out DIR";
  if (command === "audit" && !values.out) return "audit needs --out DIR: the folder to write audit.html, audit.json and SHA256SUMS to";
  for (const key of ["from", "to"]) {
    const v = values[key];
    if (v !== void 0 && toInstant(v) === null)
      return `--${key} must be a date or an ISO-8601 time such as 2026-11-22 or 2026-11-22T12:00:00Z, not "${escapeTerminal(v)}"`;
  }
  if (values.from && values.to && toInstant(values.from) > toInstant(values.to))
    return `--from ${escapeTerminal(values.from)} is after --to ${escapeTerminal(values.to)}`;
  const formats = command === "history" || command === "status" || command === "test" ? ["text", "json"] : FORMATS;
  if (values.format && !formats.includes(values.format)) return `--format must be one of ${formats.join(", ")}, not "${values.format}"`;
  if (values["policy-ref"] && values["policy-ref"] !== "base" && values["policy-ref"] !== "head")
    return `--policy-ref must be base or head, not "${values["policy-ref"]}"`;
  if (values["override-reason"] !== void 0 && values["override-as"] === void 0) return "--override-reason goes with --override-as LOGIN";
  if (values.now && toInstant(values.now) === null) return `--now must be an ISO-8601 time such as 2026-11-22T12:00:00Z, not "${values.now}"`;
  return null;
}
function write(report, format, io) {
  if (format === "json" && !io.isTTY) for (const piece of jsonPieces(report)) io.stdout(piece);
  else io.stdout(render(report, format, io));
}
function render(report, format, io) {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return `${renderComment(report)}
`;
  if (format === "sarif") return renderSarif(report);
  if (format === "junit") return renderJunit(report);
  return renderText(report, { color: io.isTTY && !io.env.NO_COLOR });
}
function argumentError(err) {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(err.message);
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const written = unknown[1].replace(/^-+/, "");
    const near = nearestKey(written, Object.keys(parse.options));
    return `unknown option ${escapeTerminal(unknown[1])}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /Option '(?:-\w, )?(--?[\w-]+)[^']*' argument missing/.exec(err.message);
  if (missing) return `${escapeTerminal(missing[1])} needs a value`;
  return escapeTerminal(err.message);
}
function configurationError(problems, format, io, policy) {
  if (format !== "text") write(errorReport(VERSION, "", null, { path: policy ?? DEFAULT_POLICY_PATH, ref: "", files: [] }, problems), format, io);
  io.stderr(
    `${problems.map((p) => `modelgate: ${formatProblem({ ...p, file: escapeTerminal(p.file), message: escapeTerminal(p.message), hint: p.hint && escapeTerminal(p.hint) })}`).join("\n")}
`
  );
  return 2;
}
export {
  main,
  run
};
//# sourceMappingURL=main-CYGBSVX3.js.map
