// The log is parsed as git writes it, in whatever pieces the pipe gives, and its blobs are asked
// for while git is still listing. The pieces must not matter: the same output cut anywhere reads
// as the same history, and that history is git's own, asked another way.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { describe, expect, it } from "vitest";
import { ModelgateError } from "../../src/core/problem.js";
import { LOG_ARGS, LogParser, type RawLogCommit, type RawLogFile } from "../../src/git/log.js";
import { GitRepo } from "../../src/git/repo.js";
import { TestRepo } from "../support/repo.js";

/** A history with what a log's text can trip on: bodies with NULs' neighbours, a forged raw line in a message, names that are not ASCII, a submodule, a deletion, a merge. */
function awkwardRepo(): TestRepo {
  const repo = new TestRepo();
  repo.write({ "models/a/manifest_active.json": { version: "1" }, "models/é b/manifest_active.json": { version: "1" } }).commit("base");
  repo
    .write({ "models/a/manifest_active.json": { version: "2" } })
    .commit(
      "Promote a (#2)\n\nA body that looks like the log's own lines:\n:100644 100644 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 M\nmodels/x/manifest_active.json\n",
    );
  repo.write({ "models/é b/manifest_active.json": { version: "2", note: "ünïcödé ✓" } }).commit("Ünïcode subject ✓");
  const sub = repo.git("rev-parse", "HEAD").trim();
  repo.git("update-index", "--add", "--cacheinfo", `160000,${sub},models/sub/manifest_active.json`);
  repo.git("commit", "-q", "-m", "a submodule where a manifest could be");
  repo.branch("side");
  repo.write({ "models/c/manifest_active.json": { version: "1" } }).commit("on a branch");
  repo.checkout("main");
  repo.write({ "README.md": "r" }).commit("main moves");
  repo.merge("side", "Merge pull request #9 from o/side", "2026-01-02T00:00:00Z");
  repo.remove("models/a/manifest_active.json").commit("retire a\n\n\n");
  repo.git("commit", "-q", "--allow-empty", "-m", "empty", "--allow-empty-message");
  return repo;
}

/** Two promotions over a first commit whose message is 3 MB: git writes it in many pipe chunks, after the newer commits. */
function longMessageRepo(): { repo: TestRepo; body: string } {
  const repo = new TestRepo();
  const body = `${"a line of a very long message, ünïcödé ✓\n".repeat(70_000)}the end`;
  repo.write({ "models/a/manifest_active.json": { version: "1" }, "message.txt": `base\n\n${body}\n` });
  repo.git("add", "models");
  repo.git("commit", "-q", "-F", join(repo.dir, "message.txt"));
  repo.write({ "models/a/manifest_active.json": { version: "2" } }).commit("Promote a (#2)");
  repo.write({ "models/a/manifest_active.json": { version: "3" } }).commit("Promote a (#3)");
  return { repo, body };
}

function rawLog(dir: string): Buffer {
  return execFileSync("git", ["log", ...LOG_ARGS, "main", "--", ":(glob)models/**"], { cwd: dir, maxBuffer: 64 << 20 });
}

/** The log fed in pieces cut at the given byte offsets, decoded as a pipe's text is (a character may be cut in two). */
function parseInPieces(bytes: Buffer, cuts: number[]): { commits: RawLogCommit[]; handed: RawLogFile[] } {
  const handed: RawLogFile[] = [];
  const parser = new LogParser((files) => handed.push(...files));
  const decoder = new StringDecoder("utf8");
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(decoder.write(bytes.subarray(from, cut)));
    from = cut;
  }
  parser.push(decoder.end());
  return { commits: parser.end(), handed };
}

describe("the log, read as git writes it", () => {
  it("is git's history, commit for commit and file for file, cut into pieces anywhere", () => {
    const repo = awkwardRepo();
    const bytes = rawLog(repo.dir);
    const whole = parseInPieces(bytes, []);
    // git's answer, asked another way: the commits, their subjects and authors, and each one's files against its first parent.
    const shas = repo.git("log", "--first-parent", "--format=%H", "main", "--", ":(glob)models/**").trim().split("\n");
    expect(whole.commits.map((c) => c.commit)).toEqual(shas);
    for (const c of whole.commits) {
      expect(c.subject).toBe(repo.git("show", "-s", "--format=%s", c.commit).trimEnd());
      expect(c.author).toBe(repo.git("show", "-s", "--format=%an", c.commit).trimEnd());
      const parent = c.parents[0];
      const diff = parent
        ? repo.git("diff", "--raw", "--no-renames", "-z", "--no-abbrev", parent, c.commit, "--", ":(glob)models/**")
        : repo.git("diff-tree", "--root", "--no-commit-id", "-r", "--raw", "--no-renames", "-z", "--no-abbrev", c.commit, "--", ":(glob)models/**");
      const paths = diff.split("\0").filter((t, k) => k % 2 === 1 && t !== "");
      expect(c.files.map((f) => f.path)).toEqual(paths);
    }
    // The forged line in a body is text, the submodule has no content, the deletion no after.
    expect(whole.commits.flatMap((c) => c.files.map((f) => f.path))).not.toContain("models/x/manifest_active.json");
    const submodule = whole.commits.flatMap((c) => c.files).find((f) => f.path === "models/sub/manifest_active.json");
    expect(submodule).toMatchObject({ old: null, new: null });
    expect(whole.commits[0].files).toEqual([expect.objectContaining({ path: "models/a/manifest_active.json", new: null })]);
    expect(whole.handed).toEqual(whole.commits.flatMap((c) => c.files));

    // Every cut: each byte offset of the first 600 and a spread of the rest, one and many at a time.
    const offsets = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1).filter((i) => i < 600 || i % 7 === 0);
    for (const at of offsets) expect(parseInPieces(bytes, [at])).toEqual(whole);
    for (const step of [1, 2, 3, 5, 64, 4096]) {
      const cuts = Array.from({ length: Math.floor((bytes.length - 1) / step) }, (_, i) => (i + 1) * step);
      expect(parseInPieces(bytes, cuts)).toEqual(whole);
    }
  });

  it("a message far longer than a pipe's chunk reads the same in 64 KiB pieces as whole", () => {
    // Anyone with a commit on the history writes its message: the pieces of a long field are
    // joined once, not copied again with each chunk (3 MB here; 32 MB took 5.7 s when they were).
    const { repo, body } = longMessageRepo();
    const bytes = rawLog(repo.dir);
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const cuts = Array.from({ length: Math.floor(bytes.length / 65536) }, (_, i) => (i + 1) * 65536);
    const pieces = parseInPieces(bytes, cuts);
    expect(pieces).toEqual(parseInPieces(bytes, []));
    expect(pieces.commits.at(-1)?.body).toBe(body);
    expect(pieces.commits.map((c) => c.files.length)).toEqual([1, 1, 1]);
  });

  it("a log that stops inside a commit is refused, naming where, not read short", () => {
    const repo = awkwardRepo();
    const bytes = rawLog(repo.dir);
    const text = bytes.toString("utf8");
    const second = text.indexOf("\0", text.indexOf("\0") + 1);
    for (const end of [41, second + 1, text.indexOf("\0:") + 3]) {
      const parser = new LogParser();
      parser.push(text.slice(0, end));
      let error: unknown = null;
      try {
        parser.end();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ModelgateError);
      expect((error as ModelgateError).problems[0]).toMatchObject({ file: "git log", message: expect.stringMatching(/^the history could not be read near /) });
    }
  });

  it("each state reaches the caller as its blob arrives, once per path and blob, before the log is returned", async () => {
    const repo = awkwardRepo();
    const reader = new GitRepo(repo.dir);
    try {
      const seen: string[] = [];
      let returned = false;
      const log = await reader.log("main", { globs: ["models/*/manifest_active.json"] }, (path, content) => {
        expect(returned).toBe(false);
        seen.push(`${path} ${content.toString()}`);
      });
      returned = true;
      const states = new Set(
        log.flatMap((c) => c.files.flatMap((f) => [f.before, f.after].flatMap((s) => (s ? [`${f.path} ${Buffer.from(s).toString()}`] : [])))),
      );
      expect(new Set(seen)).toEqual(states);
      expect(states.size).toBeGreaterThan(4);
    } finally {
      reader.close();
    }
  });

  it("a caller's own failure while states arrive fails the log it asked for, never the process", async () => {
    // The newest commits' states arrive while git is still writing the oldest one's 3 MB message.
    const { repo } = longMessageRepo();
    const reader = new GitRepo(repo.dir);
    try {
      const asked = reader.log("main", { globs: ["models/*/manifest_active.json"] }, () => {
        throw new Error("the caller's parse broke");
      });
      await expect(asked).rejects.toThrow("the caller's parse broke");
    } finally {
      reader.close();
    }
  });
});
