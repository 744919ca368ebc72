import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/**
 * Headless Chromium for the site's tests: Debian's `chromium` (or MODELGATE_CHROMIUM), driven
 * by playwright-core, with every network feature off (the machine has no network, and the
 * pages must need none). Without a browser the tests do not run: in CI (.ci/run sets
 * MODELGATE_REQUIRE_BROWSER=1) that fails the run; elsewhere the suite says so and how to
 * enable them.
 */
export const CHROMIUM = process.env.MODELGATE_CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_BROWSER = existsSync(CHROMIUM);
export const REQUIRE_BROWSER = process.env.MODELGATE_REQUIRE_BROWSER === "1";
export const NO_BROWSER_NOTE = `BROWSER TESTS DID NOT RUN: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or point MODELGATE_CHROMIUM at one.`;

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/** One browser per test file. playwright-core gives it a fresh --user-data-dir in the temporary folder and removes it on close. */
export async function launch(): Promise<Session> {
  if (!HAVE_BROWSER) throw new Error(NO_BROWSER_NOTE);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  return { browser, close: () => browser.close() };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A static file server for one folder on 127.0.0.1, as GitHub Pages would serve it. */
export async function serve(root: string): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests };
}

/** A page that records console errors, page errors and failed requests: a test expects none. */
export async function openPage(session: Session, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("dialog", (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations of impact serious or critical, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] })`)) as {
    violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}
