import { keysInSourceOrder } from "../document.js";
import type { Finding } from "../model.js";
import { formatPath, type Segment } from "../path.js";
import { alignBins, type Bins, ksFromBins, psi as psiOf } from "../stats.js";
import { defineGate } from "./define.js";
import { round, valid } from "./drift.js";
import { evidenceDoc, isOutcome, pairedMatches } from "./evidence.js";
import { PATH } from "./fields.js";
import { fail, findingAt, missingAt, pass, plural } from "./finding.js";

export const LEVELS = ["NORMAL", "MODERATE", "SEVERE"] as const;
type Level = (typeof LEVELS)[number];

const THRESHOLDS = {
  type: "object",
  required: ["moderate", "severe"],
  additionalProperties: false,
  properties: {
    moderate: { type: "number", minimum: 0, description: "above this, the feature's drift is MODERATE" },
    severe: { type: "number", minimum: 0, description: "above this, SEVERE (at least moderate)" },
  },
} as const;

const METRICS = ["psi", "ks", "mean_shift", "variance_shift"] as const;
type Metric = (typeof METRICS)[number];
const NAMES: Record<Metric, string> = { psi: "PSI", ks: "KS D", mean_shift: "mean shift", variance_shift: "variance shift" };

/**
 * Seed 002's severity classifier: each feature of a drift report is NORMAL, MODERATE or SEVERE
 * by two thresholds per metric (PSI, KS, mean shift, variance shift); the worst feature is the
 * report's one level, and the gate fails (or warns) at the level the policy names.
 */
export const driftSeverity = defineGate({
  type: "drift_severity",
  summary:
    "one drift level for the whole report, NORMAL / MODERATE / SEVERE: each feature's level is its worst metric (PSI and KS D from bins, mean shift |μc − μr| / σr and variance shift max(σc²/σr², σr²/σc²) from {mean, std}), each above `moderate` or `severe`; the worst feature decides; fails at `fail_at` (default SEVERE), warns at `warn_at`",
  fields: {
    reference: { ...PATH, description: "bins of each feature's reference distribution (for psi and ks)" },
    current: { ...PATH, description: "bins of each feature's current distribution, paired with reference by its wildcards" },
    reference_stats: { ...PATH, description: "each feature's reference {mean, std} (for mean_shift and variance_shift)" },
    current_stats: { ...PATH, description: "each feature's current {mean, std}, paired with reference_stats by its wildcards" },
    file: { ...PATH, description: "a path in the manifest naming an evidence file (a drift report) to read from" },
    psi: { ...THRESHOLDS, description: "Population Stability Index thresholds" },
    ks: { ...THRESHOLDS, description: "Kolmogorov–Smirnov D thresholds" },
    mean_shift: { ...THRESHOLDS, description: "thresholds on |current mean − reference mean| / reference std" },
    variance_shift: { ...THRESHOLDS, description: "thresholds on the larger of current/reference and reference/current variance" },
    fail_at: { enum: ["MODERATE", "SEVERE"], description: "the level that fails the gate (default SEVERE)" },
    warn_at: { enum: ["MODERATE"], description: "the level that gives a warning below fail_at" },
  },
  required: [],
  constraints: {
    anyOf: METRICS.map((m) => ({ required: [m] })),
    dependentRequired: {
      psi: ["reference", "current"],
      ks: ["reference", "current"],
      mean_shift: ["reference_stats", "current_stats"],
      variance_shift: ["reference_stats", "current_stats"],
    },
  },
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = await evidenceDoc(ctx);
    if (isOutcome(doc)) return doc;
    const o = ctx.options as typeof ctx.options & Partial<Record<Metric, Thresholds>>;
    for (const m of METRICS) {
      const t = o[m];
      if (t && t.moderate > t.severe) return fail(`${m}: moderate ${t.moderate} is above severe ${t.severe}; write moderate ≤ severe`, []);
    }
    const failAt: Level = o.fail_at ?? "SEVERE";
    const warnAt: Level | undefined = o.warn_at;
    const features = new Map<string, Array<{ metric: Metric; value: number; level: Level; segments: Segment[] }>>();
    const broken: Finding[] = [];
    const add = (label: string, metric: Metric, value: number, segments: Segment[]) => {
      const t = o[metric] as Thresholds;
      const level: Level = value > t.severe ? "SEVERE" : value > t.moderate ? "MODERATE" : "NORMAL";
      features.set(label, [...(features.get(label) ?? []), { metric, value, level, segments }]);
    };

    if (o.psi || o.ks) {
      const pairs = pairedMatches(doc.value, o.reference as string, o.current as string);
      if (pairs.length === 0) return fail(`${o.reference} is missing`, [missingAt(doc, o.reference as string, `${o.reference} is missing`)]);
      for (const { label, a, b } of pairs) {
        if (!isBins(a.value) || !isBins(b.value)) {
          const bad = !isBins(a.value) ? a : b;
          broken.push(
            findingAt(doc, bad.segments, {
              observed: bad.value ?? null,
              message: `${formatPath(bad.segments)} must be bins: a list of numbers or an object of numbers`,
            }),
          );
          continue;
        }
        try {
          const order = { reference: keysInSourceOrder(doc, a.segments), current: keysInSourceOrder(doc, b.segments) };
          const { ref, cur } = alignBins(a.value, b.value, order);
          if (o.psi) add(label, "psi", valid(psiOf(ref, cur)).value, b.segments);
          if (o.ks) add(label, "ks", valid(ksFromBins(ref, cur)).d, b.segments);
        } catch (err) {
          broken.push(findingAt(doc, b.segments, { message: `${label}: ${(err as Error).message}` }));
        }
      }
    }
    if (o.mean_shift || o.variance_shift) {
      const pairs = pairedMatches(doc.value, o.reference_stats as string, o.current_stats as string);
      if (pairs.length === 0) return fail(`${o.reference_stats} is missing`, [missingAt(doc, o.reference_stats as string, `${o.reference_stats} is missing`)]);
      for (const { label, a, b } of pairs) {
        const bad = [a, b].find((s) => !isSummary(s.value));
        if (bad) {
          broken.push(
            findingAt(doc, bad.segments, {
              observed: bad.value ?? null,
              message: `${formatPath(bad.segments)} must be {mean, std} with a standard deviation above 0`,
            }),
          );
          continue;
        }
        const r = a.value as Summary;
        const c = b.value as Summary;
        if (o.mean_shift) add(label, "mean_shift", Math.abs(c.mean - r.mean) / r.std, b.segments);
        if (o.variance_shift) {
          const ratio = (c.std * c.std) / (r.std * r.std);
          add(label, "variance_shift", Math.max(ratio, 1 / ratio), b.segments);
        }
      }
    }
    // Every feature is judged on every metric the policy names: a feature cannot drop its summary to escape mean shift.
    const wanted = METRICS.filter((m) => o[m]);
    for (const [label, ms] of features) {
      const lacking = wanted.filter((m) => !ms.some((x) => x.metric === m));
      if (lacking.length === 0) continue;
      const source = lacking.some((m) => m === "psi" || m === "ks") ? o.reference : o.reference_stats;
      broken.push(
        findingAt(doc, ms[0].segments, {
          message: `${label} has no ${lacking.map((m) => NAMES[m]).join(" or ")}: ${String(source).replace("*", label)} is missing`,
        }),
      );
    }
    if (broken.length > 0) return fail(`the drift report cannot be classified: ${plural(broken.length, "value")} cannot be read`, broken);

    const rank = (l: Level) => LEVELS.indexOf(l);
    const levelOf = (ms: Array<{ level: Level }>): Level => LEVELS[Math.max(...ms.map((m) => rank(m.level)))];
    const overall: Level = levelOf([...features.values()].flat());
    const describe = (m: { metric: Metric; value: number; level: Level }) => {
      const t = o[m.metric] as Thresholds;
      const above = m.level === "SEVERE" ? ` above ${t.severe}` : m.level === "MODERATE" ? ` above ${t.moderate}` : "";
      return `${NAMES[m.metric]} ${round(m.value)}${above}`;
    };
    const lines = [...features].map(([label, ms]) => `${label} ${levelOf(ms)} (${ms.map(describe).join(", ")})`);
    const summary = `drift ${overall} over ${plural(features.size, "feature")}: ${lines.join("; ")}`;
    const status = rank(overall) >= rank(failAt) ? "fail" : warnAt && rank(overall) >= rank(warnAt) ? "warn" : "pass";
    if (status === "pass") return pass(summary);
    const at = status === "fail" ? failAt : (warnAt as Level);
    const findings = [...features].flatMap(([label, ms]) =>
      ms
        .filter((m) => rank(m.level) >= rank(at))
        .map((m) => {
          const t = o[m.metric] as Thresholds;
          return findingAt(doc, m.segments, {
            observed: round(m.value),
            limit: m.level === "SEVERE" ? t.severe : t.moderate,
            message: `${label}: ${m.level}, ${describe(m)}`,
          });
        }),
    );
    const verdict = status === "fail" ? `fails at ${failAt}` : `warns at ${at}`;
    return {
      status,
      message: `drift ${overall}, which ${verdict}: ${lines.filter((_, i) => rank(levelOf([...features.values()][i])) >= rank(at)).join("; ")}`,
      findings,
    };
  },
});

interface Thresholds {
  moderate: number;
  severe: number;
}

interface Summary {
  mean: number;
  std: number;
}

function isSummary(v: unknown): v is Summary {
  const s = v as Summary | null;
  return s !== null && typeof s === "object" && Number.isFinite(s.mean) && Number.isFinite(s.std) && s.std > 0;
}

function isBins(v: unknown): v is Bins {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === "number");
  return v !== null && typeof v === "object" && Object.values(v).length > 0 && Object.values(v).every((x) => typeof x === "number");
}
