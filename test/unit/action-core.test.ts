import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as reference from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as core from "../../src/action/core.js";

// src/action/core.ts writes the workflow commands itself (so the action does not load
// @actions/core and undici); @actions/core, a dev dependency, is the reference it must equal.

function stdoutOf(fn: () => void): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return written.join("");
}

const HOSTILE = ["plain", "", "50% done\r\nnext line", "a:b,c=d", "::error::forged", "ünïcode ✓", "%0A already escaped"];

describe("the action's workflow commands, as @actions/core writes them", () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  });

  it("errors, warnings and info, with and without annotation properties", () => {
    for (const message of HOSTILE) {
      for (const props of [{}, { title: message, file: "models/a:b,c.json", startLine: 3, startColumn: 7 }, { title: "", file: "f", startLine: 0 }]) {
        expect(stdoutOf(() => core.error(message, props))).toBe(stdoutOf(() => reference.error(message, props)));
        expect(stdoutOf(() => core.warning(message, props))).toBe(stdoutOf(() => reference.warning(message, props)));
      }
      expect(stdoutOf(() => core.info(message))).toBe(stdoutOf(() => reference.info(message)));
      expect(stdoutOf(() => core.error(message))).toMatch(/^::error::/);
      expect(stdoutOf(() => core.setFailed(message))).toBe(stdoutOf(() => reference.setFailed(message)));
      expect(process.exitCode).toBe(1);
    }
  });

  it("inputs, outputs (file command and the old stdout form) and the job summary", async () => {
    vi.stubEnv("INPUT_POLICY_REF", "  head \n");
    vi.stubEnv("INPUT_COMMENT", "");
    for (const name of ["policy ref", "policy_ref", "comment", "missing"]) expect(core.getInput(name)).toBe(reference.getInput(name));
    const dir = mkdtempSync(join(tmpdir(), "modelgate-core-"));
    try {
      const ours = join(dir, "ours");
      const theirs = join(dir, "theirs");
      for (const value of HOSTILE) {
        writeFileSync(ours, "");
        writeFileSync(theirs, "");
        vi.stubEnv("GITHUB_OUTPUT", ours);
        core.setOutput("verdict", value);
        vi.stubEnv("GITHUB_OUTPUT", theirs);
        reference.setOutput("verdict", value);
        const normalize = (file: string) => readFileSync(file, "utf8").replace(/ghadelimiter_[0-9a-f-]+/g, "DELIMITER");
        expect(normalize(ours)).toBe(normalize(theirs));
        vi.stubEnv("GITHUB_OUTPUT", "");
        expect(stdoutOf(() => core.setOutput("verdict", value))).toBe(stdoutOf(() => reference.setOutput("verdict", value)));
      }
      writeFileSync(ours, "before\n");
      writeFileSync(theirs, "before\n");
      vi.stubEnv("GITHUB_STEP_SUMMARY", ours);
      await core.appendSummary("## modelgate\n| a | b |\n");
      vi.stubEnv("GITHUB_STEP_SUMMARY", theirs);
      await reference.summary.addRaw("## modelgate\n| a | b |\n").write();
      expect(readFileSync(ours, "utf8")).toBe(readFileSync(theirs, "utf8"));
      vi.stubEnv("GITHUB_STEP_SUMMARY", join(dir, "absent", "summary"));
      await expect(core.appendSummary("x")).rejects.toThrow(/Unable to access summary file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
