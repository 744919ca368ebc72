import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { annotations } from "../../src/render/annotations.js";
import { COMMENT_LIMIT, distinctLabels, plainDecimal, renderComment, renderSummary } from "../../src/render/comment.js";
import { escapeMarkdown, renderMarkdown } from "../../src/render/markdown.js";
import { renderHistory, renderStatus } from "../../src/render/registry.js";
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
    expect(escapeMarkdown("@org/team <img src=x> a|b `code` \n next")).toBe("@<!-- -->org/team &lt;img src=x&gt; a\\|b \\`code\\` next");
    const md = renderMarkdown(report("evil|model @admin", "<!-- modelgate --> ping @someone | `x`"));
    expect(md).not.toContain("@admin");
    expect(md).not.toContain("@someone");
    expect(md).not.toContain("<!-- modelgate");
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
    // The finding says what the gate says: its line gives the place, the words are not repeated.
    expect(plain).toContain("FAIL g (expr): bad\n       models/x/manifest_active.json:3:5\n");
    expect(renderText(report("m", "bad"), { color: true })).toContain("\x1b[31mFAIL\x1b[0m");
  });
});

/** Strings an attacker writes into a manifest, a commit or a pull request body. */
const HOSTILE = [
  "\x1b[2J\x1b[31mPASS\x1b[0m",
  "::error file=x::forged\n::add-mask::secret",
  "\r::warning::after a carriage return",
  "fra\u200Bud \u202Edlrow \u2066x\u2069 \uFEFF",
  "@admin @org/team ping",
  "https://evil.example/phish and www.evil.example and mail@evil.example",
  "&#64;admin &#x40;admin",
  "octo-org/models#1 closes #2",
  "<img src=x onerror=alert(1)> <!-- x --> | `code`",
];

describe("every medium escapes hostile text at its edge", () => {
  it("the comment (and the markdown summary): no pings, no links, no references, invisible characters shown", () => {
    for (const h of HOSTILE) {
      const md = renderComment(report(h, h));
      for (const body of [md, renderSummary(report(h, h))]) {
        expect(body).not.toMatch(/@[A-Za-z]/);
        expect(body).not.toMatch(/https?:\/\//);
        expect(body).not.toMatch(/www\./i);
        expect(body).not.toMatch(/#\d/);
        expect(body).not.toContain("&#64;");
        expect(body).not.toContain("&#x40;");
        expect(body).not.toMatch(/[\u200B\u202E\u2066\u2069\uFEFF\x1b\r]/);
        expect(body).not.toContain("<img");
        expect(body.match(/<!-- modelgate/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }
    }
    expect(escapeMarkdown("fra\u200Bud")).toBe("fra\\[U+200B\\]ud");
    expect(escapeMarkdown("\u202Eevil")).toBe("\\[U+202E\\]evil");
  });

  it("text for the terminal and the runner's log: no escape sequences, no workflow commands, invisible characters shown", () => {
    for (const h of HOSTILE) {
      for (const out of [
        renderText(report(h, h), { color: false }),
        renderHistory([
          {
            model: h,
            path: h,
            kind: "promotion",
            from: h,
            to: h,
            commit: "c".repeat(40),
            date: "2026-01-01T00:00:00Z",
            time: 0,
            author: h,
            pr: 1,
            reverts: null,
            doc: null,
            content: null,
          },
        ] as never),
        renderStatus([
          {
            model: h,
            alias: h,
            version: h,
            since: "2026-01-01",
            days: 1,
            rollbacks: 0,
            rollbacks_window: { days: 30, count: 0 },
            stage: { value: h, path: "stage", since: "2026-01-01", days: 1 },
            next: { step: h, allowed_from: "2026-01-08T00:00:00.000Z", gate: h },
            commit: "c".repeat(40),
            pr: null,
          },
        ] as never),
      ]) {
        expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u200B\u202E\uFEFF]/);
        for (const line of out.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
      }
    }
    const text = renderText(report("m", "::error::x \x1b[31mred fra\u200Bud"), { color: false });
    expect(text).toContain("\\x1B[31mred");
    expect(text).toContain("fra[U+200B]ud");
  });

  it("annotations show invisible characters (the runner escapes their line breaks)", () => {
    const { shown } = annotations(report("fra\u200Bud", "auc \u202Edrop"));
    expect(shown[0].title).toBe("modelgate g (fra[U+200B]ud)");
    expect(shown[0].message).toBe("auc [U+202E]drop");
  });

  it("the job summary stays under 1 MiB and keeps the verdict", () => {
    const big = report("m", "x");
    big.changes = Array.from({ length: 3000 }, (_, i) => ({
      ...big.changes[0],
      model: `model-${i}`,
      gates: [{ ...big.changes[0].gates[0], message: "y".repeat(290), findings: Array.from({ length: 5 }, () => ({ message: "z".repeat(290) })) }],
    }));
    big.summary = { ...big.summary, changes: 3000, failed: 3000 };
    expect(Buffer.byteLength(renderMarkdown(big))).toBeGreaterThan(1_048_576);
    const summary = renderSummary(big);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary.split("\n")[0]).toBe("### ❌ modelgate: 3000 of 3000 model changes fail");
    expect(summary).toContain("The summary is cut here");
    expect(renderComment(big).length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it("names the judged commit in the comment and the summary", () => {
    const r = report("m", "x");
    expect(renderComment(r, { prHead: "d".repeat(40), judged: "merge of head dddddd into main" })).toContain(`<!-- modelgate:head ${"d".repeat(40)} -->`);
    expect(renderSummary(r)).toContain(`judged <code>${"b".repeat(12)}</code>`);
  });
});

describe("charts", () => {
  it("print plain decimals: mermaid cannot read 1e-7", () => {
    expect([1e-7, 1.23456789e-9, 2.5e21, -3e-8, 0.8, 47.3].map(plainDecimal)).toEqual([
      "0.0000001",
      "0.00000000123457",
      "2500000000000000000000",
      "-0.00000003",
      "0.8",
      "47.3",
    ]);
    const r = report("m", "x");
    r.changes[0].gates[0].findings = [{ path: "metrics.auc", observed: 1e-7, active: 2e-7, message: "x" }];
    const body = renderComment(r);
    expect(body).toContain("bar [0.0000002]");
    expect(body).toContain("line [0.0000001]");
    expect(body).not.toMatch(/\de-\d/);
  });

  it("keep labels distinct when two paths end alike", () => {
    const a = `targets.reject.horizons.${"x".repeat(40)}.auc`;
    const b = `targets.break.horizons.${"x".repeat(40)}.auc`;
    const labels = distinctLabels([a, b, "metrics.auc"]);
    expect(new Set(labels).size).toBe(3);
    expect(labels[2]).toBe("metrics.auc");
  });
});
