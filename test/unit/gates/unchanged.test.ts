import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

describe("unchanged gate", () => {
  it("passes when the value is the same, key order aside", async () => {
    const r = await runGate({
      gate: { type: "unchanged", path: "features" },
      candidate: { version: "v2", features: { v: 3, set: "a" } },
      active: { version: "v1", features: { set: "a", v: 3 } },
    });
    expect(r.status).toBe("pass");
  });

  it("fails on a change, naming both values", async () => {
    const r = await runGate({
      gate: { type: "unchanged", path: "feature_version" },
      candidate: { feature_version: "fv4" },
      active: { feature_version: "fv3" },
    });
    expect(r.status).toBe("fail");
    expect(r.findings[0]).toMatchObject({ path: "feature_version", observed: "fv4", active: "fv3", message: 'feature_version changed from "fv3" to "fv4"' });
  });

  it("counts a value added or removed as a change", async () => {
    const added = await runGate({ gate: { type: "unchanged", path: "hashes.*" }, candidate: { hashes: { a: "1", b: "2" } }, active: { hashes: { a: "1" } } });
    expect(added.findings.map((f) => f.path)).toEqual(["hashes.b"]);
    const removed = await runGate({ gate: { type: "unchanged", path: "hashes.*" }, candidate: { hashes: {} }, active: { hashes: { a: "1" } } });
    expect(removed.status).toBe("fail");
  });
});
