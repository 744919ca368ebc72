import type { GateDefinition } from "../model.js";
import { abTest } from "./ab_test.js";
import { allowed } from "./allowed.js";
import { approvals } from "./approvals.js";
import { artifacts } from "./artifacts.js";
import { attestation } from "./attestation.js";
import { chiSquare } from "./chi_square.js";
import { denied } from "./denied.js";
import { driftSeverity } from "./drift_severity.js";
import { expr } from "./expr.js";
import { fileHash } from "./file_hash.js";
import { includes } from "./includes.js";
import { ks } from "./ks.js";
import { notOlder } from "./not_older.js";
import { psi } from "./psi.js";
import { range } from "./range.js";
import { regression } from "./regression.js";
import { required } from "./required.js";
import { rollout } from "./rollout.js";
import { schema } from "./schema.js";
import { soak } from "./soak.js";
import { transition } from "./transition.js";
import { unchanged } from "./unchanged.js";

/** Every gate type, by the name policies use. A new gate type is one file and one line here. */
export const GATE_TYPES: ReadonlyMap<string, GateDefinition> = new Map(
  [
    schema,
    required,
    includes,
    range,
    allowed,
    denied,
    notOlder,
    unchanged,
    regression,
    artifacts,
    fileHash,
    attestation,
    transition,
    soak,
    rollout,
    approvals,
    psi,
    ks,
    chiSquare,
    driftSeverity,
    abTest,
    expr,
  ].map((g) => [g.type, g]),
);

/** The change kinds a gate applies to where the policy names none. */
export const DEFAULT_ON = ["promotion", "new", "update"] as const;
