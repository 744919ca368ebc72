#!/usr/bin/env node

import {
  VERSION
} from "./chunk-2IKIAXSP.js";

// src/cli/usage.ts
var USAGE = `modelgate ${VERSION}: govern machine-learning model promotion in git

Usage:
  modelgate check    [--base REF] [--head REF] [--policy PATH] [--policy-ref base|head]
                     [--format text|markdown|json|sarif|junit] [--now ISO-8601]
                     [--override-as LOGIN [--override-reason TEXT]]
  modelgate validate [--ref REF] [--policy PATH] [--format text|markdown|json|sarif|junit]
  modelgate history  [MODEL] [--ref REF] [--format text|json]
  modelgate status   [--ref REF] [--stage STAGE] [--now ISO-8601] [--format text|json]
  modelgate test     [--tests PATH] [--policy PATH] [--ref REF] [--format text|json]
  modelgate rollback MODEL [--to-version V] [--alias NAME] [--commit]
  modelgate site     [--ref REF] [--now ISO-8601] [--out DIR]
  modelgate audit    MODEL [--from DATE] [--to DATE] [--ref REF] [--now ISO-8601] --out DIR
  modelgate init     [--preset NAME] [--force] [--hook] [--pages]

  check     judge every active manifest that changed between base and head
  validate  check the policy and every governed manifest at one commit
  history   every change of the active manifests on the branch's first-parent history,
            with each merge's audit note (refs/notes/modelgate) when fetched
  status    every model's active version, since when, through which commit and PR, with
            its stage, rollout step, rollbacks, the date its next step is allowed and
            the audit note of the merge that made it active
  rollback  write the manifest as it was when a version was last active (default: the
            previous one) and print the git commands to propose it; --commit makes the
            branch and commit
  site      write the registry as a static web site (a page per model: timeline, metric
            charts, gates, diffs, audit export) from git alone
  audit     write one model's audit export for a period: a self-contained HTML page, its
            JSON and SHA256SUMS; prints the bundle's digest
  test      run the policy's own test cases (.modelgate/tests.yaml): for each pair of
            manifests, what the policy must decide
  init      write .modelgate/policy.yaml (from a preset) and the GitHub workflow

Options:
  --base REF          the branch the change goes into (default: origin/HEAD, main or master)
  --head REF          the change (default: the working tree, uncommitted edits included)
  --ref REF           the commit to validate (default: the working tree) or read
                      history at (default: HEAD)
  --to-version V      the version to roll back to (default: the one before the current)
  --alias NAME        rollback: which of the model's pointers (production, shadow \u2026)
  --stage STAGE       status: only models in this stage (or alias)
  --override-as LOGIN check: preview a force-promote as if LOGIN applied the override label
  --override-reason T check: the reason that preview gives
  --commit            rollback: create the branch rollback/MODEL-V and commit
  --out DIR           site: where to write it (default: modelgate-site); audit: required
  --from DATE         audit: changes from this date or time (default: the first)
  --to DATE           audit: changes up to this date (the whole day) or time (default: the last)
  --tests PATH        test: the test cases (default: .modelgate/tests.yaml)
  --preset NAME       init: start from a preset (pivotquant, shadow-trading, lifecycle,
                      glass-box, registry-stages)
  --force             init: overwrite existing files
  --hook              init: also install a git pre-commit hook that runs validate
  --pages             init: also write the workflow that publishes modelgate site with
                      GitHub Pages on every push to the default branch
  --policy PATH       the policy file (default: .modelgate/policy.yaml)
  --policy-ref WHICH  read the policy from the base (default) or the head commit
  --format FORMAT     text (default), markdown, json, sarif (code scanning) or junit
  --now ISO-8601      the time durations end at: waivers, soak, rollout, days served (default: now)
  -C DIR              run in DIR instead of the current folder
  -h, --help          this help
  -v, --version       the version

Exit status: 0 pass (warnings included), 1 a gate failed, 2 usage or configuration error.
`;

export {
  USAGE
};
//# sourceMappingURL=chunk-TIB5KAKG.js.map
