import { ModelgateError } from "../core/problem.js";
import type { GitRepo } from "./repo.js";

const FETCH_HINT = "check out with actions/checkout and fetch-depth: 0, so that the base, the head and their history are present";

/**
 * Makes sure the base and head commits and their merge base are present, fetching what a
 * shallow checkout lacks: the commits themselves, the pull request's head, and at last the
 * whole history. Says exactly what to change in the workflow when that is not enough.
 */
export async function ensureCommits(repo: GitRepo, base: string, head: string, log: (m: string) => void, pr?: number): Promise<void> {
  const quick = await repo.probe(base, head);
  if (quick.present && !quick.shallow) return;
  const missing = async () => {
    const out: string[] = [];
    for (const sha of [base, head]) if (!(await repo.hasCommit(sha))) out.push(sha);
    return out;
  };
  let absent = await missing();
  if (absent.length > 0) {
    log(`fetching ${absent.join(", ")}, missing from the checkout`);
    // One fetch each: a commit that exists nowhere (a force-pushed head) must not stop the others.
    for (const refspec of [...absent, ...(pr ? [`+refs/pull/${pr}/head:refs/modelgate/pull/${pr}`] : [])]) await repo.fetch([refspec]);
    absent = await missing();
    if (absent.length > 0) {
      throw new ModelgateError({
        file: "checkout",
        message: `commit${absent.length > 1 ? "s" : ""} ${absent.join(", ")} cannot be found or fetched`,
        hint: FETCH_HINT,
      });
    }
  }
  if ((await repo.mergeBase(base, head)) === null && (await repo.isShallow())) {
    log("the checkout is shallow and the base and head share no commit in it; fetching the full history");
    await repo.fetch(["--unshallow"]);
    if ((await repo.mergeBase(base, head)) === null)
      throw new ModelgateError({ file: "checkout", message: "the base and the head have no common history", hint: FETCH_HINT });
  }
}
