// npm run demo: a scratch governed repository from examples/pivotquant, two promotion
// branches, and modelgate check on each, as a pull request would see them; then the passing
// one merged and the registry written as a web page (modelgate site), whose path it prints.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildExampleRepo, git } from "./example-repo.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "modelgate-demo-"));
try {
  const { dir, branches } = buildExampleRepo(join(root, "examples", "pivotquant"), work);
  console.log(`A governed repository in ${dir}: main serves momentum v009 and meanrev v004.\n`);
  for (const branch of branches) {
    const args = [join(root, "dist", "cli.js"), "check", "--base", "main", "--head", branch];
    console.log(`$ modelgate check --base main --head ${branch}`);
    const run = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    console.log(
      `(exit status ${run.status}: ${run.status === 0 ? "merge may promote" : run.status === 1 ? "a gate failed, merging is blocked" : "configuration error"})\n`,
    );
  }
  console.log("The same report as the pull-request comment shows it (--format markdown):\n");
  const md = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "check", "--base", "main", "--head", branches[0], "--format", "markdown"], {
    cwd: dir,
    encoding: "utf8",
  });
  process.stdout.write(md.stdout);

  // The registry as a web page: the passing pull request merged, then modelgate site.
  git(dir, ["merge", "--no-ff", "-q", "-m", `Merge pull request #1 from trainer/${branches[0]}`, branches[0]], {
    GIT_AUTHOR_DATE: "2026-02-02T00:00:00Z",
    GIT_COMMITTER_DATE: "2026-02-02T00:00:00Z",
  });
  const site = join(tmpdir(), "modelgate-demo-site");
  rmSync(site, { recursive: true, force: true });
  console.log(`\n$ git merge ${branches[0]}; modelgate site --out ${site}`);
  const built = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "site", "--out", site], { cwd: dir, encoding: "utf8" });
  process.stdout.write(built.stdout);
  process.stderr.write(built.stderr);
  if (built.status !== 0) process.exitCode = 1;
  else console.log(`Open ${pathToFileURL(join(site, "index.html")).href} in a browser (it needs no server and no network).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
