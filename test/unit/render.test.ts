import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { escapeMarkdown, renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";

function report(model: string, message: string): Report {
  return {
    schema_version: 1,
    tool: { name: "modelgate", version: "0.0.0" },
    result: "fail",
    base: "a".repeat(40),
    head: "b".repeat(40),
    policy: { path: ".modelgate/policy.yaml", ref: "a".repeat(40), files: [] },
    changes: [
      {
        model,
        path: "models/x/manifest_active.json",
        kind: "promotion",
        from: "v1",
        to: "v2",
        result: "fail",
        gates: [
          {
            id: "g",
            type: "expr",
            severity: "error",
            status: "fail",
            message,
            findings: [{ message, file: "models/x/manifest_active.json", line: 3, column: 5 }],
          },
        ],
      },
    ],
    errors: [],
    summary: { changes: 1, gates: 1, failed: 1, warned: 0, overridden: 0, waived: 0, skipped: 0 },
  };
}

describe("markdown", () => {
  it("makes manifest text inert: no pings, no HTML, no broken tables, one line", () => {
    expect(escapeMarkdown("@org/team <img src=x> a|b `code` \n next")).toBe("&#64;org/team &lt;img src=x&gt; a\\|b \\`code\\` next");
    const md = renderMarkdown(report("evil|model @admin", "<!-- modelgate --> ping @someone | `x`"));
    expect(md).not.toContain("@admin");
    expect(md).not.toContain("@someone");
    expect(md).not.toContain("<!--");
    for (const row of md.split("\n").filter((l) => l.startsWith("| ❌"))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  it("cuts very long text", () => {
    const md = renderMarkdown(report("m", "x".repeat(100_000)));
    expect(md.length).toBeLessThan(5_000);
  });
});

describe("text", () => {
  it("colours only when asked, and names file:line:column", () => {
    const plain = renderText(report("m", "bad"), { color: false });
    expect(plain).not.toContain("\x1b[");
    expect(plain).toContain("models/x/manifest_active.json:3:5 bad");
    expect(renderText(report("m", "bad"), { color: true })).toContain("\x1b[31mFAIL\x1b[0m");
  });
});
