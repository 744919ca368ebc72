import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm test` leaves the temporary folder as it found it. The run gets a temporary folder of
 * its own (TMPDIR, which the test workers and every git they start inherit); whatever a test
 * leaves there fails the run, and the folder goes when the run ends.
 */
export default function setup(): () => void {
  const own = mkdtempSync(join(tmpdir(), "modelgate-run-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = own;
  return () => {
    // Node's own cache of the bundles' compiled code (Node 22+) and the command line's code
    // cache (src/cli/code-cache.ts) are not leftovers.
    const left = readdirSync(own).filter((name) => name !== "node-compile-cache" && !/^modelgate-code-cache-\d+$/.test(name));
    rmSync(own, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length > 0) {
      // vitest reports an error thrown here but keeps its exit status: set it too.
      process.exitCode = 1;
      throw new Error(`the tests left ${left.length} entr${left.length === 1 ? "y" : "ies"} in the temporary folder: ${left.slice(0, 5).join(", ")}`);
    }
  };
}
