import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { presetNames, readPreset } from "./bundled.js";
import { DEFAULT_POLICY_PATH, PRESET_PREFIX } from "./core/policy.js";
import { ModelgateError } from "./core/problem.js";
import { DEFAULT_TESTS_PATH } from "./policy-test.js";

export const WORKFLOW_PATH = ".github/workflows/modelgate.yml";

/**
 * Actions the workflow uses, pinned by commit SHA (a tag can be moved to other code; a SHA
 * cannot), with the tag in a comment. modelgate's own release SHA is set when a release is
 * cut; until then the workflow names the tag and says to pin it.
 */
export const ACTION_PINS = {
  checkout: { uses: "actions/checkout", sha: "11bd71901bbe5b1630ceea73d27597364c9af683", tag: "v4.2.2" },
  modelgate: { uses: "modelgate/modelgate", sha: null as string | null, tag: "v1" },
};

function uses(pin: { uses: string; sha: string | null; tag: string }): string {
  return pin.sha ? `${pin.uses}@${pin.sha} # ${pin.tag}` : `${pin.uses}@${pin.tag} # pin to the commit SHA of this release`;
}

/** The workflow `init` writes; `reviews` adds the trigger that re-judges when a review is given or dismissed. */
export function workflow(reviews: boolean): string {
  return `# Checks every pull request that changes an active manifest against .modelgate/policy.yaml.
name: modelgate
on:
  pull_request:
    # labeled, unlabeled: the force-promote label is re-checked; it holds only for the head it was applied on.
    types: [opened, synchronize, reopened, labeled, unlabeled]
${reviews ? "  pull_request_review:   # approvals: a review given or dismissed re-judges the head\n    types: [submitted, dismissed]\n" : ""}  merge_group:
permissions:
  contents: read
  pull-requests: write   # the results comment
  issues: read           # who applied the force-promote label
# One run per pull request at a time: a newer push cancels the run for the older head.
concurrency:
  group: modelgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        with:
          fetch-depth: 0              # history: rollback detection, soak and rollout gates
          persist-credentials: false  # no token left in .git/config for later steps
      - uses: ${uses(ACTION_PINS.modelgate)}
`;
}

function policyFor(preset?: string): string {
  if (preset) {
    return `# The promotion policy: the ${preset} preset. The base branch's copy decides every pull request.
version: 1
extends: [${PRESET_PREFIX}${preset}]
# Change a preset gate by its id, field by field:
# gates:
#   - { id: GATE-ID, severity: warning }
# Per-model changes, by name or glob:
# models:
#   MODEL:
#     disable: [GATE-ID]
# Reviewed exceptions:
# waivers:
#   - { gate: GATE-ID, model: MODEL, reason: "why", expires: 2026-12-31 }
${OVERRIDE_BLOCK}`;
  }
  return `# The promotion policy. The base branch's copy decides every pull request.
version: 1
manifests:
  - glob: "models/*/manifest_active.json"
    model: "{1}"
    version: version
gates:
  - id: version-present
    type: required
    paths: [version]
  # More gate types: schema, range, regression, artifacts, soak, ... (see the README).
${OVERRIDE_BLOCK}`;
}

/**
 * The force-promote, explained where it is configured: without actors no one can use it, and
 * the workflow's labeled/unlabeled triggers are what make the label re-run the check.
 */
const OVERRIDE_BLOCK = `# Force-promote: a pull request labelled modelgate/force-promote by one of these actors passes
# even where error gates fail. The comment shows a banner naming who and why, and the push to
# the default branch records it in the audit note. Without actors, no one can force-promote.
# The label holds for the head it was applied on; a new push needs it applied again.
# Preview it locally: modelgate check --override-as LOGIN --override-reason "why"
# override:
#   label: modelgate/force-promote
#   actors: [LOGIN, "@ORG/TEAM"]   # GitHub logins or teams allowed to apply the label
#   require_reason: true          # the PR body needs a line "Override-Reason: why"
`;

/** Whether the policy needs the review trigger: a preset with an approvals gate or an override label. */
async function usesReviewsOrLabels(preset?: string): Promise<boolean> {
  if (!preset) return true;
  const text = await readPreset(preset);
  return /\btype:\s*approvals\b|^override:/m.test(text ?? "");
}

/** The policy's own test cases, run by `modelgate test`: one the policy must pass, one it must refuse. */
function testsFor(preset?: string): string {
  const header = `# The policy's own tests: \`modelgate test\` runs each case through the policy and checks
# what it decides. Add a case for every rule you rely on; CI runs them.
version: 1
cases:
`;
  if (preset) {
    return `${header}  - name: a manifest without the preset's required fields is refused
    model: example
    candidate: { version: "v1" }
    expect: { result: fail, gates: { manifest-schema: fail } }
  # A case the policy must pass: copy a real manifest of yours as active and candidate.
  # - name: a better version is promoted
  #   model: MODEL
  #   active: { ... }
  #   candidate: { ... }
  #   expect: { result: pass }
`;
  }
  return `${header}  - name: a new version with a version field is promoted
    model: example
    active: { version: "v1" }
    candidate: { version: "v2" }
    expect: { result: pass, kind: promotion, gates: { version-present: pass } }
  - name: a manifest without a version is refused
    model: example
    active: { version: "v1" }
    candidate: { name: "no version" }
    expect: { result: fail, gates: { version-present: fail } }
`;
}

/** Writes a starting policy and the workflow; never overwrites without force. Returns the paths written. */
export async function init(root: string, preset: string | undefined, force: boolean): Promise<string[]> {
  if (preset !== undefined) {
    const names = await presetNames();
    if (!names.includes(preset)) throw new ModelgateError({ file: "--preset", message: `unknown preset "${preset}"`, hint: `presets: ${names.join(", ")}` });
  }
  const files: Array<[string, string]> = [
    [DEFAULT_POLICY_PATH, policyFor(preset)],
    [WORKFLOW_PATH, workflow(await usesReviewsOrLabels(preset))],
    [DEFAULT_TESTS_PATH, testsFor(preset)],
  ];
  const existing = files.filter(([p]) => existsSync(join(root, p))).map(([p]) => p);
  if (existing.length > 0 && !force) {
    throw new ModelgateError({
      file: existing[0],
      message: `${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}`,
      hint: "pass --force to overwrite",
    });
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return files.map(([p]) => p);
}
