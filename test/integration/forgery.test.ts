import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { git } from "../../scripts/example-repo.mjs";
import { checkJson, cli, gateOf } from "../support/cli.js";
import { TestRepo } from "../support/repo.js";

const FRAUD = "models/fraud/manifest_active.json";
/** Every control byte git lets into a commit message (it refuses NUL). */
const CONTROL = Array.from({ length: 0x1f }, (_, i) => String.fromCharCode(i + 1)).join("");

describe("history cannot be forged with bytes in commit messages or author names", () => {
  it("every byte 0x01–0x1f in a message and in an author name: history reads the true commits, dates and authors", () => {
    const r = new TestRepo();
    r.write({ [FRAUD]: { version: "v1" } }).commit("v1", "2026-01-01T00:00:00Z");
    // The old parser split records on \x01, fields on \x02 and ended them at \x03: this body
    // forged a second commit record with its own date and author.
    const forged = `v2 ${CONTROL}\n\nbody\x03\x01${"f".repeat(40)}\x02\x020\x02Mallory\x02x\x02y\x03 ${CONTROL} end`;
    const name = `Eve${CONTROL.replace(/[\n]/g, "")}Trainer`;
    r.write({ [FRAUD]: { version: "v2" } });
    r.git("add", "-A");
    git(r.dir, ["commit", "-q", "-m", forged], { GIT_AUTHOR_NAME: name, GIT_AUTHOR_DATE: "2026-01-02T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-03T00:00:00Z" });
    const v2 = r.git("rev-parse", "HEAD").trim();
    const run = cli(r.dir, "history", "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ commit: v2, kind: "promotion", from: "v1", to: "v2" });
    // git keeps the control bytes of the name (it trims only the ends): they arrive whole.
    expect(events[1].author).toBe(r.git("log", "-1", "--format=%an").replace(/\n$/, ""));
    expect(events[1].author).toContain("Eve");
    expect(events[1].author).toBe(name);
    expect(events[1].date).toBe("2026-01-03T00:00:00.000Z");
    expect(events.map((e: { author: string }) => e.author)).not.toContain("Mallory");
  });

  it("a lone \\x01 or \\x03 in a message no longer crashes history, status or check", () => {
    const r = new TestRepo();
    r.write({ ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: soak, type: soak, min_days: 7, on: [promotion] }\n", [FRAUD]: { version: "v1" } });
    const base = r.commit("a\x01b\x03c\x02d", "2026-01-01T00:00:00Z");
    r.write({ [FRAUD]: { version: "v2" } }).commit("\x01\x01\x03", "2026-01-02T00:00:00Z");
    for (const command of ["history", "status"]) {
      const run = cli(r.dir, command, "--format", "json");
      expect(run.stderr, command).toBe("");
      expect(run.code, command).toBe(0);
    }
    r.branch("p")
      .write({ [FRAUD]: { version: "v3" } })
      .commit("p\x01\x02\x03", "2026-01-03T00:00:00Z");
    const { code, report } = checkJson(r.dir, "--base", "main", "--head", "p", "--now", "2026-01-05T00:00:00Z");
    expect(code).toBe(1);
    // v2 reached main on 2026-01-02: 3 days served, not 7, whatever the messages say.
    expect(gateOf(report, "fraud", "soak")).toMatchObject({ status: "fail", message: expect.stringContaining("2026-01-02") });
    expect(base).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("a branch name means the branch", () => {
  function repoWithTag() {
    const r = new TestRepo();
    r.write({ ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }\n" });
    const old = r.write({ [FRAUD]: { version: "v1", metrics: { auc: 0.8 } } }).commit("v1");
    const main = r.write({ [FRAUD]: { version: "v2", metrics: { auc: 0.9 } } }).commit("v2");
    r.branch("p")
      .write({ [FRAUD]: { version: "v3", metrics: { auc: 0.9 } } })
      .commit("v3");
    return { r, old, main };
  }

  it("--base main is the branch main even when a tag named main points elsewhere", () => {
    const { r, old, main } = repoWithTag();
    r.git("tag", "main", old);
    const { code, report } = checkJson(r.dir, "--base", "main", "--head", "p");
    expect(code).toBe(0);
    expect(report.base).toBe(main);
    expect(report.changes).toEqual([expect.objectContaining({ model: "fraud", from: "v2", to: "v3" })]);
  });

  it("without a local branch, the remote-tracking branch comes before a tag of the same name", () => {
    const { r, old, main } = repoWithTag();
    r.git("update-ref", "refs/remotes/origin/release", main);
    r.git("tag", "-a", "-m", "forged", "release", old);
    expect(checkJson(r.dir, "--base", "release", "--head", "p").report.base).toBe(main);
    expect(checkJson(r.dir, "--base", "release~1", "--head", "p").report.base).toBe(old);
  });

  it("a name that two refs of the same rank give different commits is refused with exit 2", () => {
    const { r, old, main } = repoWithTag();
    r.git("update-ref", "refs/remotes/origin/main", main);
    // A branch pushed as "origin/main" arrives as refs/remotes/origin/origin/main.
    r.git("update-ref", "refs/remotes/origin/origin/main", old);
    const run = cli(r.dir, "check", "--base", "origin/main", "--head", "p");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('base "origin/main" is ambiguous: refs/remotes/origin/origin/main and refs/remotes/origin/main name different commits');
    const status = cli(r.dir, "status", "--ref", "origin/main");
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('"origin/main" is ambiguous');
  });
});

describe("file_hash lines cannot be forged with file names", () => {
  it("a file named with a line break that reproduces the lines of a removed file is refused", () => {
    const r = new TestRepo();
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    const a = "a,1\n";
    const b = "b,2\n";
    // sha256sum lines of a.csv and b.csv, sorted by path: the declared dataset hash.
    const declared = sha(`${sha(a)}  a.csv\n${sha(b)}  b.csv\n`);
    r.write({
      ".modelgate/policy.yaml": "version: 1\ngates:\n  - { id: data, type: file_hash, path: dataset_hash, files: ['*.csv'] }\n",
      [FRAUD]: { version: "v1", dataset_hash: declared },
      "a.csv": a,
      "b.csv": b,
    });
    const base = r.commit("v1");
    // One file whose name carries the second line: the same bytes are hashed, b.csv is gone.
    r.branch("p").remove("a.csv", "b.csv");
    r.write({ [`a.csv\n${sha(b)}  b.csv`]: a, [FRAUD]: { version: "v2", dataset_hash: declared } }).commit("v2");
    const { code, report } = checkJson(r.dir, "--base", base, "--head", "p");
    expect(code).toBe(1);
    const gate = gateOf(report, "fraud", "data");
    expect(gate.status).toBe("fail");
    expect(gate.findings[0].message).toContain("a file name with a line break or another control character cannot be hashed");
  });
});

describe("a schema: path outside the repository", () => {
  it.each([
    ["../outside.schema.json", "points outside the repository"],
    ["schemas/../../outside.schema.json", "points outside the repository"],
    ["/etc/passwd", "is absolute"],
  ])("%s is a configuration error at its place in the policy, exit 2", (ref, why) => {
    const r = new TestRepo();
    const policy = `version: 1\ngates:\n  - id: shape\n    type: schema\n    schema: ${ref}\n`;
    r.write({ ".modelgate/policy.yaml": policy, [FRAUD]: { version: "v1" } }).commit("v1");
    r.branch("p")
      .write({ [FRAUD]: { version: "v2" } })
      .commit("v2");
    const run = cli(r.dir, "check", "--base", "main", "--head", "p");
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("internal error");
    expect(run.stderr).toContain(`.modelgate/policy.yaml:5:13: gate "shape": "${ref}" ${why}`);
  });
});

describe("a Git LFS pointer stands for its object only where .gitattributes says filter=lfs", () => {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const real = sha("the real weights, 2 GB");
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${real}\nsize 2147483648\n`;
  const POLICY = "version: 1\ngates:\n  - { id: weights, type: artifacts, path: artifacts.* }\n";

  function attempt(attributes: Record<string, string>) {
    const r = new TestRepo();
    const w = sha("weights v1\n");
    r.write({
      ".modelgate/policy.yaml": POLICY,
      [FRAUD]: { version: "v1", artifacts: { w: { path: "./w.bin", sha256: w } } },
      "models/fraud/w.bin": "weights v1\n",
    });
    const base = r.commit("v1");
    r.branch("p").write({ ...attributes, "models/fraud/w.bin": pointer, [FRAUD]: { version: "v2", artifacts: { w: { path: "./w.bin", sha256: real } } } });
    r.commit("v2: weights in LFS");
    return checkJson(r.dir, "--base", base, "--head", "p");
  }

  it("a pointer where no .gitattributes marks the path: its own bytes are hashed, and the finding says why", () => {
    const { code, report } = attempt({});
    expect(code).toBe(1);
    const finding = gateOf(report, "fraud", "weights").findings[0];
    expect(finding.observed).toBe(sha(pointer));
    expect(finding.message).toContain(
      "it is a Git LFS pointer, but .gitattributes at the head commit does not mark models/fraud/w.bin filter=lfs, so a checkout gets the pointer itself",
    );
  });

  it("filter=lfs from the root .gitattributes, or a folder's own: the pointer's oid counts", () => {
    expect(attempt({ ".gitattributes": "*.bin filter=lfs diff=lfs merge=lfs -text\n" }).code).toBe(0);
    expect(attempt({ "models/.gitattributes": "fraud/** filter=lfs diff=lfs merge=lfs -text\n" }).code).toBe(0);
  });

  it("git's rules decide: a deeper .gitattributes that unsets the filter, or a pattern for another folder, means bytes", () => {
    const unset = attempt({ ".gitattributes": "*.bin filter=lfs\n", "models/fraud/.gitattributes": "w.bin -filter\n" });
    expect(unset.code).toBe(1);
    const elsewhere = attempt({ ".gitattributes": "/w.bin filter=lfs\nweights/*.bin filter=lfs\n" });
    expect(elsewhere.code).toBe(1);
    expect(gateOf(elsewhere.report, "fraud", "weights").findings[0].message).toContain("does not mark models/fraud/w.bin filter=lfs");
  });
});

describe("hostile input gives a bounded report that keeps the counts", () => {
  it("5,000 failures in one manifest: 100 findings listed per gate, the totals kept in the message and findings_total", () => {
    const r = new TestRepo();
    r.write({
      ".modelgate/policy.yaml":
        "version: 1\ngates:\n  - { id: shape, type: schema, schema: schemas/m.schema.json }\n  - { id: floor, type: range, path: xs.*, gte: 1 }\n",
      "schemas/m.schema.json": { type: "object", properties: { xs: { type: "array", items: { type: "string" } } } },
      [FRAUD]: { version: "v1", xs: [] },
    });
    const base = r.commit("v1");
    r.branch("p")
      .write({ [FRAUD]: { version: "v2", xs: Array(5000).fill(0) } })
      .commit("v2");
    const { code, report } = checkJson(r.dir, "--base", base, "--head", "p");
    expect(code).toBe(1);
    const shape = gateOf(report, "fraud", "shape");
    expect(shape.findings).toHaveLength(100);
    expect(shape.message).toBe("5000 schema errors against schemas/m.schema.json (the first 100 of each file are listed)");
    const floor = gateOf(report, "fraud", "floor");
    expect(floor.findings).toHaveLength(100);
    expect(floor.findings_total).toBe(5000);
    expect(floor.message).toBe("5000 values out of bounds");
  });
});
