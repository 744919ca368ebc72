import { parseDocument } from "../../src/core/document.js";
import { GATE_TYPES } from "../../src/core/gates/index.js";
import type { HistoryEvent } from "../../src/core/history.js";
import { digestOf } from "../../src/core/lfs.js";
import type { ChangeKind, GateConfig, GateOutcome, PullRequestInfo, RepoFile } from "../../src/core/model.js";
import { schemaCompiler } from "../../src/core/schemas.js";

export interface GateCase {
  gate: Partial<GateConfig> & { type: string };
  candidate?: unknown;
  active?: unknown;
  /** Files at head, for gates that read them: text, or { symlink: target }. */
  files?: Record<string, string | Uint8Array | { symlink: string }>;
  kind?: ChangeKind;
  /** Paths that .gitattributes marks filter=lfs: only there does a pointer stand for its object. */
  lfs?: string[];
  /** Schema files at the policy's commit. */
  schemas?: Record<string, string>;
  /** The manifest's events on the base branch, oldest first: when, and the manifest after. */
  history?: Array<{ date: string; kind?: ChangeKind; manifest: Record<string, unknown> | null; pr?: number }>;
  now?: string;
  pr?: PullRequestInfo;
}

export const MANIFEST = "models/m/manifest_active.json";

/** Runs one gate type on manifests given as values, the way the engine does. */
export async function runGate(c: GateCase): Promise<GateOutcome> {
  const type = GATE_TYPES.get(c.gate.type);
  if (!type) throw new Error(`no gate type ${c.gate.type}`);
  const gate = { id: "g", severity: "error", on: ["promotion"], ...c.gate } as GateConfig;
  const doc = (v: unknown) => (v === undefined ? null : parseDocument(MANIFEST, `${JSON.stringify(v, null, 2)}\n`));
  const files = c.files ?? {};
  const readFiles = (paths: string[]) => {
    const out = new Map<string, RepoFile | null>();
    for (const p of paths) {
      const f = files[p];
      if (f === undefined) out.set(p, null);
      else if (typeof f === "object" && "symlink" in f) out.set(p, { path: p, kind: "symlink", content: Buffer.from(f.symlink) });
      else out.set(p, { path: p, kind: "file", content: typeof f === "string" ? Buffer.from(f) : f });
    }
    return out;
  };
  return type.run({
    gate,
    change: { model: "m", path: MANIFEST, kind: c.kind ?? "promotion", from: "v1", to: "v2" },
    candidate: doc(c.candidate),
    active: doc(c.active),
    now: new Date(c.now ?? "2026-11-22T00:00:00Z"),
    pr: c.pr,
    history: async () =>
      (c.history ?? []).map((e, i): HistoryEvent => {
        const manifest = e.manifest;
        return {
          model: "m",
          path: MANIFEST,
          kind: e.kind ?? (i === 0 ? "new" : "promotion"),
          from: i > 0 ? String(c.history?.[i - 1].manifest?.version ?? "") : null,
          to: manifest ? String(manifest.version ?? "") : null,
          commit: `${i}`.padStart(40, "c"),
          date: new Date(e.date).toISOString(),
          time: Date.parse(e.date),
          author: "Model Trainer",
          pr: e.pr ?? null,
          reverts: null,
          doc: doc(manifest ?? undefined),
          content: null,
        };
      }),
    readFiles: async (paths) => readFiles(paths),
    async digestFiles(paths) {
      const read = readFiles(paths);
      return new Map([...read].map(([p, f]) => [p, f ? digestOf(f, (c.lfs ?? []).includes(p)) : null]));
    },
    listFiles: async () => Object.keys(files),
    schema: schemaCompiler({ readRepoFile: async (p) => c.schemas?.[p] ?? null, readBundled: async () => null }),
  });
}
