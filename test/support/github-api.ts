import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { ROOT } from "./cli.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** GitHub's OpenAPI description, with OpenAPI 3.0's `nullable` turned into JSON Schema, loaded once. */
let spec: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> } | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function nullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullable);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== "nullable") out[k] = nullable(v);
  if ((node as { nullable?: boolean }).nullable) {
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

function responseValidator(template: string, method: string, status: number): ValidateFunction | null {
  const key = `${method} ${template} ${status}`;
  if (validators.has(key)) return validators.get(key) ?? null;
  if (!spec || !ajv) {
    spec = nullable(JSON.parse(readFileSync(join(ROOT, "node_modules/@octokit/openapi/generated/api.github.com.json"), "utf8"))) as typeof spec;
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema(spec as object, "github");
  }
  const response = spec?.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
  // GitHub answers 404 on many operations whose description omits it: only bodies it describes are checked.
  if (!response && status >= 400) return null;
  if (!response) throw new Error(`the OpenAPI description has no ${status} response for ${method} ${template}`);
  const pointer = `github#/paths/${template.replace(/~/g, "~0").replace(/\//g, "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const v = response.content?.["application/json"] ? (ajv as Ajv).compile({ $ref: pointer }) : null;
  validators.set(key, v);
  return v;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export interface Injected {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (a timeout test). */
  delayMs?: number;
  /** Never answer: "before" doing anything, or "after" doing what the route does (a write that lands, its answer lost). */
  hang?: "before" | "after";
  times?: number;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  handle(params: string[], body: unknown, url: URL): { status: number; body?: unknown; headers?: Record<string, string> };
}

const API_OWNER = "octo-org";
const API_REPO = "models";

export function user(login: string, type: "User" | "Bot" = "User") {
  const id = [...login].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) % 1_000_000;
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: "",
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/**
 * A stand-in for the GitHub REST API on 127.0.0.1: the calls modelgate makes, with state,
 * pagination and injected failures. Every response it sends is validated against GitHub's
 * OpenAPI description; `violations` lists any that do not match, so it cannot drift.
 */
export class FakeGitHub {
  readonly comments: StoredComment[] = [];
  /** Reviews in order; `commit` is the commit reviewed (default: the pull request's current head), `association` the author's. */
  reviews: Array<{ user: string; state: string; commit?: string; association?: string }> = [];
  labelEvents: Array<{ event: "labeled" | "unlabeled"; label: string; actor: string }> = [];
  /** Repository permission of each login (the collaborator permission API); others have read. */
  permissions: Record<string, "admin" | "maintain" | "write" | "triage" | "read" | "none"> = {};
  /** Each pull request's head commit now, as GET /pulls/{n} answers. */
  readonly pullHeads = new Map<number, string>();
  /** Merged pull requests: their merge commit, author, body and labels, as GET /pulls/{n} and GET /commits/{sha}/pulls answer after the merge. */
  readonly merged = new Map<number, { merge: string; author: string; body: string; labels: string[] }>();
  teams: Record<string, string[]> = {};
  /** Sigstore bundles of artifact attestations, by subject digest (`sha256:…`), as the attestations API stores them. */
  attestations: Record<string, unknown[]> = {};
  /** Login of the token's user for GET /user; null answers 403 as the workflow token does. */
  tokenUser: string | null = null;
  /** Who comments made with the token are written by. */
  commenter = "github-actions[bot]";
  readonly injected: Injected[] = [];
  readonly requests: Array<{ method: string; path: string }> = [];
  readonly violations: string[] = [];
  private nextId = 1000;
  private readonly hung: ServerResponse[] = [];
  private server?: Server;
  url = "";

  private readonly routes: Route[] = [
    this.route("GET", "/user", () =>
      this.tokenUser ? { status: 200, body: this.fullUser(this.tokenUser) } : this.error(403, "Resource not accessible by integration"),
    ),
    this.route("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", ([, , n], _b, url) =>
      this.page(
        this.comments.filter((c) => c.issue === Number(n)).map((c) => this.commentJson(c)),
        url,
      ),
    ),
    this.route("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", ([, , n], body) => {
      const text = (body as { body?: string }).body ?? "";
      if (text.length > 65_536) return this.error(422, "Validation Failed");
      const c = { id: this.nextId++, issue: Number(n), body: text, user: this.commenter };
      this.comments.push(c);
      return { status: 201, body: this.commentJson(c) };
    }),
    this.route("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", ([, , id], body) => {
      const c = this.comments.find((x) => x.id === Number(id));
      if (!c) return this.error(404, "Not Found");
      const text = (body as { body?: string }).body ?? "";
      if (text.length > 65_536) return this.error(422, "Validation Failed");
      c.body = text;
      return { status: 200, body: this.commentJson(c) };
    }),
    this.route("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", ([, , id]) => {
      const i = this.comments.findIndex((x) => x.id === Number(id));
      if (i === -1) return this.error(404, "Not Found");
      this.comments.splice(i, 1);
      return { status: 204 };
    }),
    this.route("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", ([, , n], _b, url) =>
      this.page(
        this.reviews.map((r, i) => ({
          id: 500 + i,
          node_id: `PRR_${i}`,
          user: user(r.user),
          body: "",
          state: r.state,
          commit_id: r.commit ?? this.pullHeads.get(Number(n)) ?? "0".repeat(40),
          html_url: `https://github.com/${API_OWNER}/${API_REPO}/pull/${n}#pullrequestreview-${500 + i}`,
          pull_request_url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/pulls/${n}`,
          _links: { html: { href: "https://github.com/x" }, pull_request: { href: "https://api.github.com/x" } },
          author_association: r.association ?? "CONTRIBUTOR",
          submitted_at: "2026-01-01T00:00:00Z",
        })),
        url,
      ),
    ),
    this.route("GET", "/repos/{owner}/{repo}/issues/{issue_number}/events", (_p, _b, url) =>
      this.page(
        this.labelEvents.map((e, i) => ({
          id: 900 + i,
          node_id: `LE_${i}`,
          url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/issues/events/${900 + i}`,
          actor: user(e.actor),
          event: e.event,
          commit_id: null,
          commit_url: null,
          created_at: "2026-01-01T00:00:00Z",
          label: { name: e.label, color: "d73a4a" },
          performed_via_github_app: null,
        })),
        url,
      ),
    ),
    this.route("GET", "/repos/{owner}/{repo}/collaborators/{username}/permission", ([, , login]) => {
      const name = decodeURIComponent(login);
      const permission = this.permissions[name] ?? "read";
      // The REST answer folds maintain into write and triage into read; role_name keeps the role.
      const folded = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
      return { status: 200, body: { permission: folded, role_name: permission, user: { ...user(name), role_name: permission } } };
    }),
    this.route("GET", "/repos/{owner}/{repo}/pulls/{pull_number}", ([, , n]) => {
      const head = this.pullHeads.get(Number(n));
      if (!head) return this.error(404, "Not Found");
      return { status: 200, body: pullRequestJson(Number(n), head, this.merged.get(Number(n))) };
    }),
    this.route("GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", ([, , sha], _b, url) =>
      this.page(
        [...this.merged.entries()]
          .filter(([, m]) => m.merge === sha)
          .map(([n, m]) => simplePullRequest(pullRequestJson(n, this.pullHeads.get(n) ?? "0".repeat(40), m))),
        url,
      ),
    ),
    this.route("GET", "/repos/{owner}/{repo}/attestations/{subject_digest}", ([, , digest]) => {
      const bundles = this.attestations[decodeURIComponent(digest)] ?? [];
      if (bundles.length === 0) return this.error(404, "Not Found");
      return {
        status: 200,
        body: {
          attestations: bundles.map((bundle, i) => ({
            bundle,
            repository_id: 1296269,
            bundle_url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/attestations/${700 + i}/bundle`,
          })),
        },
      };
    }),
    this.route("GET", "/orgs/{org}/teams/{team_slug}/memberships/{username}", ([org, team, login]) =>
      this.teams[`@${org}/${team}`]?.includes(decodeURIComponent(login))
        ? { status: 200, body: { url: `https://api.github.com/teams/1/memberships/${login}`, role: "member", state: "active" } }
        : this.error(404, "Not Found"),
    ),
  ];

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hung.splice(0)) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  inject(i: Injected): void {
    this.injected.push({ times: 1, ...i });
  }

  commentsBy(login: string): StoredComment[] {
    return this.comments.filter((c) => c.user === login);
  }

  private route(method: string, template: string, handle: Route["handle"]): Route {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
    return { method, template, pattern, handle };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    this.requests.push({ method, path: url.pathname });
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const fault = this.injected.find((f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.hang) {
        const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
        if (fault.hang === "after" && route) route.handle((route.pattern.exec(url.pathname) as RegExpExecArray).slice(1), raw ? JSON.parse(raw) : {}, url);
        this.hung.push(res);
        return;
      }
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (res.destroyed) return;
      res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
      res.end(JSON.stringify(fault.body ?? { message: `injected ${fault.status}`, documentation_url: "https://docs.github.com/rest" }));
      return;
    }
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      this.violations.push(`no route for ${method} ${url.pathname}`);
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not Found", documentation_url: "https://docs.github.com/rest" }));
      return;
    }
    const params = (route.pattern.exec(url.pathname) as RegExpExecArray).slice(1);
    const out = route.handle(params, raw ? JSON.parse(raw) : {}, url);
    const validate = responseValidator(route.template, method, out.status);
    if (validate && !validate(out.body)) {
      this.violations.push(
        `${method} ${route.template} ${out.status}: ${(validate.errors ?? [])
          .slice(0, 3)
          .map((e) => `${e.instancePath} ${e.message}`)
          .join("; ")}`,
      );
    }
    res.writeHead(out.status, { "content-type": "application/json; charset=utf-8", "x-ratelimit-remaining": "4999", ...out.headers });
    res.end(out.body === undefined ? "" : JSON.stringify(out.body));
  }

  private page(items: unknown[], url: URL) {
    const per = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url.toString());
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${next.toString()}>; rel="next", <${next.toString().replace(/page=\d+/, `page=${last}`)}>; rel="last"`;
    }
    return { status: 200, body: items.slice((page - 1) * per, page * per), headers };
  }

  private error(status: number, message: string) {
    return { status, body: { message, documentation_url: "https://docs.github.com/rest" } };
  }

  private commentJson(c: StoredComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/issues/comments/${c.id}`,
      html_url: `https://github.com/${API_OWNER}/${API_REPO}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/issues/${c.issue}`,
      body: c.body,
      user: user(c.user, c.user.endsWith("[bot]") ? "Bot" : "User"),
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      author_association: "NONE",
    };
  }

  private fullUser(login: string) {
    return {
      ...user(login),
      name: login,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: "2020-01-01T00:00:00Z",
      updated_at: "2020-01-01T00:00:00Z",
    };
  }
}

export { API_OWNER, API_REPO };

/** GET /pulls/{n}: the pull request object of a real webhook example, with its number and head, and once merged its merge facts. */
function pullRequestJson(number: number, head: string, merged?: { merge: string; author: string; body: string; labels: string[] }) {
  const examples = JSON.parse(readFileSync(join(ROOT, "node_modules/@octokit/webhooks-examples/api.github.com/index.json"), "utf8")) as Array<{
    name: string;
    examples: Array<{ action?: string; pull_request?: { number: number; head: { sha: string }; auto_merge?: unknown } }>;
  }>;
  const pr = structuredClone(examples.find((e) => e.name === "pull_request")?.examples.find((x) => x.action === "opened")?.pull_request);
  if (!pr) throw new Error("no pull_request opened example");
  pr.number = number;
  pr.head.sha = head;
  // Fields the REST answer has and the webhook's copy may lack.
  pr.auto_merge ??= null;
  if (merged) {
    const full = pr as unknown as Record<string, unknown> & { user: Record<string, unknown> };
    Object.assign(full, {
      state: "closed",
      merged: true,
      merged_at: "2026-02-01T00:00:00Z",
      closed_at: "2026-02-01T00:00:00Z",
      merge_commit_sha: merged.merge,
      body: merged.body,
      user: { ...full.user, login: merged.author },
      labels: merged.labels.map((name, i) => ({
        id: i + 1,
        node_id: `L_${i}`,
        url: `https://api.github.com/repos/${API_OWNER}/${API_REPO}/labels/${encodeURIComponent(name)}`,
        name,
        description: "",
        color: "d73a4a",
        default: false,
      })),
    });
  }
  return pr;
}

/** The pull-request-simple shape of list answers: the full object without the fields only GET /pulls/{n} has. */
function simplePullRequest(pr: object) {
  const {
    merged: _m,
    mergeable: _a,
    rebaseable: _r,
    mergeable_state: _s,
    merged_by: _b,
    comments: _c,
    review_comments: _rc,
    maintainer_can_modify: _mm,
    commits: _cm,
    additions: _ad,
    deletions: _de,
    changed_files: _cf,
    ...rest
  } = pr as Record<string, unknown>;
  return rest;
}

/**
 * A stand-in API for a test file: started before its tests, stopped after, and after each
 * test every answer it gave must have matched GitHub's OpenAPI description.
 */
export function useFakeGitHub(): () => FakeGitHub {
  let api: FakeGitHub | undefined;
  beforeAll(async () => {
    api = await new FakeGitHub().start();
  });
  afterAll(async () => {
    await api?.stop();
  });
  afterEach(() => {
    expect(api?.violations.splice(0)).toEqual([]);
  });
  return () => api as FakeGitHub;
}
