import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { globMatch } from "../../src/core/glob.js";

/** The backtracking RegExp modelgate used before: the reference for what a glob means and captures. */
function regexpMatch(glob: string, path: string): string[] | null {
  let src = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      i++;
      if (glob[i + 1] === "/") {
        i++;
        src += "((?:[^/]*/)*?)";
      } else src += "([\\s\\S]*)";
    } else if (c === "*") src += "([^/]*)";
    else if (c === "?") src += "([^/])";
    else src += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const m = new RegExp(`^${src}$`).exec(path);
  return m ? m.slice(1) : null;
}

describe("globs", () => {
  it("* stays within a folder, ** crosses folders, ? is one character, and the wildcards' texts are captured", () => {
    expect(globMatch("models/*/manifest_active.json", "models/fraud/manifest_active.json")).toEqual(["fraud"]);
    expect(globMatch("models/*/manifest_active.json", "models/a/b/manifest_active.json")).toBeNull();
    expect(globMatch("models/**/manifest_active.json", "models/a/b/manifest_active.json")).toEqual(["a/b/"]);
    expect(globMatch("models/**/manifest_active.json", "models/manifest_active.json")).toEqual([""]);
    expect(globMatch("data/**", "data/x/y.csv")).toEqual(["x/y.csv"]);
    expect(globMatch("v?.json", "v1.json")).toEqual(["1"]);
    expect(globMatch("v?.json", "v/.json")).toBeNull();
    expect(globMatch("a*b*c", "aXbYbZc")).toEqual(["XbY", "Z"]);
    expect(globMatch("a.b", "aXb")).toBeNull();
  });

  it("captures exactly what the RegExp did, on random globs and paths", () => {
    const glob = fc.array(fc.constantFrom("a", "b", "/", "*", "**", "**/", "?", "."), { maxLength: 8 }).map((p) => p.join(""));
    const path = fc.array(fc.constantFrom("a", "b", "/", ".", "*"), { maxLength: 14 }).map((p) => p.join(""));
    fc.assert(
      fc.property(glob, path, (g, p) => {
        expect(globMatch(g, p)).toEqual(regexpMatch(g, p));
      }),
      { numRuns: 5000 },
    );
  });

  it("an 8,000-character name against nested wildcards answers without backtracking (the RegExp took 102 s)", () => {
    const name = `models/${"a/".repeat(4000)}x`;
    expect(globMatch("models/**/*/**/*/**/*/manifest_active.json", name)).toBeNull();
    expect(globMatch("models/**/*/a/x", name)).toEqual(["a/".repeat(3998), "a"]);
    expect(globMatch("*a*a*a*a*a*b", "a".repeat(8000))).toBeNull();
  });
});
