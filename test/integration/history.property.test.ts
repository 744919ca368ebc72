import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { git } from "../../scripts/example-repo.mjs";
import { GitRepo } from "../../src/git/repo.js";
import { readHistory } from "../../src/registry.js";
import { TestRepo, tempDir } from "../support/repo.js";

const FRAUD = "models/fraud/manifest_active.json";

/** One field of one commit, asked of git alone: an oracle with nothing to split. */
function field(dir: string, commit: string, format: string): string {
  return git(dir, ["show", "-s", `--format=${format}`, commit]).replace(/\n$/, "");
}

describe("history parses to the same events whatever bytes commits and manifests hold", () => {
  const r = new TestRepo();
  r.write({ [FRAUD]: { version: "start" } }).commit("start", "2026-01-01T00:00:00Z");
  const messages = tempDir();
  const repo = new GitRepo(r.dir);
  afterAll(() => repo.close());
  let run = 0;

  it("random bytes (never NUL) in messages and author names, random strings as versions", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 200 }).map((bytes) => Buffer.from(bytes.map((b) => b || 1))),
        fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replace(/[\0\n<>]/g, "")),
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.integer({ min: 1_767_225_600, max: 1_893_456_000 }),
        async (message, name, version, seconds) => {
          run++;
          const v = `${version}#${run}`;
          const file = join(messages, `m${run}`);
          writeFileSync(file, Buffer.concat([Buffer.from("m"), message]));
          r.write({ [FRAUD]: { version: v } });
          git(r.dir, ["add", "-A"]);
          const date = `${new Date(seconds * 1000).toISOString()}`;
          git(r.dir, ["commit", "-q", "--cleanup=verbatim", "-F", file], {
            GIT_AUTHOR_NAME: `A${name}Z`,
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
          });
          const head = git(r.dir, ["rev-parse", "HEAD"]).trim();
          const events = await readHistory({ repo, ref: head });
          expect(events).toHaveLength(run + 1);
          // Each event's version is the one its own document names: classify narrows its search for rollbacks on it.
          for (const e of events) expect(e.to).toBe(e.doc ? (e.doc.value as { version: string }).version : null);
          const last = events[events.length - 1];
          expect(last).toMatchObject({
            commit: head,
            kind: "promotion",
            to: v,
            author: field(r.dir, head, "%an"),
            time: Number(field(r.dir, head, "%ct")) * 1000,
          });
          const [commit] = await repo.log(head, { paths: [FRAUD] }).then((log) => log.slice(-1));
          expect(commit.subject).toBe(field(r.dir, head, "%s"));
          expect(commit.body).toBe(field(r.dir, head, "%b").trim());
          expect(commit.parents).toEqual(field(r.dir, head, "%P").split(" "));
          // Every earlier event is still the commit it was.
          expect(events.slice(1).map((e) => e.commit)).toEqual(git(r.dir, ["rev-list", "--reverse", "HEAD", "--", FRAUD]).trim().split("\n").slice(1));
        },
      ),
      { numRuns: 25 },
    );
  });
});
