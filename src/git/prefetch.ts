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
    const fresh = new Set<string>();
    for (const f of mine) for (const oid of [f.old, f.new]) if (oid !== null && !this.reads.has(oid)) fresh.add(oid);
    if (fresh.size > 0) {
      const read = this.blobs.read([...fresh]);
      // A failed read is reported where the log awaits its blobs, not as an unhandled rejection here.
      read.catch(() => undefined);
      for (const oid of fresh) this.reads.set(oid, read);
    }
    if (mine.length > 0 && this.each) this.hand(mine, this.each);
  };

  /** Every state handed to `each` so far has been handled; rejects with what `each` threw. */
  async settled(): Promise<void> {
    await Promise.all(this.handed);
  }

  private hand(files: RawLogFile[], each: (path: string, content: Buffer) => void): void {
    const reads = new Set<Promise<Map<string, Buffer | null>>>();
    for (const f of files) for (const oid of [f.old, f.new]) if (oid !== null) reads.add(this.reads.get(oid) as Promise<Map<string, Buffer | null>>);
    const handed = Promise.all(reads).then(
      (got) => {
        const content = (oid: string) => {
          for (const m of got) if (m.has(oid)) return m.get(oid) ?? null;
          return null;
        };
        for (const f of files)
          for (const oid of [f.old, f.new]) {
            const c = oid !== null ? content(oid) : null;
            if (c) each(f.path, c);
          }
      },
      () => undefined,
    );
    // A throw in `each` rejects settled(), which the log awaits; it is never left unhandled.
    handed.catch(() => undefined);
    this.handed.push(handed);
  }
}
