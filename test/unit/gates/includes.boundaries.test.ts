import { describe, expect, it } from "vitest";
import { runGateFast as run } from "../../support/gate.js";

describe("includes: keys of an object, values of a list", () => {
  it("keys: names the keys that lack, and refuses what is not an object", async () => {
    const gate = { type: "includes", path: "card", keys: ["owner", "limits"] };
    const r = await run({ gate, candidate: { card: { owner: "a" } } });
    expect(r).toMatchObject({ status: "fail", message: "1 place lack required entries" });
    expect(r.findings[0]).toMatchObject({ observed: ["owner"], limit: ["owner", "limits"], message: 'card lacks "limits"' });
    expect(await run({ gate, candidate: { card: { owner: "a", limits: null } } })).toMatchObject({
      status: "pass",
      message: "1 match of card include all 2 keys",
    });
    for (const bad of [null, ["owner", "limits"], "owner"]) {
      const b = await run({ gate, candidate: { card: bad } });
      expect(b.findings[0].message, JSON.stringify(bad)).toBe("card is not an object");
    }
  });

  it("values: by value, in any order; refuses what is not a list", async () => {
    const gate = { type: "includes", path: "tags.*", values: ["audited", { by: "risk" }] };
    const ok = await run({ gate, candidate: { tags: { a: [{ by: "risk" }, "audited", "x"], b: ["audited", { by: "risk" }] } } });
    expect(ok).toMatchObject({ status: "pass", message: "2 matches of tags.* include all 2 values" });
    const r = await run({ gate, candidate: { tags: { a: ["audited"], b: "audited" } } });
    expect(r.message).toBe("2 places lack required entries");
    expect(r.findings.map((f) => f.message)).toEqual(['tags.a lacks {"by":"risk"}', "tags.b is not a list"]);
  });

  it("a path that matches nothing fails", async () => {
    expect(await run({ gate: { type: "includes", path: "tags", values: ["a"] }, candidate: { x: 1 } })).toMatchObject({
      status: "fail",
      message: "tags is missing",
    });
  });
});
