import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BlobReader } from "../../src/git/blob-reader.js";
import { TestRepo } from "../support/repo.js";

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
