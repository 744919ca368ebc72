import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../../scripts/example-repo.mjs";
import { pullRequestPayload, runActionProcess } from "../support/action.js";
import { checkJson, cli, expectValidReport, gateOf, ROOT } from "../support/cli.js";
import { useFakeGitHub } from "../support/github-api.js";
import { TestRepo, tempDir } from "../support/repo.js";

const FRAUD = "models/fraud/manifest_active.json";
const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
  - { id: weights, type: artifacts, path: artifacts.* }
  - { id: drift, type: psi, file: drift_report, reference: features.*.reference, current: features.*.current, lte: 0.2 }
`;
const good = (version: string, extra: object = {}) => ({ version, metrics: { auc: 0.8 }, artifacts: { w: "./w.bin" }, drift_report: "./drift.json", ...extra });
const DRIFT = { features: { age: { reference: [1, 1], current: [1, 1] } } };

const github = useFakeGitHub();

function repo(): { repo: TestRepo; base: string } {
  const r = new TestRepo();
  const base = r
    .write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: good("v1"), "models/fraud/drift.json": DRIFT, "models/fraud/w.bin": "weights\n" })
    .commit("base", "2026-01-01T00:00:00Z");
  return { repo: r, base };
}

const pr = (workspace: string, number: number, base: string, head: string, env?: Record<string, string>) =>
  runActionProcess({ workspace, event: "pull_request", payload: pullRequestPayload({ number, base, head }), api: github(), env });

/** YAML manifests, an AUC floor and an allowed owner: what the YAML attacks below try to get past. */
const YAML_MANIFESTS_POLICY =
  "version: 1\nmanifests:\n  - glob: models/*/manifest_active.yaml\n    model: '{1}'\ngates:\n  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }\n  - { id: owned, type: allowed, path: owner, values: [risk] }\n";

describe("attacks from the pull request", () => {
  it("loosening the policy, adding a waiver or a models entry in the same pull request changes nothing, and the comment says so", async () => {
    const { repo: r, base } = repo();
    const loosened = `${POLICY}waivers:\n  - { gate: auc-floor, reason: "trust me", expires: 2099-12-31 }\nmodels:\n  fraud:\n    disable: [auc-floor]\n`;
    const head = r
      .branch("sneaky")
      .write({ ".modelgate/policy.yaml": loosened, [FRAUD]: good("v2", { metrics: { auc: 0.1 } }) })
      .commit("lower the bar");
    const run = await pr(r.dir, 101, base, head);
    expect(run.code).toBe(1);
    const report = expectValidReport(JSON.parse(readFileSync(run.outputs["report-path"], "utf8")));
    expect(gateOf(report, "fraud", "auc-floor").status).toBe("fail");
    const body = github().comments.filter((c) => c.issue === 101)[0].body;
    expect(body).toContain("This change edits the policy (.modelgate/policy.yaml). The base commit");
  });

  it("a symlink committed in the pull request is never followed: out of the repository, or at another file", () => {
    const { repo: r, base } = repo();
    r.branch("links");
    symlinkSync("/etc/passwd", join(r.dir, "models/fraud/weights.bin"));
    r.remove("models/fraud/drift.json");
    symlinkSync("../../.modelgate/policy.yaml", join(r.dir, "models/fraud/drift.json"));
    r.write({ [FRAUD]: good("v2", { artifacts: { w: "./weights.bin" } }) }).commit("links");
    const { code, report } = checkJson(r.dir, "--base", base, "--head", "links");
    expect(code).toBe(1);
    expect(gateOf(report, "fraud", "weights").findings[0].message).toBe(
      "artifacts.w: models/fraud/weights.bin is a symbolic link; artifacts must be regular files",
    );
    expect(gateOf(report, "fraud", "drift").findings[0].message).toBe("drift_report: models/fraud/drift.json is a symlink, not a file");
  });

  it("paths with .., absolute paths, backslashes, URL-encoded dots, or the manifest itself are refused", () => {
    const { repo: r, base } = repo();
    r.branch("paths")
      .write({
        [FRAUD]: good("v2", {
          artifacts: { a: "../../etc/passwd", b: "/etc/passwd", c: "models\\fraud\\x", d: "%2e%2e/%2e%2e/etc/passwd", e: "./manifest_active.json" },
        }),
      })
      .commit("paths");
    const { report } = checkJson(r.dir, "--base", base, "--head", "paths");
    expect(gateOf(report, "fraud", "weights").findings.map((f) => f.path)).toEqual(["artifacts.a", "artifacts.b", "artifacts.c", "artifacts.d", "artifacts.e"]);
  });

  it("malformed manifests get a clear error each, in bounded time, while the other models are still judged", () => {
    const r = new TestRepo();
    const names = ["bomb", "deep", "huge", "inf", "dupe", "latin1", "bom"];
    const files: Record<string, string | object> = {
      ".modelgate/policy.yaml":
        "version: 1\nmanifests:\n  - glob: models/*/manifest_active.*\ngates:\n  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }\n",
    };
    for (const n of [...names, "fine"]) files[`models/${n}/manifest_active.json`] = { version: "v1", metrics: { auc: 0.8 } };
    const base = r.write(files).commit("base");
    r.branch("bad");
    const aliases = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, i) => `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`),
    ];
    r.remove("models/bomb/manifest_active.json").write({ "models/bomb/manifest_active.yaml": `${aliases.join("\n")}\nversion: v2\n` });
    r.write({ "models/deep/manifest_active.json": `${"[".repeat(50_000)}${"]".repeat(50_000)}` });
    r.write({ "models/huge/manifest_active.json": `{"version": "v2", "pad": "${"x".repeat(6 * 1024 * 1024)}"}` });
    r.write({ "models/inf/manifest_active.json": '{"version": "v2", "metrics": {"auc": 1e400}}' });
    r.write({ "models/dupe/manifest_active.json": '{"version": "v2", "metrics": {"auc": 0.1, "auc": 0.9}}' });
    writeFileSync(join(r.dir, "models/latin1/manifest_active.json"), Buffer.from([0x7b, 0x22, 0x76, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    r.write({ "models/bom/manifest_active.json": `\ufeff${JSON.stringify({ version: "v2", metrics: { auc: 0.9 } })}` });
    r.write({ "models/fine/manifest_active.json": { version: "v2", metrics: { auc: 0.9 } } });
    r.commit("hostile");
    const { code, report } = checkJson(r.dir, "--base", base, "--head", "bad");
    expect(code).toBe(1);
    const byFile = Object.fromEntries(report.errors.map((e) => [e.file.split("/")[1], e.message]));
    expect(byFile).toMatchObject({
      bomb: expect.stringMatching(/YAML could not be read|alias/i),
      deep: "nesting deeper than 128 levels",
      huge: expect.stringContaining("over the limit of 5242880 bytes"),
      inf: "Infinity is not a finite number",
      dupe: 'duplicate key "auc"',
      latin1: "file is not valid UTF-8",
    });
    expect(byFile.bom).toBeUndefined();
    expect(report.changes.find((c) => c.model === "fine")).toMatchObject({ result: "pass", kind: "promotion" });
    expect(report.changes.find((c) => c.model === "bom")).toMatchObject({ result: "pass", kind: "promotion" });
  });

  it('a YAML manifest cannot name one field twice through keys that differ only as YAML: an alias, 1 and "1", null and "", a list as a key', () => {
    const r = new TestRepo();
    const names = ["alias", "number", "empty", "list", "fine"];
    const files: Record<string, string> = {
      ".modelgate/policy.yaml": YAML_MANIFESTS_POLICY,
    };
    for (const n of names) files[`models/${n}/manifest_active.yaml`] = "version: v1\nowner: risk\nmetrics: { auc: 0.8 }\n";
    const base = r.write(files).commit("base");
    // Each second key is the field this parser would give the value of: the gates would judge
    // "risk" and 0.9 while another tool reads the first, or fails.
    r.branch("bad").write({
      "models/alias/manifest_active.yaml": "&o owner: growth\nversion: v2\nmetrics: { auc: 0.9 }\n*o : risk\n",
      "models/number/manifest_active.yaml": "version: v2\nowner: risk\nmetrics:\n  1: 0.1\n  '1': 0.2\n  auc: 0.9\n",
      "models/empty/manifest_active.yaml": "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\n? \n: a\n'': b\n",
      "models/list/manifest_active.yaml": "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\n? [a, b]\n: 1\n",
      "models/fine/manifest_active.yaml": "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\n",
    });
    const head = r.commit("keys");
    const { code, report, stderr } = checkJson(r.dir, "--base", base, "--head", head);
    expect(code).toBe(1);
    const byModel = Object.fromEntries(report.errors.map((e) => [e.file.split("/")[1], { line: e.line, column: e.column, message: e.message }]));
    expect(byModel).toEqual({
      alias: { line: 4, column: 1, message: "a map key must be a plain value, not an alias" },
      number: { line: 5, column: 3, message: 'duplicate key "1": map keys must be unique' },
      empty: { line: 6, column: 1, message: 'duplicate key "": map keys must be unique' },
      list: { line: 4, column: 3, message: "a map key must be a plain value, not a list" },
    });
    expect(report.changes.find((c) => c.model === "fine")).toMatchObject({ result: "pass", kind: "promotion" });
    for (const n of ["alias", "number", "empty", "list"]) expect(report.changes.find((c) => c.model === n)?.result, n).toBe("fail");
    // No warning of the YAML parser's own reaches the output.
    expect(stderr).not.toMatch(/Warning|stringified/);
  });

  it("a YAML manifest with a tag beyond the core schema (bytes, dates, lists of pairs, its own) or an alias inside itself is refused with its place, and the parser prints nothing", () => {
    const r = new TestRepo();
    const fine = "version: v1\nowner: risk\nmetrics: { auc: 0.8 }\n";
    const cases: Record<string, [text: string, line: number, column: number, message: string]> = {
      // base64 of "owner": a field name only as one parser decodes it
      binkey: ["version: v2\n!!binary b3duZXI=: risk\nmetrics: { auc: 0.9 }\n", 2, 10, "the tag !!binary is not read the same way by every YAML tool"],
      binvalue: [
        "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\nsignature: !!binary A\n",
        4,
        21,
        "the tag !!binary is not read the same way by every YAML tool",
      ],
      // a date as a key: a field named after the runner's time zone
      datekey: [
        "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\nreleased:\n  !!timestamp 2026-01-02: yes\n",
        5,
        15,
        "the tag !!timestamp is not read the same way by every YAML tool",
      ],
      // a list of pairs, whose maps the duplicate-key walk would not see
      pairs: [
        "version: v2\nowner: risk\nmetrics: { auc: 0.9 }\nevals: !!pairs\n  - metrics: {auc: 0.1, auc: 0.9}\n",
        5,
        3,
        "the tag !!pairs is not read the same way by every YAML tool",
      ],
      own: ["version: v2\nowner: !team risk\nmetrics: { auc: 0.9 }\n", 2, 14, "the tag !team is not read the same way by every YAML tool"],
      // a list in itself: without end once its alias is read
      cycle: ["version: v2\nowner: risk\nmetrics: { auc: 0.9 }\nx: &a [*a]\n", 4, 8, "nesting deeper than 128 levels once its aliases are read"],
    };
    const files: Record<string, string> = {
      ".modelgate/policy.yaml": YAML_MANIFESTS_POLICY,
    };
    for (const n of [...Object.keys(cases), "tagged"]) files[`models/${n}/manifest_active.yaml`] = fine;
    const base = r.write(files).commit("base");
    r.branch("bad");
    for (const [n, [text]] of Object.entries(cases)) r.write({ [`models/${n}/manifest_active.yaml`]: text });
    // The core schema's own tags, and `!` (a string as written), are read alike everywhere.
    r.write({ "models/tagged/manifest_active.yaml": "version: !!str v2\nowner: ! risk\nmetrics: { auc: !!float 0.9 }\n" });
    const head = r.commit("tags");
    // A real process, stopped if it runs on (the alias inside itself was walked without end).
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "--format", "json", "--base", base, "--head", head], {
      cwd: r.dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 30_000,
    });
    expect(run.signal, "still running after 30 s").toBeNull();
    expect(run.status).toBe(1);
    const report = expectValidReport(JSON.parse(run.stdout));
    const byModel = Object.fromEntries(report.errors.map((e) => [e.file.split("/")[1], [e.line, e.column, e.message]]));
    expect(byModel).toEqual(Object.fromEntries(Object.entries(cases).map(([n, [, line, column, message]]) => [n, [line, column, message]])));
    expect(report.changes.find((c) => c.model === "tagged")).toMatchObject({ result: "pass", kind: "promotion" });
    // A real process: nothing of the YAML parser's own (a warning for a key it stringifies) on stderr.
    expect(run.stderr).toBe("");
  });

  it("text from manifests reaches the comment escaped: no pings, no HTML, no broken table, no forged marker", async () => {
    const r = new TestRepo();
    const base = r
      .write({
        ".modelgate/policy.yaml":
          "version: 1\ngates:\n  - { id: msg, type: expr, expr: \"candidate.note == 'ok'\", message: 'never' }\n  - { id: floor, type: range, path: metrics.auc, gte: 0.7 }\n",
        "models/m/manifest_active.json": { version: "v1", note: "ok", metrics: { auc: 0.8 } },
      })
      .commit("base");
    const evil = "models/evil|`x` @admins <b>/manifest_active.json";
    const head = r
      .branch("evil")
      .write({
        [evil]: { version: "v1 @ml-lead", note: "<!-- modelgate:report --> @octo-org/everyone | `rm -rf` <img src=x onerror=alert(1)>", metrics: { auc: 0.1 } },
      })
      .commit("evil");
    await pr(r.dir, 102, base, head);
    const body = github().comments.filter((c) => c.issue === 102)[0].body;
    expect(body.match(/<!-- modelgate:report -->/g)).toHaveLength(1);
    expect(body).toContain("evil\\|\\`x\\` @<!-- -->admins &lt;b&gt;");
    expect(body).not.toMatch(/@octo-org|@ml-lead|@admins/);
    expect(body).not.toContain("<img");
    expect(body).not.toContain("<b>");
    for (const row of body.split("\n").filter((l) => /^\| (❌|✅|⚠️|⏭️|🛡️) \|/.test(l))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe("GitHub failing", () => {
  it("a 500 and a 403 rate limit are retried, and the comment is written", async () => {
    const { repo: r, base } = repo();
    const head = r
      .branch("p")
      .write({ [FRAUD]: good("v2") })
      .commit("v2");
    github().inject({ method: "GET", path: /\/issues\/103\/comments$/, status: 500, headers: { "retry-after": "0" } });
    github().inject({
      method: "POST",
      path: /\/issues\/103\/comments$/,
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) - 1) },
    });
    const run = await pr(r.dir, 103, base, head);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("GitHub answered 500");
    expect(run.stdout).toContain("GitHub answered 403");
    expect(github().comments.filter((c) => c.issue === 103)).toHaveLength(1);
  });

  it("a read that times out is retried (a write that times out is not: see action-forgery.test.ts)", async () => {
    const { repo: r, base } = repo();
    const head = r
      .branch("p")
      .write({ [FRAUD]: good("v2") })
      .commit("v2");
    github().inject({ method: "GET", path: /\/issues\/104\/comments$/, status: 200, body: [], delayMs: 1500 });
    const run = await pr(r.dir, 104, base, head, { MODELGATE_GITHUB_TIMEOUT_MS: "300" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("GitHub answered with a network error");
    expect(github().comments.filter((c) => c.issue === 104)).toHaveLength(1);
  });

  it("a 422 for the comment leaves the verdict and says so once", async () => {
    const { repo: r, base } = repo();
    const head = r
      .branch("p")
      .write({ [FRAUD]: good("v2", { metrics: { auc: 0.1 } }) })
      .commit("v2");
    github().inject({
      method: "POST",
      path: /\/issues\/105\/comments$/,
      status: 422,
      body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest" },
    });
    const run = await pr(r.dir, 105, base, head);
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === "warning" && a.message.includes("GitHub refused the results comment"))).toHaveLength(1);
    expect(run.summary).toContain("auc-floor");
  });

  it("two runs on the same pull request at once leave one comment", async () => {
    const { repo: r, base } = repo();
    const head = r
      .branch("p")
      .write({ [FRAUD]: good("v2") })
      .commit("v2");
    await Promise.all([pr(r.dir, 106, base, head), pr(r.dir, 106, base, head)]);
    expect(github().comments.filter((c) => c.issue === 106)).toHaveLength(1);
  });
});

describe("git failing", () => {
  function originAndClone(depth: number) {
    const { repo: origin, base } = repo();
    const head = origin
      .branch("p")
      .write({ [FRAUD]: good("v2") })
      .commit("v2", "2026-02-01T00:00:00Z");
    origin.checkout("main");
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", `--depth=${depth}`, "--no-local", "--branch", "p", origin.dir, clone]);
    return { origin, base, head, clone };
  }

  it("a shallow clone: the missing base is fetched and the verdict is right", async () => {
    const { base, head, clone } = originAndClone(1);
    const run = await pr(clone, 107, base, head);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("missing from the checkout");
    expect(run.stdout).toContain("the checkout is shallow and the base and head share no commit in it; fetching the full history");
    expect(JSON.parse(run.outputs.changes)).toEqual([expect.objectContaining({ model: "fraud", kind: "promotion", from: "v1", to: "v2" })]);
  });

  it("a base commit that exists nowhere, or a force-pushed head: a clear message naming fetch-depth", async () => {
    const { base, clone } = originAndClone(1);
    const gone = "0123456789abcdef0123456789abcdef01234567";
    const run = await pr(clone, 108, base, gone);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("error");
    expect(run.stdout).toContain(`commit ${gone} cannot be found or fetched`);
    expect(run.stdout).not.toContain(`${base} cannot`);
    expect(run.stdout).toContain("fetch-depth: 0");
  });

  it("nothing is written to the repository by check, validate, status, history or the action", async () => {
    const { repo: r, base } = repo();
    const head = r
      .branch("p")
      .write({ [FRAUD]: good("v2") })
      .commit("v2");
    r.checkout("main");
    const before = r.snapshot();
    cli(r.dir, "check", "--base", "main", "--head", "p");
    cli(r.dir, "validate");
    cli(r.dir, "status");
    cli(r.dir, "history");
    await pr(r.dir, 109, base, head);
    expect(r.snapshot()).toBe(before);
    expect(git(r.dir, ["stash", "list"])).toBe("");
  });
});
