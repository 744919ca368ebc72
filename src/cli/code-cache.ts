import {
  type BigIntStats,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { Script } from "node:vm";

/**
 * The command line's code, compiled through V8's code cache of its own.
 *
 * Node 22+ keeps a compile cache of ES modules, yet it holds only what V8 compiles when a
 * module loads; the functions V8 compiles later, as they are first called (the YAML parser,
 * the manifest scan, the history's replay: about 525 in a history), are compiled again on
 * every run, and Node 20 has no compile cache at all. The command line's code (dist/engine.cjs,
 * and cel.cjs and sigstore.cjs when a run needs them) is therefore a CommonJS bundle compiled
 * here as a `vm.Script`, whose cache is written after a run, with every function the run
 * compiled. A history of 1,500 promotions ran about 20 ms faster on Node 20 and 13 ms faster
 * on Node 24 than with the ES modules and Node's cache (see README, Performance).
 *
 * Where the cache lives and what it trusts (codeCacheDir, trusted, readOwn): a private folder
 * of the user's, never in the working folder, below folders no other user can swap; private
 * files of the user's, each named and headed by a key that names the build, the engine file
 * (size, inode, modification and change times: V8 itself compares only the source's length),
 * the command, Node.js and its options. V8 verifies the checksum (checksummed). Cached code
 * only saves compiling: a stale, damaged or missing file costs time, never a different result.
 */
/** A bundle this run compiled: its script, its cache file (null: no cache) and key, whether the cache was missing or refused, and the bytecode count its cache was written with. */
interface Loaded {
  script: Script;
  file: string | null;
  key: string;
  fresh: boolean;
  compiled: number;
}

export class CodeCache {
  private readonly scripts: Loaded[] = [];

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

  /** Whether the folder exists and it and every folder above it pass `trusted` (checked once a run). */
  private readable(): boolean {
    this.checked ??= this.dir !== null && trusted(this.dir, false);
    return this.checked;
  }
  private checked: boolean | undefined;

  /** Runs a CommonJS bundle (its module.exports), through the cache; `variant` keeps one cache per command. */
  load(path: string, variant = ""): unknown {
    // Read and identified through one descriptor: the key names the very text compiled. V8
    // compares only a source's length; the inode and the change time (which no copy, touch or
    // unpacking can set) tell an engine edited or replaced at the same length from the old one.
    const fd = openSync(path, "r");
    let source: string;
    let stat: BigIntStats;
    try {
      stat = fstatSync(fd, { bigint: true });
      source = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
    const name = path.slice(dirname(path).length + 1);
    const key = [
      "modelgate-code-cache-2",
      this.build,
      name,
      stat.size,
      stat.ino,
      stat.mtimeNs,
      stat.ctimeNs,
      variant,
      process.version,
      process.arch,
      hash(`${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`),
    ].join(" ");
    const file = this.dir === null ? null : join(this.dir, `${name}-${hash(key)}.bin`);
    const cached = file === null || !this.readable() ? undefined : readOwn(file, key);
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
   * a check that runs gates has 50-70 kB more than one that touches nothing). Counting walks the
   * heap, about 2 ms a run; the run's time would be cheaper but cannot tell: the run that wrote
   * a cache compiled everything, so a run that compiles what its cache lacks is still faster.
   * Any failure only leaves the cache as it was.
   */
  save(): void {
    const dir = this.dir;
    if (dir === null) return;
    const compiled = this.v8.getHeapCodeStatistics().bytecode_and_metadata_size;
    const due = this.scripts.filter((s): s is Loaded & { file: string } => s.file !== null && (s.fresh || compiled > s.compiled + 16_384));
    if (due.length === 0 || !trusted(dir, true)) return;
    let pruned = false;
    for (const { script, file, key } of due) {
      // A name no other process picks (two may share a pid across containers); only a file this
      // run created is removed.
      const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
      let created = false;
      try {
        if (!pruned) pruned = prune(dir);
        const data = this.checksummed(() => script.createCachedData());
        writeFileSync(partial, `${key}\n${compiled}\n`, { mode: 0o600, flag: "wx" });
        created = true;
        writeFileSync(partial, data, { flag: "a" });
        renameSync(partial, file);
      } catch {
        try {
          if (created) unlinkSync(partial);
        } catch {
          // nothing was written
        }
      }
    }
  }
}

/** What a CommonJS module's code is given (Node's own five), and the hook for the bundle's parts. */
const WRAPPER_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname", "__modelgateLoadCached"];

/**
 * The cache's folder, or null when the cache is off: `modelgate-code-cache-UID` in the temporary
 * folder, or `modelgate-UID` in NODE_COMPILE_CACHE when that names an absolute folder outside
 * the working folder (a relative one is resolved against it: a folder of the governed
 * repository, which the command line never writes in). Off without user ids (Windows), where
 * nothing below can tell a folder of the user's from another's.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv, cwd = process.cwd()): string | null {
  const uid = process.getuid?.();
  if (env.NODE_DISABLE_COMPILE_CACHE === "1" || uid === undefined) return null;
  const base = env.NODE_COMPILE_CACHE;
  const dir = base ? join(base, `modelgate-${uid}`) : join(tmpdir(), `modelgate-code-cache-${uid}`);
  if (!isAbsolute(dir)) return null;
  const inside = relative(cwd, dir);
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? dir : null;
}

/**
 * Whether the folder can hold code this user runs: it is (made now, with `make`, if it is not)
 * a folder of the user's that no one else may read or write, and every folder above it (its
 * real path) belongs to the user or to root and is writable by no one else or sticky, as /tmp
 * is: no other user can rename it, or a folder above it, out from under the run and put
 * another in its place.
 */
function trusted(dir: string, make: boolean): boolean {
  try {
    const uid = process.getuid?.();
    if (make) mkdirSync(dirname(dir), { recursive: true });
    for (let above = realpathSync(dirname(dir)); ; above = dirname(above)) {
      const stat = lstatSync(above);
      if ((stat.uid !== uid && stat.uid !== 0) || ((stat.mode & 0o022) !== 0 && (stat.mode & 0o1000) === 0)) return false;
      if (dirname(above) === above) break;
    }
    if (make) {
      try {
        mkdirSync(dir, { mode: 0o700 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") return false;
      }
    }
    const own = lstatSync(dir);
    return own.isDirectory() && own.uid === uid && (own.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/**
 * Each build, command and Node.js writes files of its own, and a cache in use is only read:
 * when it writes, the command line removes the files it wrote more than 30 days ago (a cache
 * still in use is then written again, once).
 */
function prune(dir: string): true {
  const old = Date.now() - 30 * 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    if (!CACHE_FILE.test(name)) continue;
    try {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isFile() && stat.mtimeMs < old) unlinkSync(path);
    } catch {
      // another run removed it
    }
  }
  return true;
}

/** The names the cache gives its files, and their partial files while written. */
const CACHE_FILE = /^(?:engine|cel|sigstore)\.cjs-[0-9a-f]{8}\.bin(?:\.\d+-[0-9a-z]+)?$/;

/**
 * The cached code in `file` (in a folder `trusted` has passed), and how much code the run that
 * wrote it had compiled, when it is a regular file of this user's that no one else may read or
 * write, headed by `key`.
 */
function readOwn(file: string, key: string): { data: Buffer; compiled: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.uid !== process.getuid?.() || (stat.mode & 0o077) !== 0) return undefined;
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
