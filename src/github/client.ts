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
  /** Aborts every request in flight and every later one: the whole run's deadline. */
  signal?: AbortSignal;
  log?: (message: string) => void;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
  /** The author's account type: a bot (GitHub App, Actions) or a person. */
  bot: boolean;
}

/** One reviewer's latest verdict on the pull request, with the commit it was given on. */
export interface Review {
  login: string;
  state: string;
  commit: string;
  association: string;
}

/** A merged (or open) pull request's facts, from the API: never from the commit message. */
export interface MergedPullRequest {
  number: number;
  head: string;
  author: string;
  body: string;
  labels: string[];
  merged: boolean;
  mergeCommit: string | null;
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
        options.signal?.throwIfAborted();
        this.calls++;
        // Each attempt has its own deadline, and the run's deadline aborts it too: an aborted
        // request closes its connection, so nothing keeps the process alive past either.
        const attemptSignal = AbortSignal.timeout(timeout);
        const signal = options.signal ? AbortSignal.any([options.signal, attemptSignal]) : attemptSignal;
        try {
          let onAbort: (() => void) | undefined;
          const deadline = new Promise<never>((_, reject) => {
            onAbort = () => reject(Object.assign(new Error(`no answer within ${timeout} ms`), { status: undefined, timedOut: true }));
            signal.addEventListener("abort", onAbort, { once: true });
          });
          try {
            return await Promise.race([request({ ...params, request: { ...params.request, signal } }), deadline]);
          } finally {
            if (onAbort) signal.removeEventListener("abort", onAbort);
          }
        } catch (err) {
          const e = err as {
            status?: number;
            response?: { headers?: Record<string, string | undefined> };
            message?: string;
            timedOut?: boolean;
            name?: string;
          };
          if (options.signal?.aborted) throw new GitHubError(0, `${params.method} ${params.url}: stopped at the run's deadline`);
          const timedOut = e.timedOut === true || e.name === "AbortError" || attemptSignal.aborted;
          // A write that timed out may still have been done: retrying it could do it twice (a
          // second comment). The caller looks before writing again.
          if (timedOut && params.method !== "GET") throw new GitHubError(0, `${params.method} ${params.url}: no answer within ${timeout} ms`);
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

  /**
   * The login comments written with this token carry, or null when GitHub will not say:
   * `GET /user` answers 403 to GitHub App installation tokens (and to the workflow token).
   */
  async ownLogin(): Promise<string | null> {
    try {
      return (await (await this.octokit).rest.users.getAuthenticated()).data.login;
    } catch (err) {
      if (err instanceof GitHubError && (err.status === 403 || err.status === 401 || err.status === 404)) return null;
      throw err;
    }
  }

  async listComments(issue: number): Promise<Comment[]> {
    const octokit = await this.octokit;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "", bot: c.user?.type === "Bot" }));
  }

  /** Creates a comment; returns it as GitHub stored it, which names the token's own login. */
  async createComment(issue: number, body: string): Promise<Comment> {
    const { data } = await (await this.octokit).rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body });
    return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "", bot: data.user?.type === "Bot" };
  }

  /** The pull request's head commit now (a newer push may have come since the event). */
  async currentHead(pr: number): Promise<string> {
    return (await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr })).data.head.sha;
  }

  /** A pull request as GitHub has it now: after a merge, the facts the audit note records. */
  async pullRequest(pr: number): Promise<MergedPullRequest> {
    const { data } = await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr });
    return {
      number: data.number,
      head: data.head.sha,
      author: data.user?.login ?? "",
      body: data.body ?? "",
      labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
      merged: data.merged_at !== null,
      mergeCommit: data.merge_commit_sha ?? null,
    };
  }

  /** The pull requests GitHub associates with a commit (for a commit on the default branch: the one merged as it). */
  async pullsOfCommit(sha: string): Promise<Array<{ number: number; mergeCommit: string | null; merged: boolean }>> {
    const octokit = await this.octokit;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
    return data.map((p) => ({ number: p.number, mergeCommit: p.merge_commit_sha ?? null, merged: p.merged_at !== null }));
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

  /** Each reviewer's latest verdict (a later review replaces an earlier one; comments change nothing), with its commit. */
  async reviews(pr: number): Promise<Review[]> {
    const octokit = await this.octokit;
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: pr, per_page: 100 });
    const latest = new Map<string, Review>();
    for (const r of reviews) {
      if (r.user && r.state !== "COMMENTED" && r.state !== "PENDING")
        latest.set(r.user.login, { login: r.user.login, state: r.state, commit: r.commit_id ?? "", association: r.author_association });
    }
    return [...latest.values()];
  }

  /**
   * The Sigstore bundles of the artifact attestations stored on this repository for a sha256
   * (GET /repos/{owner}/{repo}/attestations/sha256:...): the first 100, which is more than one
   * artifact gathers. None is a 404. Bundles GitHub keeps only behind `bundle_url` are left out.
   */
  async attestations(sha256: string): Promise<unknown[]> {
    try {
      const { data } = await (await this.octokit).request("GET /repos/{owner}/{repo}/attestations/{subject_digest}", {
        owner: this.owner,
        repo: this.repo,
        subject_digest: `sha256:${sha256}`,
        per_page: 100,
      });
      return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return [];
      throw err;
    }
  }

  /** The user's permission on the repository: admin, write, read or none (maintain counts as write). */
  async permission(login: string): Promise<string> {
    try {
      const { data } = await (await this.octokit).rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      return data.permission;
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return "none";
      throw err;
    }
  }

  /** The last `labeled` event of a label that is on the pull request now: who applied it, its id and time. */
  async labelApplied(issue: number, label: string): Promise<{ actor: string; id: number; at: string } | null> {
    const octokit = await this.octokit;
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 });
    let applied: { actor: string; id: number; at: string } | null = null;
    for (const e of events) {
      const name = (e as { label?: { name?: string } }).label?.name;
      if (name !== label) continue;
      if (e.event === "labeled") applied = e.actor?.login ? { actor: e.actor.login, id: e.id, at: e.created_at } : null;
      if (e.event === "unlabeled") applied = null;
    }
    return applied;
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
