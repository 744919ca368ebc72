import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlobReader } from "../../src/git/blob-reader.js";
import { TestRepo, tempDir } from "../support/repo.js";

describe("blobs hashed as they stream from git cat-file", () => {
  it("large and small blobs, interleaved with whole reads: the right sha256 and size, and only the first KiB kept", async () => {
    const r = new TestRepo();
    const big = randomBytes(24 * 1024 * 1024 + 7);
    const small = Buffer.from("small\n");
    const empty = Buffer.alloc(0);
    const oids = [big, small, empty].map((b) => {
      const path = `${r.dir}/blob-${b.length}`;
      writeFileSync(path, b);
      return r.git("hash-object", "-w", path).trim();
    });
    const reader = new BlobReader(r.dir);
    try {
      const [digests, whole] = await Promise.all([reader.digest([...oids, "0".repeat(40)]), reader.read([oids[1]])]);
      const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
      expect(digests.get(oids[0])).toEqual({ size: big.length, sha256: sha(big), head: big.subarray(0, 1024) });
      expect(digests.get(oids[1])).toEqual({ size: small.length, sha256: sha(small), head: small });
      expect(digests.get(oids[2])).toEqual({ size: 0, sha256: sha(empty), head: empty });
      expect(digests.get("0".repeat(40))).toBeNull();
      expect(whole.get(oids[1])).toEqual(small);
    } finally {
      reader.close();
    }
  });
});

describe("answers split anywhere by the pipe", () => {
  it("headers, bodies and their newlines cut into pieces of 1 to 40 bytes: every object read whole, missing ones null, in any mix of calls", async () => {
    const r = new TestRepo();
    // Blobs of every size from 0 to 120 bytes (a header's size changes length at 10 and 100), and a few larger.
    const contents = [...Array.from({ length: 121 }, (_, n) => Buffer.from("x".repeat(n))), randomBytes(200), randomBytes(1_000), randomBytes(3_000)];
    const oids = contents.map((b, i) => {
      const path = join(r.dir, `blob-${i}`);
      writeFileSync(path, b);
      return r.git("hash-object", "-w", path).trim();
    });
    // A git on PATH that runs the real one and passes its output on in pieces of 1 to 40 bytes, one write each, a turn of the event loop apart.
    const shim = tempDir("modelgate-dribble-");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      join(shim, "git"),
      `#!${process.execPath}
const { spawn } = require("node:child_process");
const child = spawn(${JSON.stringify(real)}, process.argv.slice(2), { stdio: ["inherit", "pipe", "inherit"] });
let seed = 7;
const pieces = [];
let busy = false;
let done = null;
const next = () => {
  const piece = pieces.shift();
  if (!piece) { busy = false; if (done !== null) process.exit(done); return; }
  busy = true;
  process.stdout.write(piece, () => setImmediate(next));
};
child.stdout.on("data", (data) => {
  for (let at = 0; at < data.length; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const n = 1 + (seed % 40);
    pieces.push(data.subarray(at, at + n));
    at += n;
  }
  if (!busy) next();
});
child.on("close", (code) => { done = code ?? 1; if (!busy) process.exit(done); });
`,
      { mode: 0o755 },
    );
    const path = process.env.PATH;
    process.env.PATH = `${shim}:${path}`;
    const reader = new BlobReader(r.dir);
    try {
      const missing = "1".repeat(40);
      const half = Math.floor(oids.length / 2);
      const [first, second, digests] = await Promise.all([
        reader.read([...oids.slice(0, half), missing]),
        reader.read(oids.slice(half)),
        reader.digest(oids.slice(-5)),
      ]);
      for (const [i, oid] of oids.entries()) expect((i < half ? first : second).get(oid), `blob ${i}`).toEqual(contents[i]);
      expect(first.get(missing)).toBeNull();
      for (const [i, oid] of oids.slice(-5).entries()) {
        const b = contents[contents.length - 5 + i];
        expect(digests.get(oid)).toEqual({ size: b.length, sha256: createHash("sha256").update(b).digest("hex"), head: b.subarray(0, 1024) });
      }
      const typed = await reader.objects([`${oids[3]}`, "HEAD^{tree}"]);
      expect(typed.get(oids[3])).toEqual({ oid: oids[3], type: "blob", content: contents[3] });
    } finally {
      reader.close();
      process.env.PATH = path;
    }
  });
});

describe("a read that joins one on its way", () => {
  it("gets the same answer; when git dies before answering, every read waiting on it fails with git's message, none hangs", async () => {
    const r = new TestRepo();
    const path = join(r.dir, "blob");
    writeFileSync(path, "shared\n");
    const oid = r.git("hash-object", "-w", path).trim();
    const reader = new BlobReader(r.dir);
    try {
      const [a, b] = await Promise.all([reader.read([oid]), reader.read([oid, oid])]);
      expect(a.get(oid)).toEqual(Buffer.from("shared\n"));
      expect(b.get(oid)).toEqual(Buffer.from("shared\n"));
    } finally {
      reader.close();
    }
    // A git whose cat-file reads its first request, says why it stops, and exits.
    const shim = tempDir("modelgate-dying-");
    writeFileSync(join(shim, "git"), "#!/bin/sh\nread line\necho 'fatal: the object store went away' >&2\nexit 128\n", { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${shim}:${saved}`;
    const dying = new BlobReader(r.dir);
    try {
      const first = dying.read([oid]);
      const second = dying.read([oid]);
      const third = dying.read([oid, "2".repeat(40)]);
      for (const p of [first, second, third]) await expect(p).rejects.toThrow(/exited with code 128: fatal: the object store went away/);
    } finally {
      dying.close();
      process.env.PATH = saved;
    }
  });
});
