import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildExampleRepo, git } from "../../scripts/example-repo.mjs";
import { HAVE_BROWSER, launch, NO_BROWSER_NOTE, openPage, REQUIRE_BROWSER, type Session, seriousViolations, serve } from "../support/browser.js";
import { cli, ROOT, registryJson } from "../support/cli.js";
import { buildManyPromotions, HOSTILE, HOSTILE_AUTHOR } from "../support/many-promotions.js";
import { tempDir } from "../support/repo.js";

// biome-ignore lint/suspicious/noExplicitAny: rows read back from the page and the CLI's JSON.
type Json = any;

const SCREENSHOTS = process.env.MODELGATE_SCREENSHOTS === "1";

/** The registry table as the browser shows it: one object per row, keyed by each cell's data-field. */
async function registryRows(page: Page): Promise<Array<Record<string, string>>> {
  return page.$$eval("#registry tbody tr", (rows) =>
    rows.map((r) => {
      const out: Record<string, string> = { path: r.getAttribute("data-path") ?? "", hidden: String((r as HTMLElement).hidden) };
      for (const c of Array.from(r.children)) out[c.getAttribute("data-field") ?? "?"] = (c.textContent ?? "").trim();
      for (const c of Array.from(r.children)) out[`${c.getAttribute("data-field")}.value`] = c.getAttribute("data-value") ?? "";
      return out;
    }),
  );
}

async function timelineRows(page: Page): Promise<Array<Record<string, string>>> {
  return page.$$eval("#timeline tbody tr", (rows) =>
    rows.map((r) => {
      const out: Record<string, string> = { sha: r.getAttribute("data-commit") ?? "" };
      for (const c of Array.from(r.children)) out[c.getAttribute("data-field") ?? "?"] = (c.textContent ?? "").trim();
      out.datetime = r.querySelector("time")?.getAttribute("datetime") ?? "";
      return out;
    }),
  );
}

/** What the registry row of a status entry must say, from `status --format json`. */
function expectRowMatches(row: Record<string, string>, s: Json) {
  expect(row.path).toBe(s.path);
  expect(row.model).toBe(s.model);
  expect(row.version).toBe(s.version ?? "");
  expect(row.days).toBe(String(s.days));
  expect(row["rollbacks.value"]).toBe(String(s.rollbacks_window.count));
  expect(row.rollbacks).toBe(`${s.rollbacks_window.count} in ${s.rollbacks_window.days} day${s.rollbacks_window.days === 1 ? "" : "s"}`);
  expect(row["stage.value"]).toBe(s.stage?.value ?? "");
  expect(row["rollout.value"]).toBe(String(s.rollout?.percent ?? -1));
  expect(row["next.value"]).toBe(s.next?.allowed_from ?? "");
}

function expectTimelineMatches(rows: Array<Record<string, string>>, history: Json[]) {
  expect(rows.map((r) => r.sha)).toEqual(history.map((e) => e.commit));
  expect(rows.map((r) => r.commit)).toEqual(history.map((e) => e.commit.slice(0, 7)));
  expect(rows.map((r) => r.kind)).toEqual(history.map((e) => e.kind));
  expect(rows.map((r) => r.datetime)).toEqual(history.map((e) => e.date));
  expect(rows.map((r) => r.author)).toEqual(history.map((e) => e.author));
  expect(rows.map((r) => r.pr)).toEqual(history.map((e) => (e.pr === null ? "" : `#${e.pr}`)));
  // The change names both versions: "promote m v1 → v2", "roll back …", "add m v1".
  rows.forEach((r, i) => {
    for (const v of [history[i].from, history[i].to]) if (v !== null) expect(r.change).toContain(v);
  });
}

/** The audited model's notes, as the action writes them on push: two recorded (one force-promoted, one waived), one that cannot be read. */
const AUDITED = "model-03";
const NOTE_REASON = "<script>window.__pwned=4</script> label fix, INC-42";
function addAuditNotes(dir: string) {
  const events = registryJson("history", cli(dir, "history", AUDITED, "--format", "json").stdout);
  const add = (commit: string, text: string) =>
    git(dir, ["-c", "user.name=x", "-c", "user.email=x@example.com", "notes", "--ref=modelgate", "add", "-f", "-m", text, commit]);
  const note = (e: Json, extra: object) => ({
    schema_version: 1,
    tool: { name: "modelgate", version: "0.1.0" },
    commit: e.commit,
    base: "a".repeat(40),
    result: "pass",
    pull_request: { number: e.pr, author: "trainer", head: "b".repeat(40) },
    approvals: ["<b>reviewer</b>", "risk-lead"],
    override: null,
    waivers: [],
    changes: [
      {
        model: AUDITED,
        path: e.path,
        kind: e.kind,
        from: e.from,
        to: e.to,
        result: "pass",
        gates: [
          { id: "auc", type: "regression", status: "pass" },
          { id: "latency", type: "regression", status: "pass" },
          { id: "thresholds", type: "range", status: "pass" },
          { id: "stages", type: "allowed", status: "pass" },
        ],
      },
    ],
    report_sha256: "c".repeat(64),
    written_at: e.date,
    ...extra,
  });
  add(events[3].commit, JSON.stringify(note(events[3], { override: { label: "modelgate/force-promote", actor: "lead", reason: NOTE_REASON } })));
  const waived = note(events[4], { waivers: [{ gate: "latency", model: AUDITED, reason: "new hardware, INC-7", expires: "2026-12-31" }] });
  waived.changes[0].gates[1] = { id: "latency", type: "regression", status: "overridden", by: "waiver" } as never;
  add(events[4].commit, JSON.stringify(waived));
  add(events[5].commit, '{"approved": "by everyone"}');
}

if (!HAVE_BROWSER && !REQUIRE_BROWSER) {
  describe.skip(NO_BROWSER_NOTE, () => {
    it("the site and audit export in headless Chromium", () => {});
  });
}

describe.runIf(HAVE_BROWSER || REQUIRE_BROWSER)("modelgate site and audit in headless Chromium", () => {
  let session: Session;
  const servers: Server[] = [];
  beforeAll(async () => {
    if (!HAVE_BROWSER) throw new Error(`${NO_BROWSER_NOTE} (.ci/run requires the browser tests)`);
    session = await launch();
  });
  afterAll(async () => {
    for (const s of servers) s.close();
    await session?.close();
  });

  it("the accessibility check finds what it should: an image without alt text and an unlabeled field are serious", async () => {
    const { page } = await openPage(session, "about:blank");
    await page.setContent(`<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><input type="text"></main></html>`);
    const found = await seriousViolations(page);
    expect(found.map((v) => v.split(" ")[0]).sort()).toEqual(["image-alt", "label"]);
    await page.context().close();
  });

  const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it.each(examples)("examples/%s, its passing pull request merged: registry = status, timelines = history, no console error, axe", async (name) => {
    const spec = parse(readFileSync(join(ROOT, "examples", name, "failures.yaml"), "utf8")) as { pass: string; now?: string };
    const now = spec.now ?? "2026-03-01T00:00:00Z";
    const dir = buildExampleRepo(join(ROOT, "examples", name), tempDir()).dir;
    git(dir, ["merge", "--no-ff", "-q", "-m", `Merge pull request #7 from team/${spec.pass}`, spec.pass], {
      GIT_AUTHOR_DATE: "2026-02-02T00:00:00Z",
      GIT_COMMITTER_DATE: "2026-02-02T00:00:00Z",
    });
    const out = join(tempDir(), "site");
    const run = cli(dir, "site", "--now", now, "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(out, "index.html"));
    const status = registryJson("status", cli(dir, "status", "--format", "json", "--now", now).stdout);
    const history = registryJson("history", cli(dir, "history", "--format", "json").stdout);
    expect(history.some((e: Json) => e.kind !== "new")).toBe(true);

    const { url, server } = await serve(out);
    servers.push(server);
    const { page, errors } = await openPage(session, `${url}/index.html`);
    const rows = await registryRows(page);
    expect(rows.length).toBe(status.length);
    for (const [i, row] of rows.entries()) expectRowMatches(row, status[i]);
    expect(await seriousViolations(page)).toEqual([]);

    const links = await page.$$eval("#registry tbody th a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const [i, link] of links.entries()) {
      await page.goto(link);
      const events = history.filter((e: Json) => e.path === status[i].path);
      expectTimelineMatches(await timelineRows(page), events);
      if (i === 0) expect(await seriousViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe("a registry of 200 promotions over 20 models", () => {
    let dir: string;
    let out: string;
    let url: string;
    let requests: string[];
    let status: Json[];
    let history: Json[];
    const NOW = "2026-03-15T00:00:00Z";

    beforeAll(async () => {
      dir = tempDir();
      buildManyPromotions(dir, 20, 200);
      addAuditNotes(dir);
      out = join(tempDir(), "site");
      const run = cli(dir, "site", "--now", NOW, "--out", out);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      status = registryJson("status", cli(dir, "status", "--format", "json", "--now", NOW).stdout);
      history = registryJson("history", cli(dir, "history", "--format", "json").stdout);
      const s = await serve(out);
      servers.push(s.server);
      url = s.url;
      requests = s.requests;
    });

    it("the registry table is status --format json, row for row; the retired model is listed apart", async () => {
      expect(history.length).toBe(221); // 20 registered, 200 promotions and rollbacks, 1 retirement
      expect(status.length).toBe(19);
      const { page, errors } = await openPage(session, `${url}/`);
      const rows = await registryRows(page);
      expect(rows.length).toBe(19);
      for (const [i, row] of rows.entries()) expectRowMatches(row, status[i]);
      expect(await page.$$eval("#retired li", (li) => li.map((l) => l.textContent))).toEqual([expect.stringContaining("model-19")]);
      expect(await seriousViolations(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(ROOT, "docs", "site-registry.png"), fullPage: false });
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("sorts with the keyboard and filters; readable on a phone without sideways scrolling of the page", async () => {
      const { page, errors } = await openPage(session, `${url}/`);
      // Tab to the "days served" button and press Enter: descending after two presses.
      const days = page.getByRole("button", { name: "days served" });
      await days.focus();
      await page.keyboard.press("Enter");
      let values = (await registryRows(page)).map((r) => Number(r.days));
      expect(values).toEqual([...values].sort((a, b) => a - b));
      await page.keyboard.press("Enter");
      values = (await registryRows(page)).map((r) => Number(r.days));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(await page.getAttribute("th:has(> button:text-is('days served'))", "aria-sort")).toBe("descending");

      await page.getByLabel("Filter models").fill("model-0");
      const shown = (await registryRows(page)).filter((r) => r.hidden === "false").map((r) => r.model);
      expect(shown.sort()).toEqual(
        status
          .filter((s) => s.model.includes("model-0"))
          .map((s) => s.model)
          .sort(),
      );
      expect(await page.textContent("#count")).toBe(`${shown.length} of 19 shown`);

      await page.setViewportSize({ width: 375, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("a model page: timeline = history MODEL, one chart point per version, the active one marked, the diff, axe", async () => {
      const busiest = status.map((s) => s.model).sort((a, b) => history.filter((e) => e.model === b).length - history.filter((e) => e.model === a).length)[0];
      const mine = registryJson("history", cli(dir, "history", busiest, "--format", "json").stdout);
      const entry = status.find((s) => s.model === busiest);
      expect(mine.some((e: Json) => e.kind === "rollback")).toBe(true);
      const { page, errors } = await openPage(session, `${url}/`);
      await page.getByRole("link", { name: busiest, exact: true }).click();
      await page.waitForSelector("#timeline");
      expectTimelineMatches(await timelineRows(page), mine);

      const versions = [...new Set(mine.map((e: Json) => e.to).filter((v: string | null) => v !== null))];
      const charts = await page.$$eval("figure.chart", (figs) =>
        figs.map((f) => ({
          gate: f.getAttribute("data-gate"),
          series: Array.from(f.querySelectorAll("g.series")).map((g) => ({
            versions: Array.from(g.querySelectorAll("circle.point")).map((c) => c.getAttribute("data-version")),
            active: Array.from(g.querySelectorAll("circle.point.active")).map((c) => c.getAttribute("data-version")),
          })),
        })),
      );
      // auc, latency (one series each) and thresholds.* (approve, review): every version once.
      expect(charts.map((c) => [c.gate, c.series.length])).toEqual([
        ["auc", 1],
        ["latency", 1],
        ["thresholds", 2],
      ]);
      for (const c of charts)
        for (const s of c.series) {
          expect(s.versions).toEqual(versions);
          expect(s.active).toEqual([entry.version]);
        }

      if (SCREENSHOTS) await page.screenshot({ path: join(ROOT, "docs", "site-model.png"), fullPage: true });
      // The diff: the last two versions by default; choosing the same version twice shows no difference.
      expect(Number((await page.textContent("#diff-summary"))?.split(" ")[0])).toBeGreaterThan(0);
      expect(await page.$$eval("#diff-out tbody tr td:first-child", (tds) => tds.map((t) => t.textContent))).toContain("version");
      await page.selectOption("#diff-a", { index: versions.length - 1 });
      expect(await page.textContent("#diff-summary")).toBe("The two manifests are the same.");

      expect(await page.$$eval("#gates tbody th", (ths) => ths.map((t) => t.textContent))).toEqual(["auc", "latency", "thresholds", "stages"]);
      expect(await seriousViolations(page)).toEqual([]);
      // The audit export it links to loads.
      await page.getByRole("link", { name: "Audit export" }).click();
      await page.waitForSelector("#changes");
      expect(await page.$$eval("#changes tbody tr", (rows) => rows.map((r) => r.getAttribute("data-commit")))).toEqual(mine.map((e: Json) => e.commit));
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("a hostile model name, author and manifest render as text: no script runs, no element is injected", async () => {
      const { page, errors } = await openPage(session, `${url}/`);
      const cell = page.locator("#registry tbody th", { hasText: "onerror" });
      expect(await cell.textContent()).toBe(HOSTILE);
      await cell.locator("a").click();
      await page.waitForSelector("#timeline");
      expect(await page.textContent("h1")).toBe(HOSTILE);
      expect(await page.$$eval("#timeline td[data-field=author]", (tds) => tds.map((t) => t.textContent))).toContain(HOSTILE_AUTHOR);
      // The diff puts the manifest's text (a </script> in it) into the page through textContent.
      await page.selectOption("#diff-a", { index: 0 });
      expect(await page.$$eval("#diff-out td", (tds) => tds.map((t) => t.textContent ?? "").join("\n"))).toContain("</script><script>");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.$$eval("img", (imgs) => imgs.length)).toBe(0);
      expect(await page.$$eval("script", (s) => s.map((x) => x.getAttribute("src") ?? x.getAttribute("type")))).toEqual([
        "application/json",
        "../assets/site.js",
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("needs no network: every request the pages made stayed inside the site folder", () => {
      expect(requests.length).toBeGreaterThan(0);
      for (const r of requests) expect(r.startsWith("/")).toBe(true);
    });

    it("modelgate audit MODEL --from --to: the period's changes, JSON to its schema, SHA256SUMS and the printed digest check, the page passes axe", async () => {
      const model = "model-03";
      const mine = registryJson("history", cli(dir, "history", model, "--format", "json").stdout);
      const from = mine[2].date.slice(0, 10);
      const to = mine[mine.length - 2].date.slice(0, 10);
      const target = join(tempDir(), "audit");
      const run = cli(dir, "audit", model, "--from", from, "--to", to, "--now", NOW, "--out", target);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const data = JSON.parse(readFileSync(join(target, "audit.json"), "utf8"));
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      (((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020)(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", "audit-export.schema.json"), "utf8")));
      validate(data);
      expect(validate.errors ?? []).toEqual([]);
      const inPeriod = mine.filter((e: Json) => e.date >= `${from}T00:00:00.000Z` && e.date <= `${to}T23:59:59.999Z`);
      expect(inPeriod.length).toBeLessThan(mine.length);
      expect(data.changes.map((c: Json) => c.commit)).toEqual(inPeriod.map((e: Json) => e.commit));
      expect(data.changes).toEqual(inPeriod);
      expect(data.summary.changes).toBe(inPeriod.length);
      expect(data.pointers[0].status.version).toBe(status.find((s) => s.model === model).version);
      // The digest: sha256sum checks each file, and the bundle's digest is the sha256 of the list.
      expect(execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: target, encoding: "utf8" })).toBe("audit.html: OK\naudit.json: OK\n");
      const digest = createHash("sha256")
        .update(readFileSync(join(target, "SHA256SUMS")))
        .digest("hex");
      expect(run.stdout).toContain(`bundle sha256: ${digest}`);
      // The same inputs give the same bundle: it can be rebuilt and compared later.
      const again = join(tempDir(), "audit");
      expect(cli(dir, "audit", model, "--from", from, "--to", to, "--now", NOW, "--out", again).stdout).toContain(digest);

      // The notes: approvers, the override and its reason, the waiver, the unreadable note, all as text.
      const audited = data.changes.filter((c: Json) => c.audit !== null);
      expect(audited.map((c: Json) => c.audit.status)).toEqual(["recorded", "recorded", "unreadable"]);
      expect(data.summary).toMatchObject({ overrides: 1, waived: 1, without_note: inPeriod.length - 3 });

      // Self-contained: opened from disk, it loads nothing else.
      const { page, errors } = await openPage(session, pathToFileURL(join(target, "audit.html")).href);
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.reload();
      expect(requested).toEqual([pathToFileURL(join(target, "audit.html")).href]);
      expect(await page.$$eval("#changes tbody tr", (rows) => rows.map((r) => r.getAttribute("data-commit")))).toEqual(inPeriod.map((e: Json) => e.commit));
      expect(await page.$$eval("script", (s) => s.length)).toBe(0);
      const cells = await page.$$eval("#changes tbody tr", (rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent ?? "")));
      const overridden = cells[inPeriod.findIndex((e: Json) => e.commit === audited[0].commit)];
      expect(overridden[5]).toBe("<b>reviewer</b>, risk-lead");
      expect(overridden[6]).toBe("pass");
      expect(overridden[8]).toBe(`override by lead: ${NOTE_REASON}`);
      const waived = cells[inPeriod.findIndex((e: Json) => e.commit === audited[1].commit)];
      expect(waived[7]).toContain("latency: overridden (waiver)");
      expect(waived[8]).toBe("waiver of latency until 2026-12-31: new hardware, INC-7");
      expect(cells[inPeriod.findIndex((e: Json) => e.commit === audited[2].commit)][6]).toMatch(/^unreadable note: the note does not match/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await seriousViolations(page)).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(ROOT, "docs", "audit-export.png"), fullPage: false });

      // The model page shows the same notes: the verdict in the timeline, the gates' last recorded verdicts.
      const site = await openPage(session, `${url}/`);
      await site.page.getByRole("link", { name: AUDITED, exact: true }).click();
      await site.page.waitForSelector("#timeline");
      const verdicts = await site.page.$$eval("#timeline td[data-field=verdict]", (tds) => tds.map((t) => t.textContent ?? ""));
      expect(verdicts.filter((v) => v !== "no audit note")).toEqual([
        `passapproved by <b>reviewer</b>, risk-lead; overridden by lead: ${NOTE_REASON}`,
        "passapproved by <b>reviewer</b>, risk-lead; waived: latency (new hardware, INC-7)",
        expect.stringMatching(/^unreadable note: /),
      ]);
      expect(await site.page.$$eval("#gates tbody tr", (rows) => rows.map((r) => r.children[4].textContent))).toEqual([
        `pass at ${audited[1].commit.slice(0, 7)}`,
        `overridden (waiver) at ${audited[1].commit.slice(0, 7)}`,
        `pass at ${audited[1].commit.slice(0, 7)}`,
        `pass at ${audited[1].commit.slice(0, 7)}`,
      ]);
      expect(await site.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(site.errors).toEqual([]);
      await site.page.context().close();
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it("the hostile model's audit export shows its name as text", async () => {
      const target = join(tempDir(), "audit");
      const run = cli(dir, "audit", HOSTILE, "--now", NOW, "--out", target);
      expect(run.code).toBe(0);
      const { page, errors } = await openPage(session, pathToFileURL(join(target, "audit.html")).href);
      expect(await page.textContent("h1")).toBe(`Audit export: ${HOSTILE}`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.$$eval("img, script", (e) => e.length)).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});

describe("modelgate site and audit: arguments", () => {
  it("audit needs a model and --out; dates are checked; an unknown model is named with the known ones", () => {
    const dir = tempDir();
    buildManyPromotions(dir, 3, 4);
    expect(cli(dir, "audit", "--out", "x")).toMatchObject({ code: 2, stderr: expect.stringContaining("audit needs the model's name") });
    expect(cli(dir, "audit", "model-01")).toMatchObject({ code: 2, stderr: expect.stringContaining("audit needs --out DIR") });
    expect(cli(dir, "audit", "model-01", "--out", "x", "--from", "2026-02-30")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from must be a date or an ISO-8601 time such as 2026-11-22 or 2026-11-22T12:00:00Z, not "2026-02-30"'),
    });
    expect(cli(dir, "audit", "model-01", "--out", "x", "--from", "2026-03-01", "--to", "2026-02-01")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--from 2026-03-01 is after --to 2026-02-01"),
    });
    const unknown = cli(dir, "audit", "nope", "--out", join(dir, "x"));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'modelgate: nope: no model named "nope" in the history at HEAD\n  hint: models: "><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;, model-01, model-02\n',
    );
    expect(cli(dir, "site", "--format", "json")).toMatchObject({ code: 2, stderr: expect.stringContaining("site does not take --format") });
  });

  it("site writes nothing into the repository and only into --out", () => {
    const dir = tempDir();
    buildManyPromotions(dir, 3, 4);
    const before = git(dir, ["status", "--porcelain", "--ignored"]);
    const out = join(tempDir(), "nested", "site");
    mkdirSync(join(out, ".."), { recursive: true });
    expect(cli(dir, "site", "--out", out).code).toBe(0);
    expect(git(dir, ["status", "--porcelain", "--ignored"])).toBe(before);
    expect(readdirSync(out).sort()).toEqual([".nojekyll", "assets", "audit", "index.html", "models"]);
  });
});
