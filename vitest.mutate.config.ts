import { defineConfig } from "vitest/config";

/**
 * The tests StrykerJS runs (`npm run mutate`): the unit tests, with the engine-level gate
 * tester on an in-memory repository (test/support/gate.ts) instead of one git repository per
 * case. The integration tests drive git, the CLI and the action: they run in `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    // One module graph for every test file: Stryker switches mutants at run time, so a
    // re-import per file (the default isolation) would only repeat the same work per mutant.
    isolate: false,
    setupFiles: ["test/support/setup.ts"],
    env: { MODELGATE_GATE_REPO: "memory", MODELGATE_PROPERTY_RUNS: "300" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
