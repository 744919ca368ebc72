import { existsSync } from "node:fs";

/**
 * After the run: when the browser tests could not run here (no Chromium, and not in CI, where
 * they fail instead), say so below the summary, with how to enable them.
 */
export function teardown(): void {
  const chromium = process.env.MODELGATE_CHROMIUM ?? "/usr/bin/chromium";
  if (existsSync(chromium) || process.env.MODELGATE_REQUIRE_BROWSER === "1") return;
  process.stdout.write(
    `\nNOTE: the browser tests of modelgate site and audit (test/integration/site.test.ts) did not run: no Chromium at ${chromium}.\n` +
      "      Install it (apt-get install -y chromium) or set MODELGATE_CHROMIUM to a Chromium binary to run them.\n",
  );
}
