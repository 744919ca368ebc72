import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_NOTE_BYTES, NOTES_REF } from "../core/audit.js";
import { gitEnv } from "./env.js";

/** One git command's outcome; notes commands fail in ordinary ways (no ref yet, no note), so failure is a value. */
interface GitRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(dir: string, args: string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd: dir, env: gitEnv(), maxBuffer: 64 << 20, encoding: "utf8" }, (err, stdout, stderr) =>
      resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** git's own words for a failure, on one line, without its hints. */
function reason(run: GitRun): string {
  const lines = run.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("hint:"));
  return lines.slice(0, 3).join(" ").slice(0, 500) || "git gave no reason";
}

/**
 * Blobs' contents in one `git cat-file --batch`, in order; a blob over MAX_NOTE_BYTES is
 * returned cut (one byte over), which the reader then refuses as too big.
 */
function catBlobs(dir: string, oids: string[]): Promise<string[]> {
  if (oids.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: dir, env: gitEnv(), stdio: ["pipe", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.on("error", () => resolve(oids.map(() => "")));
    child.on("close", () => {
      const all = Buffer.concat(chunks);
      const out: string[] = [];
      let at = 0;
      for (let i = 0; i < oids.length; i++) {
        const eol = all.indexOf(10, at);
        if (eol < 0) break;
        const header = all.subarray(at, eol).toString("utf8").split(" ");
        at = eol + 1;
        if (header[1] === "missing" || header.length < 3) {
          out.push("");
          continue;
        }
        const size = Number(header[2]);
        out.push(all.subarray(at, at + Math.min(size, MAX_NOTE_BYTES + 1)).toString("utf8"));
        at += size + 1;
      }
      resolve(out);
    });
    child.stdin.on("error", () => {});
    child.stdin.end(`${oids.join("\n")}\n`);
  });
}

/** The notes modelgate keeps under refs/notes/modelgate, read and written with the git binary. */
export class AuditNotes {
  constructor(readonly dir: string) {}

  async hasOrigin(): Promise<boolean> {
    return (await git(this.dir, ["remote", "get-url", "origin"])).ok;
  }

  /** Each annotated commit and its note's blob; empty without the ref. */
  async list(): Promise<Map<string, string>> {
    const run = await git(this.dir, ["notes", `--ref=${NOTES_REF}`, "list"]);
    const out = new Map<string, string>();
    if (!run.ok) return out;
    for (const line of run.stdout.split("\n")) {
      const [blob, commit] = line.trim().split(/\s+/);
      if (blob && commit) out.set(commit, blob);
    }
    return out;
  }

  /** The notes of the given commits, as text: one git process lists the notes, one reads them all. */
  async read(commits: Iterable<string>): Promise<Map<string, string>> {
    const blobs = await this.list();
    const wanted = [...new Set(commits)].filter((c) => blobs.has(c));
    const texts = await catBlobs(
      this.dir,
      wanted.map((c) => blobs.get(c) as string),
    );
    return new Map(wanted.map((c, i) => [c, texts[i] ?? ""]));
  }

  /** The note on a commit, or null. */
  async show(commit: string): Promise<string | null> {
    const run = await git(this.dir, ["notes", `--ref=${NOTES_REF}`, "show", commit]);
    return run.ok ? run.stdout : null;
  }

  /** Replaces the local notes ref with origin's, so notes written since are kept. False with why when origin has none or cannot be reached. */
  async fetch(): Promise<{ ok: boolean; why: string }> {
    const run = await git(this.dir, ["fetch", "--no-tags", "--quiet", "origin", `+${NOTES_REF}:${NOTES_REF}`]);
    return { ok: run.ok, why: run.ok ? "" : reason(run) };
  }

  /** Adds a note with exactly this text (no whitespace clean-up), as modelgate's committer. */
  async add(commit: string, text: string): Promise<{ ok: boolean; why: string }> {
    const scratch = mkdtempSync(join(tmpdir(), "modelgate-note-"));
    try {
      const file = join(scratch, "note.json");
      writeFileSync(file, text);
      const blob = await git(this.dir, ["hash-object", "-w", "--", file]);
      if (!blob.ok) return { ok: false, why: reason(blob) };
      const run = await git(this.dir, [
        "-c",
        "user.name=modelgate",
        "-c",
        "user.email=modelgate@users.noreply.github.com",
        "notes",
        `--ref=${NOTES_REF}`,
        "add",
        "-C",
        blob.stdout.trim(),
        commit,
      ]);
      return { ok: run.ok, why: run.ok ? "" : reason(run) };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Pushes the notes ref to origin (never forced); `moved` when origin's ref moved on meanwhile:
   * since the fetch (rejected as non-fast-forward) or during the push itself (origin cannot lock the ref).
   */
  async push(): Promise<{ ok: boolean; moved: boolean; why: string }> {
    const run = await git(this.dir, ["push", "--quiet", "origin", `${NOTES_REF}:${NOTES_REF}`]);
    const text = `${run.stdout}\n${run.stderr}`;
    return {
      ok: run.ok,
      moved: !run.ok && /non-fast-forward|fetch first|! \[rejected\]|cannot lock ref|failed to update ref/.test(text),
      why: run.ok ? "" : reason(run),
    };
  }
}
