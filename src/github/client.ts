import type { getOctokit } from "@actions/github";

type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** Attempts per request, for 5xx, rate limits and network errors. */
  attempts?: number;
  /** First backoff delay; doubles each attempt. Retry-After and rate-limit reset headers take precedence. */
  backoffMs?: number;
  /** Longest wait for a rate limit to reset before giving up. */
  maxWaitMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
}

/** An HTTP failure from GitHub, after retries, with the status to decide on. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The few GitHub calls modelgate makes, each retried with backoff on server errors, rate
 * limits and timeouts, and counted.
 */
export class GitHubClient {
  private client?: Promise<Octokit>;
  private readonly owner: string;
  private readonly repo: string;
  calls = 0;

  constructor(private readonly options: ClientOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
  }

  /** octokit loads on the first call: a run that needs no API (no comment, no approvals) never pays for it. */
  private get octokit(): Promise<Octokit> {
    this.client ??= import("@actions/github").then(({ getOctokit }) => this.create(getOctokit));
    return this.client;
  }

  private create(factory: typeof getOctokit): Octokit {
    const options = this.options;
    const octokit = factory(options.token, { baseUrl: options.apiUrl });
    const timeout = options.timeoutMs ?? 30_000;
    const attempts = options.attempts ?? 4;
    const backoff = options.backoffMs ?? 1000;
    const maxWait = options.maxWaitMs ?? 60_000;
    octokit.hook.wrap("request", async (request, params) => {
      for (let attempt = 1; ; attempt++) {
        this.calls++;
        try {
          // Each attempt has its own deadline (the fetch underneath does not take a signal); a
          // timeout counts as a network error and is retried. A duplicate comment that a late
          // answer may still create is removed by the sticky-comment logic.
          let timer: NodeJS.Timeout | undefined;
          const deadline = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeout} ms`), { status: undefined })), timeout);
          });
          try {
            return await Promise.race([request(params), deadline]);
          } finally {
            clearTimeout(timer);
          }
        } catch (err) {
          const e = err as { status?: number; response?: { headers?: Record<string, string | undefined> }; message?: string };
          const wait = retryDelay(e.status, e.response?.headers ?? {}, backoff * 2 ** (attempt - 1));
          if (wait === null || attempt >= attempts || wait > maxWait) {
            throw new GitHubError(e.status ?? 0, `${params.method} ${params.url}: ${e.status ?? "network error"} ${e.message ?? ""}`.trim());
          }
          options.log?.(`GitHub answered ${e.status ?? "with a network error"} to ${params.method} ${params.url}; retrying in ${Math.round(wait / 1000)} s`);
          await new Promise((r) => setTimeout(r, wait));
        }
      }
    });
    return octokit;
  }

  /** The login comments written with this token carry; the workflow token's is github-actions[bot]. */
  async ownLogin(): Promise<string> {
    try {
      return (await (await this.octokit).rest.users.getAuthenticated()).data.login;
    } catch {
      return "github-actions[bot]";
    }
  }

  async listComments(issue: number): Promise<Comment[]> {
    const octokit = await this.octokit;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "" }));
  }

  async createComment(issue: number, body: string): Promise<number> {
    return (await (await this.octokit).rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body })).data.id;
  }

  async updateComment(id: number, body: string): Promise<void> {
    await (await this.octokit).rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body });
  }

  /** Deletes a comment; one already gone (another run removed it) is fine. */
  async deleteComment(id: number): Promise<void> {
    try {
      await (await this.octokit).rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id });
    } catch (err) {
      if (!(err instanceof GitHubError && err.status === 404)) throw err;
    }
  }

  /** Logins whose latest review of the pull request approves it (a later review replaces an earlier one). */
  async approvals(pr: number): Promise<string[]> {
    const octokit = await this.octokit;
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: pr, per_page: 100 });
    const latest = new Map<string, string>();
    for (const r of reviews) {
      // Comments do not change a reviewer's verdict; approvals, change requests and dismissals do.
      if (r.user && r.state !== "COMMENTED" && r.state !== "PENDING") latest.set(r.user.login, r.state);
    }
    return [...latest].filter(([, state]) => state === "APPROVED").map(([login]) => login);
  }

  /** Who applied a label that is on the pull request now: the actor of the last `labeled` event for it. */
  async labelAppliedBy(issue: number, label: string): Promise<string | null> {
    const octokit = await this.octokit;
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    let actor: string | null = null;
    for (const e of events) {
      const name = (e as { label?: { name?: string } }).label?.name;
      if (name !== label) continue;
      if (e.event === "labeled") actor = e.actor?.login ?? null;
      if (e.event === "unlabeled") actor = null;
    }
    return actor;
  }

  async isTeamMember(org: string, team: string, login: string): Promise<boolean> {
    try {
      const { data } = await (await this.octokit).rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
      return data.state === "active";
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return false;
      throw err;
    }
  }
}

/** How long to wait before retrying, or null when retrying cannot help. */
export function retryDelay(status: number | undefined, headers: Record<string, string | undefined>, backoff: number): number | null {
  const after = headers["retry-after"];
  if (after !== undefined && /^\d+$/.test(after)) return Number(after) * 1000;
  const rateLimited = (status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0";
  if (rateLimited) {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) + 1000 : backoff;
  }
  if (status === 429) return backoff;
  if (status === undefined || status === 0 || status >= 500) return backoff;
  return null;
}
