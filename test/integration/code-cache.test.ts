import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, spawnCliWith } from "../support/cli.js";
import { TestRepo, tempDir } from "../support/repo.js";

// The command line compiles its engine through a V8 code cache of its own (src/cli/code-cache.ts),
// in real processes here: the tests' in-process runner requires the engine without it.

/** A repository with a history (two promotions) and a check between two branches, with a CEL gate. */
function governed(): TestRepo {
  const repo = new TestRepo();
  repo
    .write({
      ".modelgate/policy.yaml":
        'version: 1\ngates:\n  - { id: floor, type: range, path: metrics.auc, gte: 0.7 }\n  - { id: rule, type: expr, expr: "active == null || candidate.metrics.auc >= active.metrics.auc" }\n',
      "models/m/manifest_active.json": { version: "v1", metrics: { auc: 0.8 } },
    })
    .commit("m v1", "2026-01-01T00:00:00Z");
  repo.write({ "models/m/manifest_active.json": { version: "v2", metrics: { auc: 0.85 } } }).commit("m v2", "2026-01-02T00:00:00Z");
  repo.branch("candidate").write({ "models/m/manifest_active.json": { version: "v3", metrics: { auc: 0.9 } } });
  repo.commit("m v3", "2026-01-03T00:00:00Z");
  repo.checkout("main");
  return repo;
}

/** The cache's files, by name, with what identifies each write (inode and time) and the key line heading it. */
function files(dir: string): Map<string, { id: string; key: string; compiled: number; mode: number }> {
  const out = new Map<string, { id: string; key: string; compiled: number; mode: number }>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const stat = lstatSync(join(dir, name));
    const [key, compiled] = stat.isFile() ? readFileSync(join(dir, name)).subarray(0, 400).toString("latin1").split("\n") : ["(link)", "0"];
    out.set(name, { id: `${stat.ino}:${stat.mtimeMs}`, key, compiled: Number(compiled), mode: stat.mode & 0o777 });
  }
  return out;
}

const own = (base: string) => join(base, `modelgate-${process.getuid?.() ?? "user"}`);

describe("the command line's code cache (issue 16)", () => {
  it("is written after a run, one file per command and one for CEL, in a private folder, then read: the same answers, nothing rewritten", () => {
    const repo = governed();
    const base = tempDir();
    const env = { NODE_COMPILE_CACHE: base };
    const dir = own(base);
    const before = repo.snapshot();
    // A check of a pull request that touches nothing runs little of the engine: its cache is
    // written again by the first check that runs the gates, and then kept.
    const quiet = spawnCliWith(repo.dir, env, "check", "--base", "main", "--head", "main", "--format", "json");
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(JSON.parse(quiet.stdout).changes).toEqual([]);
    const short = [...files(dir)].find(([name]) => name.startsWith("engine.cjs-")) as [string, { id: string; compiled: number }];
    expect(short[1].compiled).toBeGreaterThan(0);
    const check = spawnCliWith(repo.dir, env, "check", "--base", "main", "--head", "candidate", "--format", "json");
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).changes[0].gates.map((g: { id: string; status: string }) => `${g.id} ${g.status}`)).toEqual(["floor pass", "rule pass"]);
    const rewritten = files(dir).get(short[0]);
    expect(rewritten?.id).not.toBe(short[1].id);
    expect(rewritten?.compiled).toBeGreaterThan(short[1].compiled + 16_384);
    const history = spawnCliWith(repo.dir, env, "history", "--format", "json");
    expect(history.code, history.stderr).toBe(0);

    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const first = files(dir);
    expect([...first.keys()].map((n) => n.replace(/-[0-9a-f]{8}\.bin$/, "")).sort()).toEqual(["cel.cjs", "engine.cjs", "engine.cjs"]);
    for (const [name, file] of first) {
      expect(file.mode, name).toBe(0o600);
      expect(file.key, name).toContain(process.version);
    }
    const keys = [...first.values()].map((f) => f.key);
    expect(keys.filter((k) => / engine\.cjs .* history /.test(k))).toHaveLength(1);
    expect(keys.filter((k) => / engine\.cjs .* check /.test(k))).toHaveLength(1);

    // Read back: the same output, and no file written again (a rejected or unread cache is rewritten).
    for (let i = 0; i < 2; i++) {
      expect(spawnCliWith(repo.dir, env, "history", "--format", "json").stdout).toBe(history.stdout);
      expect(spawnCliWith(repo.dir, env, "check", "--base", "main", "--head", "candidate", "--format", "json").stdout).toBe(check.stdout);
    }
    expect(files(dir)).toEqual(first);
    // A command's help writes nothing, and nothing is written in the governed repository.
    expect(spawnCliWith(repo.dir, env, "validate", "--help").code).toBe(0);
    expect(files(dir)).toEqual(first);
    expect(repo.snapshot()).toBe(before);
  });

  it("a broken or damaged file, a file under another key, one others may write and a symbolic link are not used, and are replaced by the user's own", () => {
    const repo = governed();
    const base = tempDir();
    const env = { NODE_COMPILE_CACHE: base };
    const dir = own(base);
    const expected = spawnCliWith(repo.dir, env, "history").stdout;
    spawnCliWith(repo.dir, env, "status");
    const [history, status] = ["history", "status"].map((command) => [...files(dir)].find(([, f]) => f.key.includes(` ${command} `))?.[0] as string);
    const path = (name: string) => join(dir, name);
    const outside = join(tempDir(), "elsewhere.bin");
    const damages: Array<[string, () => void]> = [
      ["broken after its key line", () => writeFileSync(path(history), Buffer.concat([readFileSync(path(history)).subarray(0, 300), Buffer.alloc(4096, 7)]))],
      [
        // Damaged at its length: without V8's checksum this crashed Node.js (a segfault).
        "four bytes changed in the cached code",
        () => {
          const data = readFileSync(path(history));
          for (const at of [1000, data.length >> 1]) data.writeUInt32LE((0xffffffff ^ data.readUInt32LE(at)) >>> 0, at);
          writeFileSync(path(history), data);
        },
      ],
      ["status's cache under history's name", () => cpSync(path(status), path(history))],
      ["writable by others", () => chmodSync(path(history), 0o666)],
      ["readable by others, as a checkout writes a file", () => chmodSync(path(history), 0o644)],
      [
        "a symbolic link",
        () => {
          renameSync(path(history), outside);
          symlinkSync(outside, path(history));
        },
      ],
    ];
    for (const [what, damage] of damages) {
      damage();
      const damaged = files(dir).get(history);
      const outsideBefore = existsSync(outside) ? readFileSync(outside) : undefined;
      const again = spawnCliWith(repo.dir, env, "history");
      expect(again.code, `${what}: ${again.stderr}`).toBe(0);
      expect(again.stdout, what).toBe(expected);
      const now = files(dir).get(history);
      expect(now?.id, what).not.toBe(damaged?.id);
      expect(now?.mode, what).toBe(0o600);
      expect(now?.key, what).toMatch(/ history /);
      // A link is replaced, not written through.
      if (outsideBefore) expect(readFileSync(outside).equals(outsideBefore), what).toBe(true);
    }
  });

  it("a folder others may write in is neither read nor written; a write removes month-old files; NODE_DISABLE_COMPILE_CACHE=1 and a usage error write nothing", () => {
    const repo = governed();
    const base = tempDir();
    const env = { NODE_COMPILE_CACHE: base };
    const dir = own(base);
    const expected = spawnCliWith(repo.dir, env, "history").stdout;
    const written = files(dir);
    chmodSync(dir, 0o777);
    for (const name of written.keys()) writeFileSync(join(dir, name), "not cached code");
    expect(spawnCliWith(repo.dir, env, "history").stdout).toBe(expected);
    expect(spawnCliWith(repo.dir, env, "status").code).toBe(0);
    expect([...files(dir).keys()]).toEqual([...written.keys()]);
    for (const name of written.keys()) expect(readFileSync(join(dir, name), "utf8")).toBe("not cached code");

    // A writing run removes the cache's files written more than 30 days ago, and no other file.
    chmodSync(dir, 0o700);
    const month = Date.now() / 1000 - 31 * 24 * 3600;
    writeFileSync(join(dir, "engine.cjs-0badf00d.bin"), "an old build's cache");
    utimesSync(join(dir, "engine.cjs-0badf00d.bin"), month, month);
    for (const other of ["notes.txt", "weights.bin", "engine.cjs.bin"]) {
      writeFileSync(join(dir, other), "not a cache file");
      utimesSync(join(dir, other), month, month);
    }
    writeFileSync(join(dir, "engine.cjs-1badf00d.bin"), "a recent one");
    expect(spawnCliWith(repo.dir, env, "history").stdout).toBe(expected);
    const left = [...files(dir).keys()];
    expect(left).not.toContain("engine.cjs-0badf00d.bin");
    for (const other of ["notes.txt", "weights.bin", "engine.cjs.bin"]) expect(left).toContain(other);
    expect(left).toContain("engine.cjs-1badf00d.bin");
    for (const name of written.keys()) expect(files(dir).get(name)?.key, name).toMatch(/^modelgate-code-cache-2 /);

    const off = tempDir();
    expect(spawnCliWith(repo.dir, { NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: "1" }, "history").stdout).toBe(expected);
    expect(spawnCliWith(repo.dir, { NODE_COMPILE_CACHE: off }, "history", "--format", "xml").code).toBe(2);
    // Node 22+ keeps its own cache of the entry there; modelgate's folder is not made.
    expect(readdirSync(off).filter((name) => name.startsWith("modelgate"))).toEqual([]);
  });

  it("an engine changed after its cache was written runs as changed, even at the same length and time", () => {
    // A copy of the package whose engine names one column of history's table differently, at the same length: V8
    // alone would take the old code for it (it checks a source's length), the key does not.
    const pkg = tempDir();
    for (const part of ["dist", "policies", "schemas", "package.json"]) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    const repo = governed();
    const env = { NODE_COMPILE_CACHE: tempDir() };
    const cli = join(pkg, "dist", "cli.js");
    const once = spawnSync(process.execPath, [cli, "history"], { cwd: repo.dir, encoding: "utf8", env: { ...process.env, ...env } });
    expect(once.stdout).toMatch(/^date +model/);
    const engine = join(pkg, "dist", "engine.cjs");
    const source = readFileSync(engine, "utf8");
    const changed = source.replace('["date", "model", "kind"', '["DATE", "model", "kind"');
    expect(changed.length).toBe(source.length);
    expect(changed).not.toBe(source);
    // Written at the same length and given back its time, as `cp -p`, `touch -r` or an unpacked
    // archive would leave it: the key's inode and change time still tell it from the old one.
    const { mtimeNs } = statSync(engine, { bigint: true });
    const reference = join(pkg, "times");
    writeFileSync(reference, "");
    spawnSync("touch", ["-r", engine, reference]);
    writeFileSync(engine, changed);
    spawnSync("touch", ["-r", reference, engine]);
    expect(statSync(engine, { bigint: true }).mtimeNs).toBe(mtimeNs);
    const twice = spawnSync(process.execPath, [cli, "history"], { cwd: repo.dir, encoding: "utf8", env: { ...process.env, ...env } });
    expect(twice.status, twice.stderr).toBe(0);
    expect(twice.stdout).toMatch(/^DATE +model/);
  });

  it("is not kept in the working folder, nor below a folder others may write in that is not sticky", () => {
    const repo = governed();
    const before = repo.snapshot();
    const expected = spawnCliWith(repo.dir, {}, "history").stdout;
    // Relative (resolved against the working folder: the repository) or inside it: no cache.
    for (const base of [".cache", join(repo.dir, ".cache")]) {
      expect(spawnCliWith(repo.dir, { NODE_COMPILE_CACHE: base }, "history").stdout).toBe(expected);
      expect(existsSync(join(repo.dir, ".cache", `modelgate-${process.getuid?.()}`)), base).toBe(false);
    }
    // Node 22+ may keep its own cache of the entry there; the repository's state is otherwise untouched.
    rmSync(join(repo.dir, ".cache"), { recursive: true, force: true });
    expect(repo.snapshot()).toBe(before);

    // A shared folder others may write in: another user could rename the cache's folder away and
    // put one of theirs in its place. Sticky, as /tmp is, they cannot.
    const shared = join(tempDir(), "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(spawnCliWith(repo.dir, { NODE_COMPILE_CACHE: shared }, "history").stdout).toBe(expected);
    expect(readdirSync(shared).filter((name) => name.startsWith("modelgate"))).toEqual([]);
    chmodSync(shared, 0o1777);
    expect(spawnCliWith(repo.dir, { NODE_COMPILE_CACHE: shared }, "history").stdout).toBe(expected);
    expect([...files(own(shared)).values()].some((f) => / engine\.cjs .* history /.test(f.key))).toBe(true);
  });
});
