import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { auditWorkflow, pagesWorkflow, workflow } from "../../src/init.js";
import { ROOT } from "../support/cli.js";

/** Every `run:` script in a workflow, with where it is. */
function runScripts(node: unknown, where: string, out: Array<{ where: string; script: string }> = []) {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) runScripts(n, `${where}[${i}]`, out);
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "run" && typeof v === "string") out.push({ where: `${where}.run`, script: v });
      else runScripts(v, `${where}.${k}`, out);
    }
  }
  return out;
}

/** Workflows shown in the documentation: YAML blocks with `jobs:`. */
function documentedWorkflows(): Array<{ name: string; text: string }> {
  const docs = ["README.md", "SECURITY.md", ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`)];
  for (const ex of readdirSync(join(ROOT, "examples"))) docs.push(`examples/${ex}/README.md`);
  return docs.flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((m, i) => ({ name: `${file} block ${i + 1}`, text: m[1] }))
      .filter((b) => /^jobs:/m.test(b.text)),
  );
}

describe("workflows in the README, the docs and what init writes", () => {
  const all = [
    ...documentedWorkflows(),
    { name: "init (reviews)", text: workflow(true) },
    { name: "init", text: workflow(false) },
    { name: "init (audit)", text: auditWorkflow() },
    { name: "init --pages", text: pagesWorkflow() },
  ];

  it("are found (the scan below scans something)", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.some((w) => runScripts(parse(w.text), w.name).length > 0)).toBe(true);
  });

  it.each(all.map((w) => [w.name, w.text]))("%s puts no expression inside run: (outputs reach the shell through env:)", (name, text) => {
    const scripts = runScripts(parse(text), name);
    expect(scripts.filter((s) => s.script.includes("${{")).map((s) => s.where)).toEqual([]);
  });

  it("the README shows exactly the workflow init writes", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(workflow(true));
  });

  it("the Pages workflow: actions pinned by SHA, only the deploy job may write to Pages, and it publishes what modelgate site wrote", () => {
    const w = parse(pagesWorkflow());
    const steps = [...w.jobs.build.steps, ...w.jobs.deploy.steps];
    for (const s of steps.filter((x: { uses?: string }) => x.uses)) expect(s.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    expect(steps.map((s: { uses?: string }) => s.uses?.split("@")[0]).filter(Boolean)).toEqual([
      "actions/checkout",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ]);
    expect(w.permissions).toEqual({ contents: "read" });
    expect(w.jobs.build.permissions).toBeUndefined();
    expect(w.jobs.deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(w.jobs.deploy.environment.name).toBe("github-pages");
    expect(w.jobs.build.steps.find((s: { run?: string }) => s.run?.includes(" site "))?.run).toMatch(/^npx --yes modelgate@\d+\.\d+\.\d+ site --out _site$/);
    expect(w.jobs.build.steps.find((s: { with?: { path?: string } }) => s.with?.path)?.with.path).toBe("_site");
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(pagesWorkflow());
  });

  it("the scan catches the injectable form the README used to show", () => {
    const old = `jobs:\n  d:\n    steps:\n      - run: |\n          echo '${"${{"} steps.gate.outputs.changes }}' | jq .\n`;
    expect(runScripts(parse(old), "old").filter((s) => s.script.includes("${{"))).toHaveLength(1);
  });
});
