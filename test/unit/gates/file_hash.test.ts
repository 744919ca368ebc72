import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";
import { tempDir } from "../../support/repo.js";

const files = { "data/train.csv": "a,b\n1,2\n", "data/labels.csv": "y\n1\n", "data/README.md": "about\n" };

/** The documented recipe, run with coreutils: sha256sum of the files sorted by path, hashed again. */
function coreutilsHash(paths: string[]): string {
  const dir = tempDir("modelgate-hash-");
  for (const p of paths) {
    execFileSync("mkdir", ["-p", join(dir, p, "..")]);
    writeFileSync(join(dir, p), files[p as keyof typeof files]);
  }
  const listing = execFileSync("sha256sum", [...paths].sort(), { cwd: dir, encoding: "utf8" });
  return execFileSync("sha256sum", { input: listing, encoding: "utf8" }).split(" ")[0];
}

describe("file_hash gate", () => {
  it("recomputes the hash from globs exactly as `sha256sum FILES | sha256sum` does", async () => {
    const want = coreutilsHash(["data/labels.csv", "data/train.csv"]);
    const gate = { type: "file_hash", path: "dataset_hash", files: ["data/*.csv"] };
    expect((await runGate({ gate, candidate: { dataset_hash: want }, files })).status).toBe("pass");
    expect((await runGate({ gate, candidate: { dataset_hash: `sha256:${want}` }, files })).status).toBe("pass");
    const changed = await runGate({ gate, candidate: { dataset_hash: want }, files: { ...files, "data/train.csv": "a,b\n1,3\n" } });
    expect(changed.status).toBe("fail");
    expect(changed.findings[0]).toMatchObject({ path: "dataset_hash", limit: want });
  });

  it("reads the file list from the manifest, refusing paths outside the repository", async () => {
    const want = coreutilsHash(["data/train.csv"]);
    const gate = { type: "file_hash", path: "dataset_hash", files_from: "dataset_paths" };
    expect((await runGate({ gate, candidate: { dataset_hash: want, dataset_paths: ["data/train.csv"] }, files })).status).toBe("pass");
    const outside = await runGate({ gate, candidate: { dataset_hash: want, dataset_paths: ["/data/train.parquet"] }, files });
    expect(outside.findings[0].message).toContain("absolute paths are not allowed");
    const missing = await runGate({ gate, candidate: { dataset_hash: want, dataset_paths: ["data/gone.csv"] }, files });
    expect(missing.findings[0].message).toBe("data/gone.csv does not exist at the head commit");
  });

  it("refuses a declared value that is not a sha256", async () => {
    const r = await runGate({ gate: { type: "file_hash", path: "h", files: ["data/*"] }, candidate: { h: "a1b2c3d4" }, files });
    expect(r.findings[0].message).toBe("h must be 64 hex digits, optionally prefixed sha256:");
  });
});
