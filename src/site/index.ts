import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ModelgateError } from "../core/problem.js";
import type { GitRepo } from "../git/repo.js";
import { readAudits, readRegistry } from "../registry.js";
import { VERSION } from "../version.js";
import { CSS, JS } from "./assets.js";
import { auditExport, writeAudit } from "./audit.js";
import { type SiteEvent, type SiteStatus, siteEntries } from "./data.js";
import { modelPage, registryPage } from "./pages.js";

export interface SiteSettings {
  repo: GitRepo;
  /** The name the user gave (HEAD, main …) and the commit it resolved to. */
  ref: string;
  commit: string;
  policy?: string;
  now: Date;
  env: NodeJS.ProcessEnv;
}

/** https://github.com/OWNER/REPO for links: from the Actions environment, else the origin remote when it is on github.com. */
async function repoUrl(repo: GitRepo, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL.replace(/\/+$/, "")}/${env.GITHUB_REPOSITORY}`;
  let origin = "";
  try {
    origin = (await repo.raw(["config", "--get", "remote.origin.url"])).trim();
  } catch {
    return undefined;
  }
  const m = /^(?:https:\/\/|git@|ssh:\/\/git@)github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(origin);
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

async function load(s: SiteSettings) {
  const { events, policy, status } = await readRegistry({ repo: s.repo, ref: s.commit, policy: s.policy }, s.now);
  // Each event with its commit's audit note (null without one), as history --format json gives it.
  const audits = await readAudits(s.repo, events);
  const audited: SiteEvent[] = events.map((e) => Object.assign(e, { audit: audits.audit(e) }));
  const entries = siteEntries(audited, policy, status as SiteStatus[]);
  const url = await repoUrl(s.repo, s.env);
  return {
    entries,
    notes: { present: audits.present, hasOrigin: audits.hasOrigin },
    ctx: { commit: s.commit, ref: s.ref, now: s.now, version: VERSION, ...(url ? { repoUrl: url } : {}) },
  };
}

/** Writes the registry page, a page per model and each model's audit export into out. Returns the files' count. */
export async function writeSite(
  s: SiteSettings,
  out: string,
): Promise<{ pages: number; models: number; notes: { present: boolean; hasOrigin: boolean }; events: number }> {
  const { entries, ctx, notes } = await load(s);
  mkdirSync(join(out, "assets"), { recursive: true });
  mkdirSync(join(out, "models"), { recursive: true });
  writeFileSync(join(out, "assets", "site.css"), CSS);
  writeFileSync(join(out, "assets", "site.js"), JS);
  writeFileSync(join(out, "index.html"), registryPage(entries, ctx));
  // A GitHub Pages site is served as it is, not through Jekyll.
  writeFileSync(join(out, ".nojekyll"), "");
  for (const e of entries) writeFileSync(join(out, "models", `${e.slug}.html`), modelPage(e, ctx));
  const models = [...new Set(entries.map((e) => e.model))];
  for (const e of entries) {
    const data = auditExport(entries, {
      model: e.model,
      from: null,
      to: null,
      ref: s.ref,
      commit: s.commit,
      now: s.now,
      version: VERSION,
      repoUrl: ctx.repoUrl,
    });
    writeAudit(join(out, "audit", e.slug), data);
  }
  return { pages: entries.length + 1, models: models.length, notes, events: entries.reduce((n, e) => n + e.events.length, 0) };
}

/** `modelgate audit`: the export of one model over a period. */
export async function writeModelAudit(s: SiteSettings, model: string, from: number | null, to: number | null, out: string) {
  const { entries, ctx, notes } = await load(s);
  if (!entries.some((e) => e.model === model)) {
    const names = [...new Set(entries.map((e) => e.model))];
    throw new ModelgateError({
      file: model,
      message: `no model named "${model}" in the history at ${s.ref}`,
      hint: names.length ? `models: ${names.slice(0, 20).join(", ")}${names.length > 20 ? " …" : ""}` : "no governed manifest exists on this branch",
    });
  }
  const data = auditExport(entries, { model, from, to, ref: s.ref, commit: s.commit, now: s.now, version: VERSION, repoUrl: ctx.repoUrl });
  return { ...writeAudit(out, data), changes: data.changes.length, notes };
}
