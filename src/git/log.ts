import { spawn } from "node:child_process";
import { ModelgateError } from "../core/problem.js";
import type { LogCommit } from "../core/reader.js";
import { gitEnv } from "./env.js";

/** A file a commit changed, as `git log --raw` names it: the blob before and after (null: none, or a submodule). */
export interface RawLogFile {
  path: string;
  old: string | null;
  new: string | null;
  oldMode: string;
}

export type RawLogCommit = Omit<LogCommit, "files"> & { files: RawLogFile[] };

/**
 * What each commit starts with: NUL-separated fields. git never allows NUL in a message or a
 * name, so no text a commit's author writes can end a field early or start a forged one.
 */
export const LOG_ARGS = ["--first-parent", "--no-renames", "--raw", "-z", "--no-abbrev", "--format=%H%x00%P%x00%ct%x00%an%x00%s%x00%b%x00"];

/** A full object id, sha1 or sha256. */
export const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** A submodule's mode: its entry names a commit of another repository. */
export const GITLINK = "160000";
const PARENTS = /^(?:[0-9a-f]{40,64}(?: [0-9a-f]{40,64})*)?$/;
const RAW_LINE = /^\n?:/;
/** A raw diff line's modes and object ids (":<old mode> <new mode> <old oid> <new oid> <status>"), in one match. */
const RAW_FIELDS = /^\n?:(\S*) (\S*) ([0-9a-f]+) ([0-9a-f]+)(?: |$)/;
const ZERO_OID = /^0+$/;

/**
 * `git log -z --raw` with LOG_ARGS' format, read as git writes it: per commit six NUL-ended
 * fields, then pairs of a raw diff line (":<modes> <oids> <status>") and a path. A field cut by
 * a chunk's end waits for the next chunk; a commit's files are handed on (`onFiles`) as they are
 * read, so their blobs can be asked for while git is still walking. Anything else is refused,
 * not guessed.
 */
export class LogParser {
  private readonly commits: RawLogCommit[] = [];
  /** Whole fields not yet read, from `at`. */
  private fields: string[] = [];
  private at = 0;
  /** The text after the last NUL, as it came: a field still being written (a long message spans many chunks, joined once). */
  private partial: string[] = [];
  /** The commit whose files are being read. */
  private current: RawLogCommit | null = null;

  constructor(private readonly onFiles?: (files: RawLogFile[]) => void) {}

  push(text: string): void {
    const nul = text.indexOf("\0");
    if (nul === -1) {
      this.partial.push(text);
      return;
    }
    if (this.at > 0) {
      this.fields = this.fields.slice(this.at);
      this.at = 0;
    }
    this.partial.push(text.slice(0, nul));
    this.fields.push(this.partial.join(""));
    const parts = text.slice(nul + 1).split("\0");
    this.partial = [parts.pop() as string];
    // Indexed: this runs unoptimized on the first chunks, where a for-of allocates per step.
    for (let i = 0; i < parts.length; i++) this.fields.push(parts[i]);
    this.take(false);
  }

  /** The whole log, newest commit first; throws if it ends inside a commit's fields. */
  end(): RawLogCommit[] {
    this.fields.push(this.partial.join(""));
    this.partial = [];
    this.take(true);
    return this.commits;
  }

  private take(done: boolean): void {
    const f = this.fields;
    const files: RawLogFile[] = [];
    for (;;) {
      if (this.current === null) {
        while (this.at < f.length && f[this.at] === "") this.at++;
        if (this.at >= f.length) break;
        if (f.length - this.at < 6) {
          if (done) throw unreadableLog(f[this.at]);
          break;
        }
        const at = this.at;
        const sha = f[at];
        const parents = f[at + 1];
        const ct = f[at + 2];
        const author = f[at + 3];
        const subject = f[at + 4];
        const body = f[at + 5];
        if (!OID.test(sha) || !PARENTS.test(parents) || !/^\d+$/.test(ct)) throw unreadableLog(sha);
        this.at += 6;
        this.current = { commit: sha, parents: parents ? parents.split(" ") : [], time: Number(ct) * 1000, author, subject, body: body.trim(), files: [] };
        continue;
      }
      if (this.at >= f.length) {
        if (done) {
          this.commits.push(this.current);
          this.current = null;
        }
        break;
      }
      const field = f[this.at];
      if (field === "") {
        this.at++;
        continue;
      }
      if (!RAW_LINE.test(field)) {
        // The next commit's first field: this one's files are all read.
        this.commits.push(this.current);
        this.current = null;
        continue;
      }
      if (this.at + 1 >= f.length) {
        if (done) throw unreadableLog(this.current.commit);
        break;
      }
      const raw = RAW_FIELDS.exec(field);
      if (!raw) throw unreadableLog(this.current.commit);
      const [, oldMode, newMode, oldOid, newOid] = raw;
      const path = f[this.at + 1];
      const file = { path, old: blobOf(oldMode, oldOid), new: blobOf(newMode, newOid), oldMode };
      this.current.files.push(file);
      files.push(file);
      this.at += 2;
    }
    if (files.length > 0) this.onFiles?.(files);
  }
}

/** The blob a raw diff line names on one side: none for all zeros, nor for a submodule's entry (160000), which names a commit of another repository. */
function blobOf(mode: string, oid: string): string | null {
  return ZERO_OID.test(oid) || mode === GITLINK ? null : oid;
}

/** What a log is asked for: paths literally, globs as globs. */
export function pathspecsOf(paths: string[], globs: string[] = []): string[] {
  return [...paths.map((p) => `:(literal)${p}`), ...globs.map((g) => `:(glob)${g}`)];
}

/**
 * The first-parent `git log` of a commit for pathspecs (`extra`: more options, such as a diff
 * filter), parsed as it streams; `onFiles` gets each part's file entries as soon as they are
 * read. When git fails, the error names the commit and gives git's own words.
 */
export function streamLog(
  dir: string,
  commit: string,
  pathspecs: string[],
  onFiles?: (files: RawLogFile[]) => void,
  extra: string[] = [],
): Promise<RawLogCommit[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn("git", ["log", ...LOG_ARGS, ...extra, commit, "--", ...pathspecs], { cwd: dir, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const parser = new LogParser(onFiles);
    let failure: unknown = null;
    let stderr = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (text: string) => {
      if (failure) return;
      try {
        parser.push(text);
      } catch (err) {
        failure = err;
        proc.kill();
      }
    });
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (text: string) => {
      stderr += text;
    });
    proc.on("error", (err) => {
      failure ??= historyUnread(commit, `cannot run git log: ${err.message}`);
    });
    proc.on("close", (code) => {
      if (failure) return reject(failure);
      if (code !== 0) return reject(historyUnread(commit, stderr.trim() || `git log exited with code ${code}`));
      try {
        resolve(parser.end());
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** git failed to give a history: its own first line, and what usually mends it. */
function historyUnread(commit: string, reason: string): ModelgateError {
  return new ModelgateError({
    file: "git log",
    message: `git could not read the history of ${commit}: ${reason.split("\n")[0] || "it failed"}`,
    hint: "run git fsck; in a partial or shallow clone, fetch the history first (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)",
  });
}

function unreadableLog(near: string): ModelgateError {
  return new ModelgateError({
    file: "git log",
    message: `the history could not be read near ${JSON.stringify(near.slice(0, 80))}: a commit does not have the shape git writes`,
    hint: "run git fsck; a commit object with a NUL byte in its message or name was made by hand",
  });
}
