import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { presetNames, readPreset } from "../../src/bundled.js";
import { GATE_TYPES } from "../../src/core/gates/index.js";
import { loadPolicy } from "../../src/core/policy.js";

const ROOT = join(import.meta.dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("starts with the demo and test commands", () => {
    const firstBlock = README.slice(README.indexOf("```sh"), README.indexOf("```", README.indexOf("```sh") + 5));
    expect(firstBlock).toContain("npm ci && npm run demo");
    expect(firstBlock).toContain("npm ci && npm test");
  });

  it("every policy example loads, with the real presets", async () => {
    const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.startsWith("version: 1"));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const text of blocks) {
      const policy = await loadPolicy({ readRepoFile: async (p) => (p === "policy.yaml" ? text : null), readPreset, presetNames }, "policy.yaml");
      expect(policy.gates.length).toBeGreaterThan(0);
    }
  });

  it("documents every gate type and every preset", async () => {
    for (const type of GATE_TYPES.keys()) expect(README).toContain(`| \`${type}\` |`);
    for (const name of await presetNames()) expect(README).toContain(`\`modelgate:${name}\``);
  });
});

describe("docs/ preset pages", () => {
  it("every preset has a page naming each of its gate ids", async () => {
    const { parse } = await import("yaml");
    for (const name of await presetNames()) {
      const page = readFileSync(join(ROOT, "docs", `${name}.md`), "utf8");
      const preset = parse((await readPreset(name)) as string) as { gates: Array<{ id: string }> };
      for (const g of preset.gates) expect(page, `${name}: ${g.id}`).toContain(`| \`${g.id}\` |`);
      expect(README).toContain(`(docs/${name}.md)`);
    }
  });
});
