import type { RepoFile } from "./model.js";

export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "deleted";
}

/** One state of a file on a first-parent history, newest first. */
export interface FileVersion {
  commit: string;
  /** Committer time, epoch milliseconds. */
  time: number;
  content: Uint8Array | null;
}

/** What the engine needs from a repository. The git adapter implements it; the engine never runs git. */
export interface RepoReader {
  changedFiles(base: string, head: string): Promise<ChangedFile[]>;
  listFiles(commit: string): Promise<string[]>;
  readFiles(commit: string, paths: string[]): Promise<Map<string, RepoFile | null>>;
  /** The states of each file at the commits that changed it on the commit's first-parent history. */
  fileHistory(commit: string, paths: string[]): Promise<Map<string, FileVersion[]>>;
}
