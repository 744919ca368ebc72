import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { gitEnv } from "./env.js";

const EMPTY = Buffer.alloc(0);

interface Pending {
  oid: string;
  resolve(content: Buffer | null): void;
  reject(err: Error): void;
}

/**
 * One `git cat-file --batch` process for every blob a run reads: requests are pipelined and
 * answered in order, so reading 2,000 blobs costs one process, not 2,000.
 */
export class BlobReader {
  private proc: ChildProcessWithoutNullStreams | null = null;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = EMPTY;
  private failure: Error | null = null;

  constructor(private readonly cwd: string) {}

  read(oids: string[]): Promise<Map<string, Buffer | null>> {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return Promise.resolve(new Map());
    const proc = this.start();
    const results = unique.map(
      (oid) =>
        new Promise<[string, Buffer | null]>((resolve, reject) => {
          if (this.failure) return reject(this.failure);
          this.pending.push({ oid, resolve: (c) => resolve([oid, c]), reject });
        }),
    );
    this.hold(proc, true);
    proc.stdin.write(`${unique.join("\n")}\n`);
    return Promise.all(results).then((entries) => new Map(entries));
  }

  close(): void {
    if (this.proc) {
      this.proc.stdin.end();
      this.proc = null;
    }
  }

  start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const proc = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    proc.stdout.on("data", (chunk: Buffer) => this.consume(chunk));
    const fail = (err: Error) => {
      this.failure = err;
      for (const p of this.pending.splice(0)) p.reject(err);
    };
    proc.on("error", (err) => fail(new Error(`cannot run git cat-file: ${err.message}`)));
    proc.on("close", (code) => {
      if (this.pending.length > 0) fail(new Error(`git cat-file exited with code ${code}: ${stderr.trim()}`));
      if (this.proc === proc) this.proc = null;
    });
    proc.stdin.on("error", () => {
      // The close handler reports the cause.
    });
    // The batch process keeps the program alive only while reads are pending (see hold), so a
    // finished command never waits for it, even if nobody closed it.
    proc.unref();
    for (const stream of [proc.stdin, proc.stdout, proc.stderr]) unrefStream(stream);
    this.proc = proc;
    return proc;
  }

  private hold(proc: ChildProcessWithoutNullStreams, pending: boolean): void {
    const stdout = proc.stdout as unknown as { ref?: () => void; unref?: () => void };
    if (pending) stdout.ref?.();
    else stdout.unref?.();
  }

  /** The body being received: its size, and the chunks so far (large artifacts arrive in many). */
  private body: { size: number; chunks: Buffer[]; got: number } | null = null;

  private consume(chunk: Buffer): void {
    this.consumeChunk(chunk);
    if (this.pending.length === 0 && this.proc) this.hold(this.proc, false);
  }

  private consumeChunk(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0 && this.pending.length > 0) {
      if (this.body) {
        const need = this.body.size + 1 - this.body.got;
        const part = data.subarray(0, need);
        this.body.chunks.push(part);
        this.body.got += part.length;
        data = data.subarray(part.length);
        if (this.body.got === this.body.size + 1) {
          const all = this.body.chunks.length === 1 ? this.body.chunks[0] : Buffer.concat(this.body.chunks);
          this.body = null;
          (this.pending.shift() as Pending).resolve(Buffer.from(all.subarray(0, all.length - 1)));
        }
        continue;
      }
      // Only a header split across chunks is ever copied; blobs are sliced, not concatenated.
      const joined = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
      const eol = joined.indexOf(10);
      if (eol === -1) {
        this.buffer = Buffer.from(joined);
        return;
      }
      const header = joined.toString("latin1", 0, eol);
      const rest = joined.subarray(eol + 1);
      this.buffer = EMPTY;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        (this.pending.shift() as Pending).resolve(null);
      } else {
        this.body = { size: Number(header.slice(header.lastIndexOf(" ") + 1)), chunks: [], got: 0 };
      }
      data = rest;
    }
  }
}

function unrefStream(stream: unknown): void {
  (stream as { unref?: () => void }).unref?.();
}
