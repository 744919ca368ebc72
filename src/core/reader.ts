import type { FileDigest, RepoFile } from "./model.js";

export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "deleted";
  /** The head has a symbolic link at this path. */
  symlink?: boolean;
  /** The head has a submodule at this path: a commit of another repository, whose files are not in this one. */
  submodule?: boolean;
}

/** A file a commit changed, before and after (null where it did not exist). */
export interface LogFile {
  path: string;
  before: Uint8Array | null;
  after: Uint8Array | null;
}

/** One commit of a first-parent history, with the governed files it changed. */
export interface LogCommit {
  commit: string;
  parents: string[];
  /** Committer time, epoch milliseconds: when the commit reached the branch. */
  time: number;
  author: string;
  subject: string;
  body: string;
  files: LogFile[];
}

/** A commit of a first-parent history that added or deleted a path. */
export interface AddOrDelete {
  path: string;
  /** Whether that commit deleted the path (else it added it). */
  deleted: boolean;
  commit: Omit<LogCommit, "files">;
  /** The commit before it on the history: where a deleted file's last content is read. */
  before: string | null;
}

/** What the engine needs from a repository. The git adapter implements it; the engine never runs git. */
export interface RepoReader {
  changedFiles(base: string, head: string): Promise<ChangedFile[]>;
  listFiles(commit: string): Promise<string[]>;
  readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>>;
  /** sha256 of files at a commit, streamed rather than read whole, with Git LFS pointers resolved as FileDigest says. */
  digestFiles(commit: string, paths: string[]): Promise<Map<string, FileDigest | null>>;
  /** The first-parent history of a commit, oldest first, limited to the given paths or globs. */
  log(commit: string, spec: { paths?: string[]; globs?: string[] }): Promise<LogCommit[]>;
  /**
   * Every addition and deletion, on the first-parent history of a commit, of a path the globs
   * match, newest first: a path's first entry is its newest. Reads no contents: the cost is git's
   * walk, not the history's blobs.
   */
  addsAndDeletes(commit: string, globs: string[]): Promise<AddOrDelete[]>;
}
