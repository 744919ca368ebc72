import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { presetNames } from "./bundled.js";
import { DEFAULT_POLICY_PATH, PRESET_PREFIX } from "./core/policy.js";
import { ModelgateError } from "./core/problem.js";

export const WORKFLOW_PATH = ".github/workflows/modelgate.yml";

const WORKFLOW = `# Checks every pull request that changes an active manifest against .modelgate/policy.yaml.
name: modelgate
on:
  pull_request:
  merge_group:
permissions:
  contents: read
  pull-requests: write   # the results comment
  issues: read           # who applied the force-promote label
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # history: rollback detection, soak and rollout gates
      - uses: modelgate/modelgate@v1
`;

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
`;
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
    [WORKFLOW_PATH, WORKFLOW],
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
