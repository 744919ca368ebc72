import { describe, expect, it } from "vitest";
import { runGate } from "../../support/gate.js";

const gate = (paths: string[]) => ({ type: "required", paths });

describe("required gate", () => {
  it("passes when every path is present", async () => {
    const r = await runGate({ gate: gate(["version", "owner.team"]), candidate: { version: "v1", owner: { team: "ml" } } });
    expect(r.status).toBe("pass");
  });

  it("fails on a missing path and points at the deepest part that exists", async () => {
    const r = await runGate({ gate: gate(["owner.team"]), candidate: { version: "v1", owner: {} } });
    expect(r.status).toBe("fail");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: "owner.team", message: "owner.team is missing", file: "models/m/manifest_active.json", line: 3 });
  });

  it("fails on null values", async () => {
    const r = await runGate({ gate: gate(["owner"]), candidate: { owner: null } });
    expect(r.status).toBe("fail");
    expect(r.findings[0].message).toBe("owner is null");
  });

  it("with wildcards, requires the last key in every place the wildcards reach", async () => {
    const candidate = { targets: { reject: { threshold: 0.5 }, break: {} } };
    const r = await runGate({ gate: gate(["targets.*.threshold"]), candidate });
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.message)).toEqual(["targets.break.threshold is missing"]);
  });

  it("works over lists with wildcards and indexes", async () => {
    const candidate = { splits: [{ name: "train", auc: 0.9 }, { name: "test" }] };
    expect((await runGate({ gate: gate(["splits.*.auc"]), candidate })).findings.map((f) => f.path)).toEqual(["splits[1].auc"]);
    expect((await runGate({ gate: gate(["splits[0].auc"]), candidate })).status).toBe("pass");
  });
});
