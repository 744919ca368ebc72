import type { BlobReader } from "./blob-reader.js";
import type { RawLogFile } from "./log.js";

/**
 * The blobs a log names, asked of `cat-file` part by part while git is still listing (the two
 * then work side by side), each blob once. `each` sees every file's states as they arrive.
 */
export class Prefetch {
  /** Each blob asked for, by oid: the read that brings it. */
  readonly reads = new Map<string, Promise<Map<string, Buffer | null>>>();
  private readonly parts: Array<{ files: RawLogFile[]; ready: Promise<Map<string, Buffer | null>[]> }> = [];
  private each: ((path: string, content: Buffer) => void) | null = null;
  private readonly handed: Array<Promise<void>> = [];

  constructor(
    private readonly blobs: BlobReader,
    /** Only these paths' blobs (a log by paths may list more); null: every file's. */
    private readonly wanted: ReadonlySet<string> | null = null,
  ) {}

  readonly add = (files: RawLogFile[]): void => {
    const mine = this.wanted ? files.filter((f) => this.wanted?.has(f.path)) : files;
    const fresh = new Set<string>();
    for (const f of mine) for (const oid of [f.old, f.new]) if (oid !== null && !this.reads.has(oid)) fresh.add(oid);
    if (fresh.size > 0) {
      const read = this.blobs.read([...fresh]);
      for (const oid of fresh) this.reads.set(oid, read);
    }
    if (mine.length === 0) return;
    const reads = new Set<Promise<Map<string, Buffer | null>>>();
    for (const f of mine) for (const oid of [f.old, f.new]) if (oid !== null) reads.add(this.reads.get(oid) as Promise<Map<string, Buffer | null>>);
    const part = { files: mine, ready: Promise.all(reads) };
    // A failed read is reported where the log awaits its blobs, not as an unhandled rejection here.
    part.ready.catch(() => undefined);
    this.parts.push(part);
    if (this.each) this.hand(part, this.each);
  };

  /** From now on, and for the parts already asked for, each state goes to `each` as it arrives. */
  onEach(each: (path: string, content: Buffer) => void): void {
    this.each = each;
    for (const part of this.parts) this.hand(part, each);
  }

  /** Every state handed to `each` so far has been handled. */
  async settled(): Promise<void> {
    await Promise.all(this.handed);
  }

  private hand(part: (typeof this.parts)[number], each: (path: string, content: Buffer) => void): void {
    // A throw in `each` rejects settled(), which the log awaits; it is never left unhandled.
    const handed = part.ready.then(
      (got) => {
        const content = (oid: string) => {
          for (const m of got) if (m.has(oid)) return m.get(oid) ?? null;
          return null;
        };
        for (const f of part.files)
          for (const oid of [f.old, f.new]) {
            const c = oid !== null ? content(oid) : null;
            if (c) each(f.path, c);
          }
      },
      () => undefined,
    );
    handed.catch(() => undefined);
    this.handed.push(handed);
  }
}
