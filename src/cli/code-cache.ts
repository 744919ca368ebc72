import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/**
 * The command line's code, compiled through V8's code cache of its own.
 *
 * Node 22+ keeps a compile cache of ES modules, yet it holds only what V8 compiles when a
 * module loads; the functions V8 compiles later, as they are first called (the YAML parser,
 * the manifest scan, the history's replay: about 580 in a history), are compiled again on
 * every run, and Node 20 has no compile cache at all. The command line's code (dist/engine.cjs,
 * and cel.cjs and sigstore.cjs when a run needs them) is therefore a CommonJS bundle compiled
 * here as a `vm.Script`, whose cache is written after a run, with every function the run
 * compiled. A history of 1,500 promotions ran 10-13 ms faster on Node 20 and 17 ms faster on
 * Node 24 than with the ES modules and Node's cache (see README, Performance).
 *
 * The cache lives where Node's does: in NODE_COMPILE_CACHE if set, else in the temporary
 * folder's node-compile-cache, in a folder of the user's own; NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. V8 accepts cached code for a source of the same length, so each file is
 * named and headed by a key: the build, the file's size and time, the command, the Node.js
 * version and its flags; a file under another key, or not the user's own, or writable by
 * others, is not read. Cached code only saves compiling: V8 checks it and compiles from the
 * source when it does not fit, so a stale or broken file costs time, never a wrong result.
 */
export class CodeCache {
  private readonly scripts: { script: Script; file: string | null; key: string; fresh: boolean; compiled: number }[] = [];

  /** `dir` null: no cache (compiled from source each time); `build` names the build the bundles come from. */
  constructor(
    private readonly dir: string | null,
    private readonly build: string,
    private readonly v8: typeof import("node:v8"),
  ) {}

  /**
   * V8 checks a code cache's version, flags and the source's length, and its checksum only in
   * debug builds: a cache damaged on disk at the right length crashed Node.js (a segfault, four
   * bytes changed). With --verify-snapshot-checksum V8 writes the checksum and rejects a cache
   * that does not match it (Node.js's own compile cache keeps a checksum of its own for the same
   * reason). The flag is on only while this cache's code is read or written: Node's own modules
   * come with code caches made without a checksum, which V8 would reject while it is on, and
   * compile afresh (4-5 ms more on Node 24 for those a history loads).
   */
  private checksummed<T>(f: () => T): T {
    this.v8.setFlagsFromString("--verify-snapshot-checksum");
    try {
      return f();
    } finally {
      this.v8.setFlagsFromString("--no-verify-snapshot-checksum");
    }
  }

  /** Runs a CommonJS bundle (its module.exports), through the cache; `variant` keeps one cache per command. */
  load(path: string, variant = ""): unknown {
    const source = readFileSync(path, "utf8");
    const stat = statSync(path);
    const name = path.slice(dirname(path).length + 1);
    const key = [
      "modelgate-code-cache-1",
      this.build,
      name,
      stat.size,
      Math.trunc(stat.mtimeMs),
      variant,
      process.version,
      process.arch,
      hash(`${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`),
    ].join(" ");
    const file = this.dir === null ? null : join(this.dir, `${name}-${hash(key)}.bin`);
    const cached = file === null ? undefined : readOwn(file, key);
    const wrapped = `(function (${WRAPPER_PARAMETERS.join(", ")}) {${source}\n})`;
    const script =
      file === null ? new Script(wrapped, { filename: path }) : this.checksummed(() => new Script(wrapped, { filename: path, cachedData: cached?.data }));
    const fresh = cached === undefined || script.cachedDataRejected === true;
    this.scripts.push({ script, file, key, fresh, compiled: cached?.compiled ?? 0 });
    const module = { exports: {} as unknown };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    // A bundle's own lazily loaded parts (CEL, sigstore) come through here too, each with its own cache.
    const loadPart = (part: string) => this.load(join(dirname(path), part));
    wrapper(module.exports, createRequire(path), module, path, dirname(path), loadPart);
    return module.exports;
  }

  /**
   * Writes the cache of every script that had none (or a rejected one), with all the functions
   * compiled so far; called once a run has ended normally, so the cache holds what a whole run
   * of the command compiles. A cache written by a short run (a check of a pull request that
   * touches nothing) is written again by a run that ends with more bytecode in V8's heap than the
   * run that wrote it, by more than the 16 kB two runs of one command differ (measured: 0-4 kB;
   * a check that runs gates has 50-70 kB more than one that touches nothing). Any failure only
   * leaves the cache as it was.
   */
  save(): void {
    if (this.dir === null) return;
    const compiled = this.v8.getHeapCodeStatistics().bytecode_and_metadata_size;
    let pruned = false;
    for (const { script, file, key, fresh, compiled: before } of this.scripts) {
      if (file === null || (!fresh && compiled <= before + 16_384)) continue;
      const partial = `${file}.${process.pid}`;
      try {
        if (!ownFolder(this.dir)) return;
        if (!pruned) pruned = prune(this.dir);
        writeFileSync(partial, Buffer.concat([Buffer.from(`${key}\n${compiled}\n`), this.checksummed(() => script.createCachedData())]), {
          mode: 0o600,
          flag: "wx",
        });
        renameSync(partial, file);
      } catch {
        try {
          unlinkSync(partial);
        } catch {
          // nothing was written
        }
      }
    }
  }
}

/** What a CommonJS module's code is given (Node's own five), and the hook for the bundle's parts. */
const WRAPPER_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname", "__modelgateLoadCached"];

/** modelgate's folder in Node's compile cache, or null when the cache is turned off. */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE === "1") return null;
  const base = env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache");
  return join(base, `modelgate-${process.getuid?.() ?? "user"}`);
}

/**
 * Each build, command and Node.js writes files of its own, and a cache in use is only read:
 * when it writes, the command line removes the files it wrote more than 30 days ago (a cache
 * still in use is then written again, once).
 */
function prune(dir: string): true {
  const old = Date.now() - 30 * 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    try {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isFile() && (name.endsWith(".bin") || /\.bin\.\d+$/.test(name)) && stat.mtimeMs < old) unlinkSync(path);
    } catch {
      // another run removed it
    }
  }
  return true;
}

/** The folder exists (made now if not), is a folder of this user's, and only this user may write in it. */
function ownFolder(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  return stat.isDirectory() && ownedAndPrivate(stat);
}

function ownedAndPrivate(stat: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/**
 * The cached code in `file`, and how much code the run that wrote it had compiled, when it is a
 * regular file of this user's, in a folder of this user's, headed by `key`.
 */
function readOwn(file: string, key: string): { data: Buffer; compiled: number } | undefined {
  let fd: number | undefined;
  try {
    const folder = lstatSync(dirname(file));
    if (!folder.isDirectory() || !ownedAndPrivate(folder)) return undefined;
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownedAndPrivate(stat)) return undefined;
    const data = readFileSync(fd);
    const header = Buffer.from(`${key}\n`);
    if (data.length <= header.length || !data.subarray(0, header.length).equals(header)) return undefined;
    const end = data.indexOf(10, header.length);
    const compiled = Number(data.subarray(header.length, end).toString("latin1"));
    return end > header.length && Number.isSafeInteger(compiled) ? { data: data.subarray(end + 1), compiled } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** FNV-1a, 32 bits, in hex: a short name for a key (the key itself is checked in the file). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
