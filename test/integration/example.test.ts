import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExampleRepo } from "../../scripts/example-repo.mjs";
import { checkJson, cli, gateOf, ROOT } from "../support/cli.js";
import { tempDir } from "../support/repo.js";

describe("examples/pivotquant, as npm run demo runs it", () => {
  let dir: string;
  beforeAll(() => {
    dir = buildExampleRepo(join(ROOT, "examples", "pivotquant"), tempDir()).dir;
  });

  it("promote-momentum-v010 passes every gate of the preset", () => {
    const { code, report } = checkJson(dir, "--base", "main", "--head", "promote-momentum-v010");
    expect(code).toBe(0);
    expect(report.changes[0]).toMatchObject({ model: "momentum", kind: "promotion", from: "v009", to: "v010" });
    expect(report.changes[0].gates.every((g) => g.status === "pass")).toBe(true);
    expect(report.changes[0].gates).toHaveLength(9);
    expect(report.policy.files).toEqual(["modelgate:pivotquant", ".modelgate/policy.yaml"]);
  });

  it("promote-meanrev-v005 fails on thresholds and MFE regression only", () => {
    const { code, report } = checkJson(dir, "--base", "main", "--head", "promote-meanrev-v005");
    expect(code).toBe(1);
    const failed = report.changes[0].gates.filter((g) => g.status === "fail").map((g) => g.id);
    expect(failed).toEqual(["thresholds-bounded", "mfe-regression"]);
    expect(gateOf(report, "meanrev", "mfe-regression").findings[0]).toMatchObject({
      path: "targets.reject.horizons.5.metrics.mfe_bps",
      observed: 21,
      active: 30.2,
      limit: 25.2,
    });
  });

  it("--format markdown prints the pull request comment: verdict first, then what merging does", () => {
    const run = cli(dir, "check", "--base", "main", "--head", "promote-meanrev-v005", "--format", "markdown");
    const lines = run.stdout.split("\n");
    // Exactly the pull request comment's body: the hidden marker, the verdict, the tables, the charts.
    expect(lines[0]).toBe("<!-- modelgate:report -->");
    expect(lines[1]).toBe("### ❌ modelgate: 1 of 1 model change fails");
    expect(run.stdout).toContain("```mermaid\nxychart-beta");
    expect(run.stdout).toMatch(/\*\*Not yet:\*\* promote meanrev v004 → v005 \(\d+ gates failed\)\./);
    expect(run.stdout).toContain("| ❌ | <code>mfe-regression</code> | fail |");
    // Failures come first in the table.
    expect(run.stdout.indexOf("thresholds-bounded")).toBeLessThan(run.stdout.indexOf("manifest-schema"));
  });
});

describe("SARIF and JUnit, for code scanning and other CI systems", () => {
  let dir: string;
  beforeAll(() => {
    dir = buildExampleRepo(join(ROOT, "examples", "pivotquant"), tempDir()).dir;
  });

  it("--format sarif gives one result per finding, uncapped, with locations", () => {
    const run = cli(dir, "check", "--base", "main", "--head", "promote-meanrev-v005", "--format", "sarif");
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe("2.1.0");
    const [runOut] = sarif.runs;
    expect(runOut.tool.driver.name).toBe("modelgate");
    expect(runOut.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["thresholds-bounded", "mfe-regression"]);
    expect(runOut.results).toHaveLength(12);
    expect(runOut.results[0]).toMatchObject({
      ruleId: "thresholds-bounded",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "models/meanrev/manifest_active.json" }, region: { startLine: 13, startColumn: 24 } } }],
    });
  });

  it("--format junit gives a suite per change and a case per gate", () => {
    const run = cli(dir, "check", "--base", "main", "--head", "promote-meanrev-v005", "--format", "junit");
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="modelgate" tests="9" failures="2">')).toBe(true);
    expect(run.stdout.match(/<testcase /g)).toHaveLength(9);
    expect(run.stdout.match(/<failure /g)).toHaveLength(2);
    expect(run.stdout).toContain(
      '<testcase classname="meanrev" name="mfe-regression"><failure message="6 values regressed beyond tolerance" type="regression">',
    );
  });
});
