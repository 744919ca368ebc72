import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report.js";
import { annotations } from "../../src/render/annotations.js";
import { renderComment, renderSummary } from "../../src/render/comment.js";
import { jsonPieces, renderJson } from "../../src/render/json.js";
import { renderJunit } from "../../src/render/junit.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderSarif } from "../../src/render/sarif.js";
import { renderText } from "../../src/render/text.js";

/**
 * Every medium stays well-formed whatever bytes a manifest or commit carries (issue 12): the
 * strings below reach the report from model names, paths, versions, gate messages, findings
 * and notes, all of which the PR's author can write.
 */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "@octocat",
    "@org/team",
    "https://evil.example/x",
    "www.evil.example",
    "#12",
    "<img src=x onerror=alert(1)>",
    "::set-output name=result::pass",
    "\n::error::forged",
    "\u001b[2J\u001b[31mred",
    "fra\u200bud",
    "\u202eevil",
    "a|b`c`*d*_e_",
    "]]><!--",
    "&amp;&#64;",
  ),
);
const text = fc.array(hostile, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));

const report = fc.record({ model: text, path: text, version: text, message: text, finding: text, note: text, observed: text }).map(
  (s): Report => ({
    schema_version: 1,
    tool: { name: "modelgate", version: "0.0.0" },
    result: "fail",
    base: "a".repeat(40),
    head: "b".repeat(40),
    policy: { path: ".modelgate/policy.yaml", ref: "a".repeat(40), files: [".modelgate/policy.yaml"] },
    changes: [
      {
        model: s.model,
        path: s.path,
        kind: "promotion",
        from: s.version,
        to: `${s.version}2`,
        result: "fail",
        gates: [
          {
            id: "g",
            type: "regression",
            severity: "error",
            status: "fail",
            message: s.message,
            findings: [{ path: "metrics.auc", message: s.finding, observed: s.observed, active: 0.9, limit: 0.88, file: s.path, line: 3, column: 5 }],
          },
        ],
      },
    ],
    errors: [{ file: s.path, line: 1, column: 1, message: s.finding }],
    notes: [s.note],
    summary: { changes: 1, gates: 1, failed: 1, warned: 0, overridden: 0, waived: 0, skipped: 0 },
  }),
);

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

describe("every output medium stays well-formed on hostile text (fast-check)", () => {
  it("text and log: no escape sequences or control bytes, no line a runner reads as a workflow command, invisible characters shown", () => {
    fc.assert(
      fc.property(report, (r) => {
        for (const out of [renderText(r, { color: false }), ...annotations(r).shown.map((a) => `${a.title ?? ""}\n${a.message}`)]) {
          expect(out).not.toMatch(CONTROL);
          expect(out).not.toMatch(INVISIBLE);
        }
        expect(
          renderText(r, { color: false })
            .split("\n")
            .some((line) => line.trimStart().startsWith("::")),
        ).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("markdown (the comment, the job summary, --format markdown): no mention, link, issue reference, raw tag or invisible character from the data", () => {
    fc.assert(
      fc.property(report, (r) => {
        for (const out of [renderComment(r), renderSummary(r), renderMarkdown(r)]) {
          expect(out).not.toMatch(/@[A-Za-z0-9]/);
          expect(out).not.toMatch(/https?:\/\/|www\./i);
          expect(out).not.toMatch(/(^|[^&\w])#\d/m);
          expect(out).not.toMatch(/<(?!!--|\/?(?:details|summary|code|sub|br|g)\b)[A-Za-z]/);
          expect(out).not.toMatch(INVISIBLE);
          expect(out).not.toMatch(CONTROL);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("JSON and SARIF parse back; JUnit has only its own tags and no byte XML 1.0 forbids", () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(JSON.parse(renderJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
        // In pieces, as the command line writes it into a pipe: the same text as in one string.
        expect([...jsonPieces(r)].join("")).toBe(renderJson(r, false));
        // Many changes: several pieces of about 64 KiB, still the same text.
        const many = { ...r, changes: Array.from({ length: 400 }, () => r.changes).flat() };
        const pieces = [...jsonPieces(many)];
        expect(pieces.length).toBeGreaterThan(1);
        expect(pieces.join("")).toBe(renderJson(many, false));
        const sarif = JSON.parse(renderSarif(r));
        expect(sarif.version).toBe("2.1.0");
        const junit = renderJunit(r);
        expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
        expect(junit).not.toMatch(/<(?!\?xml|\/?(?:testsuites|testsuite|testcase|failure|skipped|system-out)\b)/);
        expect(junit).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-fA-F]+;)/);
      }),
      { numRuns: 500 },
    );
  });
});
