import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { presetNames, readPreset } from "./bundled.js";
import { DEFAULT_POLICY_PATH, PRESET_PREFIX } from "./core/policy.js";
import { ModelgateError } from "./core/problem.js";
import { DEFAULT_TESTS_PATH } from "./policy-test.js";
import { VERSION } from "./version.js";

export const WORKFLOW_PATH = ".github/workflows/modelgate.yml";
export const AUDIT_WORKFLOW_PATH = ".github/workflows/modelgate-audit.yml";
export const PAGES_WORKFLOW_PATH = ".github/workflows/modelgate-pages.yml";

/**
 * Actions the workflow uses, pinned by commit SHA (a tag can be moved to other code; a SHA
 * cannot), with the tag in a comment. modelgate's own release SHA is set when a release is
 * cut; until then the workflow names the tag and says to pin it.
 */
export const ACTION_PINS = {
  checkout: { uses: "actions/checkout", sha: "11bd71901bbe5b1630ceea73d27597364c9af683", tag: "v4.2.2" },
  uploadPages: { uses: "actions/upload-pages-artifact", sha: "56afc609e74202658d3ffba0e8f6dda462b719fa", tag: "v3.0.1" },
  deployPages: { uses: "actions/deploy-pages", sha: "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", tag: "v4.0.5" },
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

/** The push workflow `init` writes: each merge's verdict recorded as a git note (refs/notes/modelgate). */
export function auditWorkflow(): string {
  return `# Records each merge into the default branch: the action re-judges it and writes the verdict
# (gates, approvals, override, waivers) as a git note in refs/notes/modelgate, which
# \`modelgate history\` and \`status\` show. Without contents: write it warns and carries on.
name: modelgate audit
on:
  push:
    branches: [main, master]
permissions:
  contents: write        # push refs/notes/modelgate
  pull-requests: read    # the merged pull request, its reviews and the results comment
  issues: read           # who applied the force-promote label
concurrency:
  group: modelgate-audit  # one audit writer at a time (a moved notes ref is also retried once)
jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        # persist-credentials stays at its default (true): the notes are pushed with the
        # checkout's token. This job runs only code already on the default branch.
        with:
          fetch-depth: 0
      - uses: ${uses(ACTION_PINS.modelgate)}
`;
}

/**
 * The workflow `init --pages` writes: on every push to the default branch, `modelgate site`
 * builds the registry and GitHub Pages publishes it. Only the deploy job may write to Pages
 * (pages: write, and id-token: write for the deployment's OIDC token); the build reads.
 */
export function pagesWorkflow(): string {
  return `# Publishes the model registry (modelgate site) with GitHub Pages on every push to the default
# branch. In the repository's Settings → Pages, set Source to "GitHub Actions".
name: modelgate-pages
on:
  push:
    branches: [main]   # the default branch
  workflow_dispatch:
permissions:
  contents: read
# One deployment at a time; a newer push waits rather than cancelling one under way.
concurrency:
  group: modelgate-pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${uses(ACTION_PINS.checkout)}
        with:
          fetch-depth: 0              # the whole first-parent history is the registry
          persist-credentials: false
      - name: Audit notes (refs/notes/modelgate), when the repository has them
        run: git fetch --no-tags origin "refs/notes/modelgate:refs/notes/modelgate" || echo "no audit notes to read"
      - name: Build the site
        run: npx --yes modelgate@${VERSION} site --out _site
      - uses: ${uses(ACTION_PINS.uploadPages)}
        with:
          path: _site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      pages: write      # publish the artifact
      id-token: write   # the deployment's OIDC token, which Pages checks
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: ${uses(ACTION_PINS.deployPages)}
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

/** Writes a starting policy and the workflows (with pages, the Pages workflow too); never overwrites without force. Returns the paths written. */
export async function init(root: string, preset: string | undefined, force: boolean, pages = false): Promise<string[]> {
  if (preset !== undefined) {
    const names = await presetNames();
    if (!names.includes(preset)) throw new ModelgateError({ file: "--preset", message: `unknown preset "${preset}"`, hint: `presets: ${names.join(", ")}` });
  }
  const files: Array<[string, string]> = [
    [DEFAULT_POLICY_PATH, policyFor(preset)],
    [WORKFLOW_PATH, workflow(await usesReviewsOrLabels(preset))],
    [AUDIT_WORKFLOW_PATH, auditWorkflow()],
    [DEFAULT_TESTS_PATH, testsFor(preset)],
    ...(pages ? ([[PAGES_WORKFLOW_PATH, pagesWorkflow()]] as Array<[string, string]>) : []),
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
