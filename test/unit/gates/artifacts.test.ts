import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const gate = { type: "artifacts", path: "artifacts.*" };

describe("artifacts gate", () => {
  it("passes files that exist with matching digests; ./ is relative to the manifest's folder", async () => {
    const candidate = { artifacts: { a: { path: "./model.onnx", sha256: sha("weights") }, b: "models/shared/vocab.txt" } };
    const r = await runGate({ gate, candidate, files: { "models/m/model.onnx": "weights", "models/shared/vocab.txt": "v" } });
    expect(r.status).toBe("pass");
  });

  it("fails on a missing file and on a digest mismatch, with both digests", async () => {
    const candidate = { artifacts: { a: { path: "./model.onnx", sha256: sha("other") }, b: { path: "./gone.bin" } } };
    const r = await runGate({ gate, candidate, files: { "models/m/model.onnx": "weights" } });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.message)).toEqual([
      `artifacts.a: models/m/model.onnx has sha256 ${sha("weights")}, the manifest declares ${sha("other")}`,
      "artifacts.b: models/m/gone.bin does not exist at the head commit",
    ]);
  });

  it("reads the digest of a Git LFS pointer from its oid where the path is filter=lfs, and hashes its bytes elsewhere", async () => {
    const oid = sha("the real 2 GB of weights");
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 2147483648\n`;
    const files = { "models/m/w.bin": pointer };
    const lfs = ["models/m/w.bin"];
    const ok = await runGate({ gate, candidate: { artifacts: { a: { path: "./w.bin", sha256: oid } } }, files, lfs });
    expect(ok.status).toBe("pass");
    const bad = await runGate({ gate, candidate: { artifacts: { a: { path: "./w.bin", sha256: sha("x") } } }, files, lfs });
    expect(bad.status).toBe("fail");
    const untrusted = await runGate({ gate, candidate: { artifacts: { a: { path: "./w.bin", sha256: oid } } }, files });
    expect(untrusted.status).toBe("fail");
    expect(untrusted.findings[0].observed).toBe(sha(pointer));
    expect(untrusted.findings[0].message).toContain("it is a Git LFS pointer, but .gitattributes at the head commit does not mark models/m/w.bin filter=lfs");
  });

  it("refuses paths that leave the repository, without reading them", async () => {
    const candidate = {
      artifacts: { up: "../../../etc/passwd", abs: "/etc/passwd", win: "C:\\model.bin", back: "models\\m\\x", enc: "%2e%2e/secret", nul: "a\u0000b" },
    };
    const r = await runGate({ gate, candidate, files: {} });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.path)).toEqual(["artifacts.up", "artifacts.abs", "artifacts.win", "artifacts.back", "artifacts.enc", "artifacts.nul"]);
    expect(r.findings[0].message).toContain('contains ".."');
    expect(r.findings[1].message).toContain("absolute paths are not allowed");
  });

  it("refuses symbolic links and a manifest pointing at itself", async () => {
    const r = await runGate({
      gate,
      candidate: { artifacts: { link: "./link.bin", self: "./manifest_active.json" } },
      files: { "models/m/link.bin": { symlink: "/etc/passwd" } },
    });
    expect(r.findings.map((f) => f.message)).toEqual([
      "artifacts.link: models/m/link.bin is a symbolic link; artifacts must be regular files",
      "artifacts.self points at the manifest itself",
    ]);
  });

  it("allows remote URIs only where allowed, and then requires a digest", async () => {
    const candidate = {
      artifacts: { a: { uri: "s3://models/m/v2.bin", sha256: sha("x") }, b: { uri: "s3://models/m/v2.idx" }, c: { uri: "https://evil.example/w" } },
    };
    const denied = await runGate({ gate, candidate });
    expect(denied.findings).toHaveLength(3);
    const allowed = await runGate({ gate: { ...gate, allow_remote: ["s3://models/"] }, candidate });
    expect(allowed.findings.map((f) => f.message)).toEqual([
      "artifacts.b: remote artifact s3://models/m/v2.idx has no sha256 digest",
      "artifacts.c: remote artifact https://evil.example/w is not allowed by this gate",
    ]);
  });

  it("honours digest_key and rejects malformed digests", async () => {
    const r = await runGate({
      gate: { ...gate, digest_key: "checksum" },
      candidate: { artifacts: { a: { path: "./x", checksum: "abc" } } },
      files: { "models/m/x": "x" },
    });
    expect(r.findings[0].message).toBe("artifacts.a.checksum is not a sha256 digest (64 hex digits)");
  });
});
