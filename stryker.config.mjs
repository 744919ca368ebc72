// @ts-check
/**
 * Mutation testing (`npm run mutate`, not in CI): do the tests kill the bugs they claim to
 * guard against? Scores and the surviving mutants judged harmless: docs/mutation.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  // TypeScript 7 has no JS API for Stryker's TypeScript checker and tsconfig rewriting: point at no file.
  tsconfigFile: "",
  checkers: [],
  mutate: [
    "src/core/engine.ts",
    "src/core/change.ts",
    "src/core/decimal.ts",
    "src/core/served.ts",
    "src/core/stats.ts",
    "src/core/gates/*.ts",
  ],
  coverageAnalysis: "perTest",
  // Static mutants (module-level declarations: a gate's fields, summary, needs) would each
  // rerun the whole suite. The policy is validated by validators generated from the fields
  // at build time (src/generated), so a mutated field declaration is not seen at run time.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ["dist", "reports", "coverage", "examples/**/node_modules"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
