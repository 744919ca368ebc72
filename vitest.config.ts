import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/tmp-guard.ts", "test/support/browser-note.ts"],
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests wait on git and the browser more than they compute: one file per core, not
    // Vitest's default of one fewer (which is one file at a time on a 2-core machine).
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps the modules it loaded from one test file to the next: the engine, the
    // bundled command line and the support code are loaded once per worker, not once per file.
    isolate: false,
  },
});
