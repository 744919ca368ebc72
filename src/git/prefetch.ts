import type { BlobReader } from "./blob-reader.js";
import type { RawLogFile } from "./log.js";

/**
 * The blobs a log names, asked of `cat-file` part by part while git is still listing (the two
 * then work side by side), each blob once. `each` sees every file's states as they arrive.
 */
export class Prefetch {
  /** Each blob asked for, by oid: the read that brings it. */
  readonly reads = new Map<string, Promise<Map<string, Buffer | null>>>();
  private readonly handed: Array<Promise<void>> = [];

  constructor(
    private readonly blobs: BlobReader,
    /** Only these paths' blobs (a log by paths may list more); null: every file's. */
    private readonly wanted: ReadonlySet<string> | null,
    private readonly each?: (path: string, content: Buffer) => void,
  ) {}

  readonly add = (files: RawLogFile[]): void => {
    const mine = this.wanted ? files.filter((f) => this.wanted?.has(f.path)) : files;
    // Indexed loops: this runs unoptimized, once per part of the log, where a for-of allocates per step.
    const fresh: string[] = [];
    const asked = new Set<string>();
    const ask = (oid: string | null) => {
      if (oid !== null && !this.reads.has(oid) && !asked.has(oid)) {
        asked.add(oid);
        fresh.push(oid);
      }
    };
    for (let i = 0; i < mine.length; i++) {
      ask(mine[i].old);
      ask(mine[i].new);
    }
    if (fresh.length > 0) {
      const read = this.blobs.read(fresh);
      // A failed read is reported where the log awaits its blobs, not as an unhandled rejection here.
      read.catch(() => undefined);
      for (let i = 0; i < fresh.length; i++) this.reads.set(fresh[i], read);
    }
    if (mine.length > 0 && this.each) this.hand(mine, this.each);
  };

  /** Every state handed to `each` so far has been handled; rejects with what `each` threw. */
  async settled(): Promise<void> {
    await Promise.all(this.handed);
  }

  private hand(files: RawLogFile[], each: (path: string, content: Buffer) => void): void {
    const reads = new Set<Promise<Map<string, Buffer | null>>>();
    for (let i = 0; i < files.length; i++) {
      const { old, new: now } = files[i];
      if (old !== null) reads.add(this.reads.get(old) as Promise<Map<string, Buffer | null>>);
      if (now !== null) reads.add(this.reads.get(now) as Promise<Map<string, Buffer | null>>);
    }
    const handed = Promise.all(reads).then(
      (got) => {
        const give = (path: string, oid: string | null) => {
          if (oid === null) return;
          for (let i = 0; i < got.length; i++) {
            const c = got[i].get(oid);
            if (c !== undefined) {
              if (c) each(path, c);
              return;
            }
          }
        };
        for (let i = 0; i < files.length; i++) {
          give(files[i].path, files[i].old);
          give(files[i].path, files[i].new);
        }
      },
      () => undefined,
    );
    // A throw in `each` rejects settled(), which the log awaits; it is never left unhandled.
    handed.catch(() => undefined);
    this.handed.push(handed);
  }
}
