import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { git } from "../../scripts/example-repo.mjs";
import { pullRequestPayload, pushPayload, runActionProcess } from "../support/action.js";
import { cli, ROOT, registryJson } from "../support/cli.js";
import { useFakeGitHub } from "../support/github-api.js";
import { TestRepo, tempDir } from "../support/repo.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateNote = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "audit-note.schema.json"), "utf8")));

function expectValid(validate: ReturnType<typeof ajv.compile>, value: unknown) {
  validate(value);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
}

const POLICY = `version: 1
gates:
  - { id: auc-floor, type: range, path: metrics.auc, gte: 0.7 }
  - { id: auc-regression, type: regression, path: metrics.auc, better: higher, max_drop: 0.02, on: [promotion] }
  - { id: reviewed, type: approvals, count: 1 }
override:
  label: modelgate/force-promote
  actors: [ml-lead]
  require_reason: true
waivers:
  - { gate: auc-regression, model: fraud, reason: "the new holdout set is harder", expires: 2099-12-31 }
`;
const FRAUD = "models/fraud/manifest_active.json";
const LABEL = "modelgate/force-promote";
const REASON = "INC-7: the feature store is down, paged @oncall";
const BODY = `Hotfix.\n\nOverride-Reason: ${REASON}\n`;

const github = useFakeGitHub();

/** A governed repository whose origin is a local bare repository, as the runner's checkout has it. */
function repoWithOrigin() {
  const origin = tempDir("modelgate-origin-");
  git(origin, ["init", "-q", "--bare", "-b", "main"]);
  const repo = new TestRepo();
  const base = repo.write({ ".modelgate/policy.yaml": POLICY, [FRAUD]: { version: "v1", metrics: { auc: 0.8 } } }).commit("base", "2026-01-01T00:00:00Z");
  const head = repo
    .branch("hotfix")
    .write({ [FRAUD]: { version: "v2", metrics: { auc: 0.6 } } })
    .commit("v2: worse, forced");
  repo.checkout("main");
  repo.git("remote", "add", "origin", origin);
  repo.git("push", "-q", "origin", "main");
  return { repo, origin, base, head };
}

/**
 * Pull request #number: the check runs on the labeled event (the action records the honoured
 * override in its comment), alice approves the head, then it is merged and main is pushed.
 */
async function forcePromoteAndMerge(repo: TestRepo, base: string, head: string, number: number) {
  const api = github();
  api.labelEvents = [{ event: "labeled", label: LABEL, actor: "ml-lead" }];
  api.reviews = [
    { user: "alice", state: "APPROVED", association: "MEMBER" },
    { user: "mallory", state: "APPROVED", commit: base },
  ];
  api.permissions = { alice: "write" };
  const checked = await runActionProcess({
    workspace: repo.dir,
    event: "pull_request",
    payload: pullRequestPayload({ number, base, head, action: "labeled", label: LABEL, labels: [LABEL], body: BODY }),
    api,
  });
  expect(checked.code, checked.stdout).toBe(0);
  const merge = repo.merge("hotfix", `Merge pull request #${number} from octo-org/hotfix`, "2026-02-01T00:00:00Z");
  repo.git("push", "-q", "origin", "main");
  api.merged.set(number, { merge, author: "trainer", body: BODY, labels: [LABEL] });
  return merge;
}

async function push(repo: TestRepo, before: string, after: string, inputs?: Record<string, string>) {
  return runActionProcess({ workspace: repo.dir, event: "push", payload: pushPayload({ before, after }), api: github(), inputs });
}

function noteIn(origin: string, commit: string): string | null {
  try {
    return git(origin, ["notes", "--ref=modelgate", "show", commit]);
  } catch {
    return null;
  }
}

describe("the audit note, written on push by the bundled action", () => {
  it("records the merge's verdict, approvals, override and waiver in origin's refs/notes/modelgate; history and status show it", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const merge = await forcePromoteAndMerge(repo, base, head, 21);
    const run = await push(repo, base, merge);
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations.filter((a) => a.level !== "notice")).toEqual([]);
    expect(run.summary).toContain(`Audit note pushed to \`refs/notes/modelgate\` for \`${merge.slice(0, 7)}\``);
    // The job summary shows the record too, as markdown: the mention in the reason does not ping.
    expect(run.summary).toContain('approved by alice; overridden by ml-lead ("INC-7: the feature store is down, paged @<!-- -->oncall")');
    expect(run.summary).not.toContain("@oncall");

    const text = noteIn(origin, merge);
    expect(text).not.toBeNull();
    const note = JSON.parse(text as string);
    expectValid(validateNote, note);
    expect(note).toMatchObject({
      commit: merge,
      base,
      result: "pass",
      pull_request: { number: 21, author: "trainer", head },
      approvals: ["alice"],
      override: { label: LABEL, actor: "ml-lead", reason: REASON },
      waivers: [{ gate: "auc-regression", model: "fraud", reason: "the new holdout set is harder", expires: "2099-12-31" }],
    });
    expect(note.changes[0].gates).toEqual([
      { id: "auc-floor", type: "range", status: "overridden", by: "label" },
      { id: "auc-regression", type: "regression", status: "overridden", by: "waiver" },
      { id: "reviewed", type: "approvals", status: "pass" },
    ]);
    expect(note.report_sha256).toMatch(/^[0-9a-f]{64}$/);
    // The pull request came from the API, not from the commit message.
    expect(github().requests.some((r) => r.path.endsWith(`/commits/${merge}/pulls`))).toBe(true);

    // A fresh clone has no notes: history says how to fetch them, then shows them.
    const clone = tempDir("modelgate-clone-");
    git(clone, ["clone", "-q", origin, "."]);
    let history = cli(clone, "history", "fraud");
    expect(history.code).toBe(0);
    expect(history.stderr).toContain("git fetch origin refs/notes/modelgate:refs/notes/modelgate");
    expect(history.stdout).not.toContain("audit:");
    git(clone, ["fetch", "-q", "origin", "refs/notes/modelgate:refs/notes/modelgate"]);
    history = cli(clone, "history", "fraud");
    expect(history.stderr).toBe("");
    expect(history.stdout).toContain(
      `  audit: verdict pass; approved by alice; overridden by ml-lead ("${REASON}"); waived auc-regression ("the new holdout set is harder", expires 2099-12-31)`,
    );
    const json = registryJson("history", cli(clone, "history", "--format", "json").stdout);
    expect(json.map((e: { kind: string; audit: unknown }) => [e.kind, e.audit === null])).toEqual([
      ["new", true],
      ["promotion", false],
    ]);
    expect(json[1].audit).toMatchObject({
      status: "recorded",
      result: "pass",
      pr: 21,
      approvals: ["alice"],
      override: { actor: "ml-lead", reason: REASON },
      waivers: [{ gate: "auc-regression", reason: "the new holdout set is harder", expires: "2099-12-31" }],
      report_sha256: note.report_sha256,
    });
    const status = registryJson("status", cli(clone, "status", "--format", "json", "--now", "2026-02-03T00:00:00Z").stdout);
    expect(status[0]).toMatchObject({ model: "fraud", version: "v2", commit: merge, audit: { status: "recorded", override: { actor: "ml-lead" } } });
    expect(cli(clone, "status").stdout).toContain(`overridden by ml-lead ("${REASON}")`);
  });

  it("keeps a note another run pushed meanwhile, and does not replace a note already on the commit", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const merge = await forcePromoteAndMerge(repo, base, head, 22);
    // Another run already pushed a note on the base commit; this checkout has never seen it.
    const other = tempDir("modelgate-other-");
    git(other, ["clone", "-q", origin, "."]);
    git(other, ["-c", "user.name=x", "-c", "user.email=x@example.com", "notes", "--ref=modelgate", "add", "-m", "someone else's note", base]);
    git(other, ["push", "-q", "origin", "refs/notes/modelgate"]);
    const run = await push(repo, base, merge);
    expect(run.code).toBe(0);
    expect(noteIn(origin, base)).toBe("someone else's note\n");
    expectValid(validateNote, JSON.parse(noteIn(origin, merge) as string));
    // A re-run of the job finds its note there and keeps it.
    const first = noteIn(origin, merge);
    const again = await push(repo, base, merge);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already has an audit note");
    expect(noteIn(origin, merge)).toBe(first);
  });

  it("when another run pushes a note during this push: fetches again, writes again, and both notes are kept", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const merge = await forcePromoteAndMerge(repo, base, head, 26);
    const other = tempDir("modelgate-other-");
    git(other, ["clone", "-q", origin, "."]);
    git(other, ["-c", "user.name=x", "-c", "user.email=x@example.com", "notes", "--ref=modelgate", "add", "-m", "another run's note", base]);
    // The other run's push lands between this run's fetch and its push: once, from a pre-push hook.
    const hook = join(repo.dir, ".git", "hooks", "pre-push");
    writeFileSync(
      hook,
      `#!/bin/sh\nif [ ! -e "$0.done" ]; then touch "$0.done"; env -u GIT_DIR -u GIT_INDEX_FILE -u GIT_WORK_TREE git -C '${other}' push -q origin refs/notes/modelgate; fi\nexit 0\n`,
    );
    chmodSync(hook, 0o755);
    const run = await push(repo, base, merge);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("moved during the push; fetching it and writing the notes again");
    expect(run.annotations.filter((a) => a.level === "warning")).toEqual([]);
    expect(noteIn(origin, base)).toBe("another run's note\n");
    expectValid(validateNote, JSON.parse(noteIn(origin, merge) as string));
  });

  it("a commit that already carries a note modelgate did not write: left in place, with a warning", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const merge = await forcePromoteAndMerge(repo, base, head, 23);
    const other = tempDir("modelgate-other-");
    git(other, ["clone", "-q", origin, "."]);
    git(other, ["-c", "user.name=x", "-c", "user.email=x@example.com", "notes", "--ref=modelgate", "add", "-m", '{"approved":"by everyone"}', merge]);
    git(other, ["push", "-q", "origin", "refs/notes/modelgate"]);
    const run = await push(repo, base, merge);
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.level === "warning").map((a) => a.message)).toEqual([
      expect.stringContaining(`${merge.slice(0, 7)} already has a note in refs/notes/modelgate that is not a valid audit note`),
    ]);
    expect(noteIn(origin, merge)).toBe('{"approved":"by everyone"}\n');
  });

  it("when origin refuses the notes push: a warning naming the permission, and the job succeeds", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const hook = join(origin, "hooks", "update");
    writeFileSync(hook, '#!/bin/sh\ncase "$1" in refs/notes/*) echo "notes are read-only here" >&2; exit 1;; esac\nexit 0\n');
    chmodSync(hook, 0o755);
    const merge = await forcePromoteAndMerge(repo, base, head, 24);
    const run = await push(repo, base, merge);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("pass");
    const warnings = run.annotations.filter((a) => a.level === "warning").map((a) => a.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`for ${merge.slice(0, 7)} could not be pushed to origin's refs/notes/modelgate`);
    expect(warnings[0]).toContain("contents: write");
    expect(run.summary).toContain("No audit note was pushed");
    expect(noteIn(origin, merge)).toBeNull();
  });

  it("audit-notes: false writes nothing and asks GitHub nothing about the merge", async () => {
    const { repo, origin, base, head } = repoWithOrigin();
    const merge = await forcePromoteAndMerge(repo, base, head, 25);
    const before = github().requests.length;
    const run = await push(repo, base, merge, { "audit-notes": "false" });
    expect(run.code).toBe(0);
    expect(github().requests.length).toBe(before);
    expect(noteIn(origin, merge)).toBeNull();
  });

  it("a direct push (no pull request merged as the commit): a note without approvals or override, however the message reads", async () => {
    const { repo, origin, base } = repoWithOrigin();
    github().pullHeads.set(21, "e".repeat(40));
    github().merged.set(21, { merge: "f".repeat(40), author: "trainer", body: BODY, labels: [LABEL] });
    const direct = repo
      .write({ [FRAUD]: { version: "v2", metrics: { auc: 0.81 } } })
      .commit("Merge pull request #21 from octo-org/hotfix", "2026-02-01T00:00:00Z");
    repo.git("push", "-q", "origin", "main");
    const run = await push(repo, base, direct);
    expect(run.code, run.stdout).toBe(0);
    const note = JSON.parse(noteIn(origin, direct) as string);
    expectValid(validateNote, note);
    // #21 in the message is merged as another commit (or not at all): not this commit's pull request.
    expect(note).toMatchObject({ pull_request: null, approvals: [], override: null, result: "pass" });
    // Without a pull request there are no reviews to count: the record says the gate did not run.
    expect(note.changes[0].gates.find((g: { id: string }) => g.id === "reviewed")).toMatchObject({ status: "skip" });
  });
});

describe("history and status never trust a note they cannot read", () => {
  it("a note that is not JSON, one that breaks the schema and one copied from another commit are each reported for their event", () => {
    const repo = new TestRepo();
    const first = repo.write({ [FRAUD]: { version: "v1" } }).commit("v1", "2026-01-01T00:00:00Z");
    const second = repo.write({ [FRAUD]: { version: "v2" } }).commit("v2", "2026-01-02T00:00:00Z");
    const third = repo.write({ [FRAUD]: { version: "v3" } }).commit("v3", "2026-01-03T00:00:00Z");
    const add = (commit: string, text: string) =>
      repo.git("-c", "user.name=x", "-c", "user.email=x@example.com", "notes", "--ref=modelgate", "add", "-f", "-m", text, commit);
    add(first, '{"schema_version": 1, "approvals": ["everyone"');
    add(second, JSON.stringify({ schema_version: 1, approvals: ["everyone"] }));
    const valid = {
      schema_version: 1,
      tool: { name: "modelgate", version: "0.1.0" },
      commit: second,
      base: first,
      result: "pass",
      pull_request: { number: 3, author: "trainer", head: second },
      approvals: ["\u001b[31mroot"],
      override: null,
      waivers: [],
      changes: [],
      report_sha256: "0".repeat(64),
      written_at: "2026-01-02T00:00:00Z",
    };
    expectValid(validateNote, valid);
    add(third, JSON.stringify(valid));
    const text = cli(repo.dir, "history");
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n").filter((l) => l.startsWith("  audit:"));
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}audit: unreadable note, not trusted: the note is not JSON/),
      "  audit: unreadable note, not trusted: the note does not match schemas/audit-note.schema.json ((note) must have required property 'tool')",
      `  audit: unreadable note, not trusted: the note records commit ${second.slice(0, 7)}, not the commit it is attached to`,
    ]);
    const json = registryJson("history", cli(repo.dir, "history", "--format", "json").stdout);
    expect(json.map((e: { audit: { status: string } }) => e.audit.status)).toEqual(["unreadable", "unreadable", "unreadable"]);
    // Attached to its own commit, the same note is read, and its text is made inert for the terminal.
    repo.git("notes", "--ref=modelgate", "remove", third);
    add(second, JSON.stringify(valid));
    const shown = cli(repo.dir, "history").stdout;
    expect(shown).toContain("  audit: verdict pass; approved by \\x1B[31mroot");
    expect(shown).not.toContain("\u001b");
    const status = registryJson("status", cli(repo.dir, "status", "--format", "json").stdout);
    expect(status[0].audit).toBeNull();
  });
});
