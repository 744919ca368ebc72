import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import type { Hash } from "node:crypto";
import { sha256Hash } from "../core/hash.js";
import { gitEnv } from "./env.js";

const EMPTY = Buffer.alloc(0);

/** A blob hashed as it streams: its size, sha256, and its first bytes (a Git LFS pointer is smaller than 1 KiB). */
export interface BlobDigest {
  size: number;
  sha256: string;
  head: Buffer;
}

const DIGEST_HEAD = 1024;

/** An object as `cat-file --batch` gives it: the oid its name resolved to, its type and content. */
export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/** One read or digest call: its answers so far, and how many are still to come. */
interface Request {
  /** Set when the blobs are hashed as they arrive instead of kept. */
  digest: boolean;
  /** Set when each answer is the object's type with its content (any object, named in any way git accepts). */
  typed?: boolean;
  results: Map<string, Buffer | BlobDigest | null>;
  remaining: number;
  resolve(results: Map<string, Buffer | BlobDigest | null>): void;
  reject(err: Error): void;
}

/** One blob asked for, in the order git answers: a flat queue of (oid, request), no promise per blob. */
interface Pending {
  oid: string;
  request: Request;
  /** Later reads of the same blob while it was on its way: answered with it, not asked again. */
  also?: Request[];
}

/**
 * One `git cat-file` process for every blob a run reads: requests are pipelined and answered
 * in order, so reading 2,000 blobs costs one process, not 2,000. With git 2.36 or later it
 * runs as `--batch-command --buffer` and each request ends with `flush`: git writes a request's
 * answers together instead of flushing its output after every object (10,000 trees: 200 ms
 * through a pipe, 50 ms buffered). An older git refuses the option; the reader then starts
 * `--batch` and asks again for what was pending.
 */
export class BlobReader {
  private proc: ChildProcessWithoutNullStreams | null = null;
  /** Asked and not answered, oldest first from `first` (an index, not shift(): shifting a long array copies it). */
  private pending: Pending[] = [];
  private first = 0;
  private buffer: Buffer = EMPTY;
  private failure: Error | null = null;
  /** `--batch-command --buffer` until git refuses it, then `--batch`. */
  private buffered = true;
  /** Whether the process has answered anything (a git that refuses the option answers nothing). */
  private answered = false;
  /** Blobs asked for whole and not answered yet, by oid. */
  private readonly inflight = new Map<string, Pending>();

  constructor(private readonly cwd: string) {}

  read(oids: string[]): Promise<Map<string, Buffer | null>> {
    return this.request(oids, false) as Promise<Map<string, Buffer | null>>;
  }

  /** Hashes blobs as they stream from git: memory stays at one chunk, whatever the blobs' size. */
  digest(oids: string[]): Promise<Map<string, BlobDigest | null>> {
    return this.request(oids, true) as Promise<Map<string, BlobDigest | null>>;
  }

  /** Objects by any name cat-file accepts (an oid, `<ref>^{commit}`), with their type and oid. */
  objects(names: string[]): Promise<Map<string, GitObject | null>> {
    return this.request(names, false, true) as unknown as Promise<Map<string, GitObject | null>>;
  }

  private request(oids: string[], digest: boolean, typed = false): Promise<Map<string, Buffer | BlobDigest | null>> {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return Promise.resolve(new Map());
    const proc = this.start();
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const request: Request = { digest, typed, results: new Map(), remaining: unique.length, resolve, reject };
      const ask: string[] = [];
      for (const oid of unique) {
        // A blob already on its way (a check's base manifests are also its history's newest states) is not asked twice.
        const known = !digest && !typed ? this.inflight.get(oid) : undefined;
        if (known) {
          if (known.also) known.also.push(request);
          else known.also = [request];
        } else {
          const p: Pending = { oid, request };
          this.pending.push(p);
          if (!digest && !typed) this.inflight.set(oid, p);
          ask.push(oid);
        }
      }
      this.hold(proc, true);
      if (ask.length > 0) proc.stdin.write(this.command(ask));
    });
  }

  /** What asks git for these objects, in the process's mode. */
  private command(names: string[]): string {
    return this.buffered ? `contents ${names.join("\ncontents ")}\nflush\n` : `${names.join("\n")}\n`;
  }

  /** The answer to the oldest pending blob; its call resolves with its last one. */
  private answer(content: Buffer | BlobDigest | null, type = "", found = ""): void {
    this.answered = true;
    const p = this.take();
    if (this.inflight.get(p.oid) === p) this.inflight.delete(p.oid);
    deliver(p.request, p.oid, content, type, found);
    if (p.also) for (const request of p.also) deliver(request, p.oid, content, type, found);
  }

  private waiting(): number {
    return this.pending.length - this.first;
  }

  /** The oldest pending blob, taken off the queue; the queue drops what was taken once that is most of it. */
  private take(): Pending {
    const p = this.pending[this.first++];
    if (this.first === this.pending.length) {
      this.pending = [];
      this.first = 0;
    } else if (this.first >= 1024 && this.first * 2 >= this.pending.length) {
      this.pending = this.pending.slice(this.first);
      this.first = 0;
    }
    return p;
  }

  /** Every pending blob, taken off the queue. */
  private drain(): Pending[] {
    const all = this.pending.slice(this.first);
    this.pending = [];
    this.first = 0;
    this.inflight.clear();
    return all;
  }

  close(): void {
    if (this.proc) {
      this.proc.stdin.end();
      this.proc = null;
    }
  }

  start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const args = this.buffered ? ["cat-file", "--batch-command", "--buffer"] : ["cat-file", "--batch"];
    const proc = spawn("git", args, { cwd: this.cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    proc.stdout.on("data", (chunk: Buffer) => this.consume(chunk));
    const fail = (err: Error) => {
      this.failure = err;
      for (const request of new Set(this.drain().flatMap((p) => [p.request, ...(p.also ?? [])]))) request.reject(err);
    };
    proc.on("error", (err) => fail(new Error(`cannot run git cat-file: ${err.message}`)));
    proc.on("close", (code) => {
      if (this.proc === proc) this.proc = null;
      // git before 2.36: usage error (129) before any answer. Ask the same again with --batch.
      if (this.buffered && !this.answered && code === 129) {
        this.buffered = false;
        this.buffer = EMPTY;
        if (this.waiting() > 0) {
          const again = this.start();
          this.hold(again, true);
          again.stdin.write(this.command(this.pending.slice(this.first).map((p) => p.oid)));
        }
        return;
      }
      if (this.waiting() > 0) fail(new Error(`git cat-file exited with code ${code}: ${stderr.trim()}`));
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

  /** The body being received: its size, and the chunks so far (large artifacts arrive in many), or its running hash. */
  private body: { oid: string; size: number; type: string; chunks: Buffer[]; got: number; hash: Hash | null } | null = null;

  private consume(chunk: Buffer): void {
    this.consumeChunk(chunk);
    if (this.waiting() === 0 && this.proc) this.hold(this.proc, false);
  }

  private consumeChunk(chunk: Buffer): void {
    // Where this chunk is read from: an index, not a view per step (a chunk holds many answers).
    let at = 0;
    let data = chunk;
    while (at < data.length && this.waiting() > 0) {
      if (at > 0 && (this.body || this.buffer.length > 0)) {
        data = data.subarray(at);
        at = 0;
      }
      if (this.body) {
        const need = this.body.size + 1 - this.body.got;
        const part = data.subarray(0, need);
        const body = this.body;
        if (body.hash) {
          // The blob's bytes, without the newline that ends each answer; the first ones kept for LFS.
          const bytes = part.subarray(0, Math.max(0, body.size - body.got));
          body.hash.update(bytes);
          const kept = body.chunks.reduce((n, c) => n + c.length, 0);
          if (kept < DIGEST_HEAD) body.chunks.push(Buffer.from(bytes.subarray(0, DIGEST_HEAD - kept)));
        } else body.chunks.push(part);
        body.got += part.length;
        data = data.subarray(part.length);
        if (body.got === body.size + 1) {
          this.body = null;
          if (body.hash) this.answer({ size: body.size, sha256: body.hash.digest("hex"), head: Buffer.concat(body.chunks) });
          else {
            const all = Buffer.concat(body.chunks);
            this.answer(all.subarray(0, all.length - 1), body.type, body.oid);
          }
        }
        continue;
      }
      // Only a header split across chunks is ever copied; blobs are sliced, not concatenated.
      const joined = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data.subarray(at)]);
      if (joined !== data) at = 0;
      const eol = joined.indexOf(10, at);
      if (eol === -1) {
        this.buffer = Buffer.from(joined.subarray(at));
        return;
      }
      this.buffer = EMPTY;
      // "<oid> <type> <size>" or "<name> missing" / "<name> ambiguous": read from the bytes, the
      // size last, so a name with spaces cannot shift the fields.
      const sizeAt = joined.lastIndexOf(32, eol) + 1;
      const typeAt = sizeAt > at + 1 ? joined.lastIndexOf(32, sizeAt - 2) + 1 : 0;
      const size = typeAt > at ? decimalAt(joined, sizeAt, eol) : -1;
      data = joined;
      if (size < 0) {
        this.answer(null);
        at = eol + 1;
        continue;
      }
      const start = eol + 1;
      const { digest, typed } = this.pending[this.first].request;
      if (!digest && start + size < joined.length) {
        // The whole body and its newline are here: answered with a view of this chunk, no copy
        // (the type and the name it resolved only for a call that asks for them).
        const content = joined.subarray(start, start + size);
        if (typed) this.answer(content, joined.toString("latin1", typeAt, sizeAt - 1), joined.toString("latin1", at, typeAt - 1));
        else this.answer(content);
        at = start + size + 1;
        continue;
      }
      this.body = {
        oid: joined.toString("latin1", at, typeAt - 1),
        size,
        type: joined.toString("latin1", typeAt, sizeAt - 1),
        chunks: [],
        got: 0,
        hash: digest ? sha256Hash() : null,
      };
      at = start;
    }
  }
}

/** One answer to one call; the call resolves with its last. */
function deliver(request: Request, oid: string, content: Buffer | BlobDigest | null, type: string, found: string): void {
  request.results.set(oid, request.typed && content ? ({ type, content, oid: found } as unknown as Buffer) : content);
  if (--request.remaining === 0) request.resolve(request.results);
}

/** The decimal number bytes[from, to) spell, or -1 when they are not one ("missing", "ambiguous"). */
function decimalAt(bytes: Buffer, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function unrefStream(stream: unknown): void {
  (stream as { unref?: () => void }).unref?.();
}
