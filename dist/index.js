#!/usr/bin/env node

import {
  COMMENT_MARKER,
  auditLine,
  escapeMarkdown,
  readOverrideRecord,
  renderComment,
  renderJson,
  renderSummary
} from "./chunks/chunk-4WQEBYPG.js";
import {
  AuditNotes,
  DEFAULT_POLICY_PATH,
  GitRepo,
  ModelgateError,
  auditNote,
  changeVerb,
  errorReport,
  escapeTerminal,
  eventAudit,
  historyJson,
  modelLabel,
  noteText,
  readAuditNote,
  readHistory,
  runCheck
} from "./chunks/chunk-UN4ARXGQ.js";
import {
  VERSION
} from "./chunks/chunk-2IKIAXSP.js";
import "./chunks/chunk-MBGQZYH5.js";
import "./chunks/chunk-E44YDRMO.js";
import "./chunks/chunk-2RWHIQCE.js";
import "./chunks/chunk-Y5ALHOIO.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/action/run.ts
import { writeFileSync } from "node:fs";

// src/git/fetch.ts
var FETCH_HINT = "check out with actions/checkout and fetch-depth: 0, so that the base, the head and their history are present";
async function ensureCommits(repo, base, head, log, pr) {
  const quick = await repo.probe(base, head);
  if (quick.present && !quick.shallow) return;
  const missing = async () => {
    const out = [];
    for (const sha of [base, head]) if (!await repo.hasCommit(sha)) out.push(sha);
    return out;
  };
  let absent = await missing();
  if (absent.length > 0) {
    log(`fetching ${absent.join(", ")}, missing from the checkout`);
    for (const refspec of [...absent, ...pr ? [`+refs/pull/${pr}/head:refs/modelgate/pull/${pr}`] : []]) await repo.fetch([refspec]);
    absent = await missing();
    if (absent.length > 0) {
      throw new ModelgateError({
        file: "checkout",
        message: `commit${absent.length > 1 ? "s" : ""} ${absent.join(", ")} cannot be found or fetched`,
        hint: FETCH_HINT
      });
    }
  }
  if (await repo.mergeBase(base, head) === null && await repo.isShallow()) {
    log("the checkout is shallow and the base and head share no commit in it; fetching the full history");
    await repo.fetch(["--unshallow"]);
    if (await repo.mergeBase(base, head) === null)
      throw new ModelgateError({ file: "checkout", message: "the base and the head have no common history", hint: FETCH_HINT });
  }
}

// src/github/client.ts
var GitHubError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
var GitHubClient = class {
  constructor(options) {
    this.options = options;
    this.owner = options.owner;
    this.repo = options.repo;
  }
  options;
  client;
  owner;
  repo;
  calls = 0;
  /** octokit loads on the first call: a run that needs no API (no comment, no approvals) never pays for it. */
  get octokit() {
    this.client ??= import("./chunks/github-PFGJFHEE.js").then(({ getOctokit }) => this.create(getOctokit));
    return this.client;
  }
  create(factory) {
    const options = this.options;
    const octokit = factory(options.token, { baseUrl: options.apiUrl });
    const timeout = options.timeoutMs ?? 3e4;
    const attempts = options.attempts ?? 4;
    const backoff = options.backoffMs ?? 1e3;
    const maxWait = options.maxWaitMs ?? 6e4;
    octokit.hook.wrap("request", async (request, params) => {
      for (let attempt = 1; ; attempt++) {
        options.signal?.throwIfAborted();
        this.calls++;
        const attemptSignal = AbortSignal.timeout(timeout);
        const signal = options.signal ? AbortSignal.any([options.signal, attemptSignal]) : attemptSignal;
        try {
          let onAbort;
          const deadline = new Promise((_, reject) => {
            onAbort = () => reject(Object.assign(new Error(`no answer within ${timeout} ms`), { status: void 0, timedOut: true }));
            signal.addEventListener("abort", onAbort, { once: true });
          });
          try {
            return await Promise.race([request({ ...params, request: { ...params.request, signal } }), deadline]);
          } finally {
            if (onAbort) signal.removeEventListener("abort", onAbort);
          }
        } catch (err) {
          const e = err;
          if (options.signal?.aborted) throw new GitHubError(0, `${params.method} ${params.url}: stopped at the run's deadline`);
          const timedOut = e.timedOut === true || e.name === "AbortError" || attemptSignal.aborted;
          if (timedOut && params.method !== "GET") throw new GitHubError(0, `${params.method} ${params.url}: no answer within ${timeout} ms`);
          const wait = retryDelay(e.status, e.response?.headers ?? {}, backoff * 2 ** (attempt - 1));
          if (wait === null || attempt >= attempts || wait > maxWait) {
            throw new GitHubError(e.status ?? 0, `${params.method} ${params.url}: ${e.status ?? "network error"} ${e.message ?? ""}`.trim());
          }
          options.log?.(`GitHub answered ${e.status ?? "with a network error"} to ${params.method} ${params.url}; retrying in ${Math.round(wait / 1e3)} s`);
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
  async ownLogin() {
    try {
      return (await (await this.octokit).rest.users.getAuthenticated()).data.login;
    } catch (err) {
      if (err instanceof GitHubError && (err.status === 403 || err.status === 401 || err.status === 404)) return null;
      throw err;
    }
  }
  async listComments(issue2) {
    const octokit = await this.octokit;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue2, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "", bot: c.user?.type === "Bot" }));
  }
  /** Creates a comment; returns it as GitHub stored it, which names the token's own login. */
  async createComment(issue2, body) {
    const { data } = await (await this.octokit).rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue2, body });
    return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "", bot: data.user?.type === "Bot" };
  }
  /** The pull request's head commit now (a newer push may have come since the event). */
  async currentHead(pr) {
    return (await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr })).data.head.sha;
  }
  /** A pull request as GitHub has it now: after a merge, the facts the audit note records. */
  async pullRequest(pr) {
    const { data } = await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr });
    return {
      number: data.number,
      head: data.head.sha,
      author: data.user?.login ?? "",
      body: data.body ?? "",
      labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
      merged: data.merged_at !== null,
      mergeCommit: data.merge_commit_sha ?? null
    };
  }
  /** The pull requests GitHub associates with a commit (for a commit on the default branch: the one merged as it). */
  async pullsOfCommit(sha) {
    const octokit = await this.octokit;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
    return data.map((p) => ({ number: p.number, mergeCommit: p.merge_commit_sha ?? null, merged: p.merged_at !== null }));
  }
  async updateComment(id, body) {
    await (await this.octokit).rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body });
  }
  /** Deletes a comment; one already gone (another run removed it) is fine. */
  async deleteComment(id) {
    try {
      await (await this.octokit).rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id });
    } catch (err) {
      if (!(err instanceof GitHubError && err.status === 404)) throw err;
    }
  }
  /** Each reviewer's latest verdict (a later review replaces an earlier one; comments change nothing), with its commit. */
  async reviews(pr) {
    const octokit = await this.octokit;
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: pr, per_page: 100 });
    const latest = /* @__PURE__ */ new Map();
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
  async attestations(sha256) {
    try {
      const { data } = await (await this.octokit).request("GET /repos/{owner}/{repo}/attestations/{subject_digest}", {
        owner: this.owner,
        repo: this.repo,
        subject_digest: `sha256:${sha256}`,
        per_page: 100
      });
      return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== void 0 && b !== null);
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return [];
      throw err;
    }
  }
  /** The user's permission on the repository: admin, write, read or none (maintain counts as write). */
  async permission(login) {
    try {
      const { data } = await (await this.octokit).rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      return data.permission;
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return "none";
      throw err;
    }
  }
  /** The last `labeled` event of a label that is on the pull request now: who applied it, its id and time. */
  async labelApplied(issue2, label) {
    const octokit = await this.octokit;
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: this.owner, repo: this.repo, issue_number: issue2, per_page: 100 });
    let applied = null;
    for (const e of events) {
      const name = e.label?.name;
      if (name !== label) continue;
      if (e.event === "labeled") applied = e.actor?.login ? { actor: e.actor.login, id: e.id, at: e.created_at } : null;
      if (e.event === "unlabeled") applied = null;
    }
    return applied;
  }
  async isTeamMember(org, team, login) {
    try {
      const { data } = await (await this.octokit).rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
      return data.state === "active";
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return false;
      throw err;
    }
  }
};
function retryDelay(status, headers, backoff) {
  const after = headers["retry-after"];
  if (after !== void 0 && /^\d+$/.test(after)) return Number(after) * 1e3;
  const rateLimited = (status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0";
  if (rateLimited) {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - Date.now()) + 1e3 : backoff;
  }
  if (status === 429) return backoff;
  if (status === void 0 || status === 0 || status >= 500) return backoff;
  return null;
}

// src/github/pull-request.ts
async function readPullRequest(client, policy, facts) {
  const notes = [];
  const gates = [...policy.gates, ...policy.models.flatMap((m) => m.gates)].filter((g) => g.type === "approvals");
  const pr = { number: facts.number, author: facts.author, labels: facts.labels, approvals: [], teams: {}, body: facts.body };
  if (gates.length > 0) {
    const reviews = await client.reviews(facts.number);
    const short2 = facts.head.slice(0, 7);
    pr.notCounted = [];
    for (const r of reviews.filter((r2) => r2.state === "APPROVED")) {
      if (r.commit === facts.head) pr.approvals.push(r.login);
      else pr.notCounted.push({ login: r.login, reason: `approved ${r.commit.slice(0, 7) || "an older commit"}, not the head ${short2}` });
    }
    const author = facts.author.toLowerCase();
    if (gates.some((g) => !g.from)) {
      pr.writers = [];
      for (const r of reviews) {
        if (!pr.approvals.includes(r.login) || r.login.toLowerCase() === author) continue;
        if (r.association === "OWNER" || ["admin", "maintain", "write"].includes(await client.permission(r.login))) pr.writers.push(r.login);
      }
    }
    const teamsNamed = /* @__PURE__ */ new Set();
    for (const g of gates) for (const who of g.from ?? []) if (who.startsWith("@")) teamsNamed.add(who);
    for (const team of teamsNamed) pr.teams[team] = await members(client, team, pr.approvals);
  }
  const rule = policy.override;
  if (!rule?.label || !facts.labels.includes(rule.label)) return { pr, notes };
  const applied = await client.labelApplied(facts.number, rule.label);
  if (!applied) {
    notes.push(`The label ${rule.label} is on the pull request, but the issue events show no one applying it: the override is not honoured.`);
    return { pr, notes };
  }
  const actor = applied.actor;
  const listed = await isListed(client, rule.actors, actor);
  if (!listed) {
    notes.push(`The label ${rule.label} was applied by ${actor}, who is not listed in override.actors: the override is not honoured.`);
    return { pr, notes };
  }
  const short = facts.head.slice(0, 7);
  const labeledNow = facts.trigger?.action === "labeled" && facts.trigger.label === rule.label;
  const recorded = facts.record && facts.record.event === applied.id;
  if (!labeledNow && !(recorded && facts.record?.head === facts.head)) {
    const when = recorded ? `on ${facts.record?.head.slice(0, 7)}, before the push of ${short}` : `before ${short} became the head (or its run was cancelled)`;
    notes.push(
      `The label ${rule.label} was applied by ${actor} ${when}: an override holds only for the head it was given on. Remove the label and apply it again to force-promote ${short}.`
    );
    return { pr, notes };
  }
  const reason = overrideReason(facts.body);
  if (rule.require_reason && !reason) {
    notes.push(`The label ${rule.label} was applied by ${actor}, but the pull request body has no "Override-Reason:" line: the override is not honoured.`);
    return { pr, notes };
  }
  notes.push(`Force-promote: ${rule.label} applied by ${actor} on ${short}${reason ? `, reason: ${reason}` : ""}. A new push needs the label applied again.`);
  return { pr, notes, override: { actor, reason: reason ?? "(no reason given)" }, record: { head: facts.head, event: applied.id } };
}
async function isListed(client, actors, login) {
  for (const who of actors) {
    if (!who.startsWith("@") && who.toLowerCase() === login.toLowerCase()) return true;
  }
  for (const who of actors) {
    if (who.startsWith("@") && (await members(client, who, [login])).length > 0) return true;
  }
  return false;
}
async function members(client, team, logins) {
  const [org, slug] = team.slice(1).split("/");
  if (!org || !slug) return [];
  const out = [];
  for (const login of logins) if (await client.isTeamMember(org, slug, login)) out.push(login);
  return out;
}
function overrideReason(body) {
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^\s*>/.test(line) || /^( {4}|\t)/.test(line)) continue;
    const m = /^\s*Override-Reason:\s*(\S.*?)\s*$/.exec(line);
    if (m) return m[1];
  }
  return null;
}

// src/github/sticky.ts
function ownComments(comments, identity) {
  const marked = comments.filter((c) => c.body.includes(COMMENT_MARKER));
  if (identity) return marked.filter((c) => c.author === identity);
  const bots = marked.filter((c) => c.bot);
  return bots.filter((c) => c.author === bots[0]?.author);
}
async function upsertComment(client, issue2, body, identity, create, listed) {
  const mine = ownComments(listed ?? await client.listComments(issue2), identity);
  if (mine.length > 0) {
    const [keep, ...extra] = mine;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.body === body) return { action: "unchanged", id: keep.id, author: keep.author };
    await client.updateComment(keep.id, body);
    return { action: "updated", id: keep.id, author: keep.author };
  }
  if (!create) return { action: "none" };
  let created;
  try {
    created = await client.createComment(issue2, body);
  } catch (err) {
    if (!(err instanceof GitHubError && err.status === 0)) throw err;
    const landed = (await client.listComments(issue2)).find((c) => c.body === body && (identity ? c.author === identity : c.bot));
    if (!landed) throw err;
    created = landed;
  }
  const after = ownComments(await client.listComments(issue2), created.author);
  if (after.length > 1) {
    const [keep, ...extra] = after;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.id !== created.id) await client.updateComment(keep.id, body);
    return { action: "created", id: keep.id, author: created.author };
  }
  return { action: "created", id: created.id, author: created.author };
}

// src/render/annotations.ts
var ANNOTATION_CAP = 10;
function annotations(report) {
  const all = [];
  for (const e of report.errors) all.push({ level: "error", title: "modelgate: error", message: e.message, file: e.file, line: e.line, column: e.column });
  for (const c of report.changes) {
    for (const g of c.gates) {
      if (g.status !== "fail" && g.status !== "warn") continue;
      const level = g.status === "fail" ? "error" : "warning";
      for (const f of g.findings) {
        all.push({
          level,
          title: `modelgate ${g.id} (${modelLabel(c)})`,
          message: f.message ?? g.message,
          file: f.file ?? c.path,
          line: f.line,
          column: f.column
        });
      }
    }
  }
  for (const a of all) {
    a.message = a.message.split("\n").map(escapeTerminal).join("\n");
    a.title = escapeTerminal(a.title);
  }
  const shown = [];
  const count = { error: 0, warning: 0 };
  for (const a of all) {
    if (count[a.level] < ANNOTATION_CAP) {
      count[a.level]++;
      shown.push(a);
    }
  }
  return { shown, hidden: all.length - shown.length };
}

// src/action/audit.ts
var PERMISSION_HINT = "the job needs permissions: contents: write and a checkout that keeps its credentials (actions/checkout's default persist-credentials: true); or set audit-notes: false";
async function recordAudit(s, io, client, repo, events, now) {
  const outcome = { records: [], written: [], kept: [], pushed: false };
  const notes = new AuditNotes(repo.dir);
  if (!await notes.hasOrigin()) {
    io.warning("modelgate: the audit notes were not written: this checkout has no origin remote to push refs/notes/modelgate to.");
    return outcome;
  }
  const commits = [...new Set(events.map((e) => e.commit))];
  const records = [];
  for (const commit of commits) {
    try {
      const note = await judgeMerge(s, io, client, repo, commit, events.find((e) => e.commit === commit)?.pr ?? null, now);
      const check = note ? readAuditNote(noteText(note), commit) : null;
      if (check && "problem" in check) io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${check.problem}`);
      else if (note) records.push(note);
    } catch (err) {
      if (!(err instanceof GitHubError) && !(err instanceof ModelgateError)) throw err;
      io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${err.message}`);
    }
  }
  outcome.records = records;
  if (records.length === 0) return outcome;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const fetched = await notes.fetch();
    if (attempt === 2 && !fetched.ok) {
      io.warning(
        `modelgate: origin's refs/notes/modelgate moved during the push and could not be fetched again (${fetched.why}); re-run the job to write the audit notes.`
      );
      return outcome;
    }
    outcome.written = [];
    outcome.kept = [];
    for (const note of records) {
      const existing = await notes.show(note.commit);
      if (existing !== null) {
        const read = readAuditNote(existing, note.commit);
        if ("note" in read) io.info(`modelgate: ${note.commit.slice(0, 7)} already has an audit note (written ${read.note.written_at}); it is kept.`);
        else
          io.warning(
            `modelgate: ${note.commit.slice(0, 7)} already has a note in refs/notes/modelgate that is not a valid audit note (${read.problem}); it is left in place and no audit note was written for this commit.`
          );
        outcome.kept.push(note.commit);
        continue;
      }
      const added = await notes.add(note.commit, noteText(note));
      if (!added.ok) {
        io.warning(`modelgate: the audit note for ${note.commit.slice(0, 7)} could not be written: ${added.why}`);
        continue;
      }
      outcome.written.push(note.commit);
    }
    if (outcome.written.length === 0) return outcome;
    const pushed = await notes.push();
    if (pushed.ok) {
      outcome.pushed = true;
      io.info(
        `modelgate: audit note${outcome.written.length === 1 ? "" : "s"} pushed to origin's refs/notes/modelgate for ${outcome.written.map((c) => c.slice(0, 7)).join(", ")}`
      );
      return outcome;
    }
    if (!pushed.moved || attempt === 2) {
      io.warning(
        `modelgate: the audit note${outcome.written.length === 1 ? "" : "s"} for ${outcome.written.map((c) => c.slice(0, 7)).join(", ")} could not be pushed to origin's refs/notes/modelgate (${pushed.why}): ${pushed.moved ? "the notes ref kept moving; re-run the job" : PERMISSION_HINT}. The merge itself is unaffected.`
      );
      return outcome;
    }
    io.info("modelgate: origin's refs/notes/modelgate moved during the push; fetching it and writing the notes again.");
  }
  return outcome;
}
async function judgeMerge(s, io, client, repo, commit, numberInMessage, now) {
  const [base] = await repo.resolveAll([[`${commit}^1`, "the merge's first parent"]]).catch(() => [null]);
  if (!base) {
    io.info(`modelgate: ${commit.slice(0, 7)} is a root commit: there is no base to judge it against, so no audit note.`);
    return null;
  }
  const pr = await mergedPullRequest(client, commit, numberInMessage);
  let approvals = [];
  let override = null;
  let reviewsRead = false;
  const policyPath = s.policy ?? DEFAULT_POLICY_PATH;
  const report = await runCheck({
    cwd: repo.dir,
    base,
    head: commit,
    policy: s.policy,
    now,
    // As the pull request's check reads them: only `attestation` gates that name no bundle file.
    attestations: (sha256) => client.attestations(sha256),
    pullRequest: pr ? async (policy) => {
      const record = await ownRecord(s, client, pr.number);
      const verified = await readPullRequest(client, policy, {
        number: pr.number,
        author: pr.author,
        labels: pr.labels,
        body: pr.body,
        head: pr.head,
        record
      });
      if (verified.pr.notCounted) {
        reviewsRead = true;
        approvals = verified.pr.approvals;
      }
      if (verified.override) override = { label: policy.override?.label ?? "", actor: verified.override.actor, reason: verified.override.reason };
      return verified;
    } : void 0
  }).catch((err) => {
    if (!(err instanceof ModelgateError)) throw err;
    return errorReport(VERSION, commit, base, { path: policyPath, ref: base, files: [] }, err.problems);
  });
  if (pr && !reviewsRead) approvals = (await client.reviews(pr.number)).filter((r) => r.state === "APPROVED" && r.commit === pr.head).map((r) => r.login);
  return auditNote(report, {
    commit,
    base,
    pullRequest: pr ? { number: pr.number, author: pr.author, head: pr.head } : null,
    approvals,
    override,
    now
  });
}
async function mergedPullRequest(client, commit, numberInMessage) {
  const listed = await client.pullsOfCommit(commit);
  const number = listed.find((p) => p.merged && p.mergeCommit === commit)?.number ?? numberInMessage;
  if (number === null) return null;
  try {
    const pr = await client.pullRequest(number);
    return pr.merged && pr.mergeCommit === commit ? pr : null;
  } catch (err) {
    if (err instanceof GitHubError && err.status === 404) return null;
    throw err;
  }
}
async function ownRecord(s, client, pr) {
  const identity = s.commentAuthor ?? await client.ownLogin();
  const mine = ownComments(await client.listComments(pr), identity);
  return mine[0] ? readOverrideRecord(mine[0].body) : null;
}

// src/action/run.ts
async function runAction(s, io, now = /* @__PURE__ */ new Date(), signal) {
  const client = new GitHubClient({ token: s.token, apiUrl: s.apiUrl, owner: s.owner, repo: s.repo, timeoutMs: s.timeoutMs, log: io.info, signal });
  try {
    if (s.push) await reportPush(s, io, client, now);
    else await checkChange(s, io, client, now);
  } finally {
    io.info(`modelgate made ${client.calls} GitHub API call${client.calls === 1 ? "" : "s"}`);
  }
}
async function judgedRange(s, io) {
  const repo = await GitRepo.open(s.cwd);
  try {
    const pr = s.pr;
    if (pr?.merge) {
      if (!await repo.hasCommit(pr.merge)) await repo.fetch([`+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]).catch(() => {
      });
      if (!await repo.hasCommit(pr.merge)) await repo.fetch([pr.merge]).catch(() => {
      });
      const merge = pr.merge;
      const parentsOf = async () => await repo.hasCommit(merge) ? await repo.resolveAll([
        [`${merge}^1`, "the merge's base"],
        [`${merge}^2`, "the merge's head"]
      ]).catch(() => null) : null;
      let parents = await parentsOf();
      if (!parents && await repo.isShallow()) {
        await repo.fetch(["--deepen=1", `+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]);
        parents = await parentsOf();
      }
      if (parents && parents[1] === pr.head) {
        await ensureCommits(repo, parents[0], pr.merge, io.info, pr.number);
        return { base: parents[0], head: pr.merge, what: `the merge of head ${pr.head.slice(0, 7)} into base ${parents[0].slice(0, 7)}` };
      }
    }
    const range = pr ?? s.mergeGroup;
    if (!range) throw new Error("no base and head in the event");
    await ensureCommits(repo, range.base, range.head, io.info, pr?.number);
    const note = pr ? `GitHub's merge commit for this pull request is not available (a conflict, or not computed yet): the head ${pr.head.slice(0, 7)} is judged against the base, and what merging produces may differ.` : void 0;
    return { base: range.base, head: range.head, note };
  } finally {
    repo.close();
  }
}
async function checkChange(s, io, client, now) {
  const range = s.pr ?? s.mergeGroup;
  if (!range) throw new Error("no base and head in the event");
  const pr = s.pr;
  const own = pr && (s.comment !== "never" || pr.labels.length > 0) ? await readOwnComment(s, io, client, pr.number) : void 0;
  let report;
  let judged = { base: range.base, head: range.head };
  let record;
  try {
    judged = await judgedRange(s, io);
    report = await runCheck({
      cwd: s.cwd,
      base: judged.base,
      head: judged.head,
      policy: s.policy,
      policyRef: s.policyRef,
      now,
      // Read only by `attestation` gates that name no bundle file.
      attestations: (sha256) => client.attestations(sha256),
      pullRequest: pr ? async (policy) => {
        const verified = await readPullRequest(client, policy, {
          number: pr.number,
          author: pr.author,
          labels: pr.labels,
          body: pr.body,
          head: pr.head,
          trigger: { action: pr.action, label: pr.label },
          record: own?.record
        });
        record = verified.record;
        return verified;
      } : void 0
    });
    if (judged.note) report.notes = [judged.note, ...report.notes ?? []];
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    report = errorReport(VERSION, judged.head, judged.base, { path: s.policy ?? DEFAULT_POLICY_PATH, ref: judged.base, files: [] }, err.problems);
  }
  writeFileSync(s.reportPath, renderJson(report));
  io.setOutput("result", report.result);
  io.setOutput(
    "changes",
    JSON.stringify(report.changes.map((c) => ({ model: c.model, path: c.path, kind: c.kind, from: c.from, to: c.to, result: c.result })))
  );
  io.setOutput("report-path", s.reportPath);
  const { shown, hidden } = annotations(report);
  for (const a of shown) io.annotate(a);
  for (const p of report.result === "error" ? report.errors : []) io.annotate(problemAnnotation(p));
  const overflow = hidden > 0 ? `
${hidden} more finding${hidden === 1 ? " is" : "s are"} in this report but not annotated: GitHub shows at most 10 errors and 10 warnings a step.
` : "";
  await io.summary(renderSummary(report, { extra: overflow, judged: judged.what }));
  if (pr && s.comment !== "never" && own) await comment(s, io, client, report, { ...own, judged: judged.what, honoured: record });
  const warned = report.summary.warned > 0;
  if (s.failOn === "never") return;
  if (report.result === "error")
    io.setFailed(`modelgate could not run: ${report.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ""}: ${e.message}`).join("; ")}`);
  else if (report.result === "fail")
    io.setFailed(
      `modelgate: ${report.summary.failed} gate${report.summary.failed === 1 ? "" : "s"} failed${report.errors.length ? `, ${report.errors.length} file(s) unreadable` : ""}`
    );
  else if (s.failOn === "warning" && warned)
    io.setFailed(`modelgate: ${report.summary.warned} gate warning${report.summary.warned === 1 ? "" : "s"} (fail-on: warning)`);
}
async function readOwnComment(s, io, client, pr) {
  try {
    const identity = s.commentAuthor ?? await client.ownLogin();
    const comments = await client.listComments(pr);
    const mine = ownComments(comments, identity);
    return { identity, comments, record: mine[0] ? readOverrideRecord(mine[0].body) : null };
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    io.warning(`The pull request's comments could not be read (${err.message}); the verdict stands, the report is in the job summary.`);
    return { identity: null, record: null };
  }
}
async function comment(s, io, client, report, o) {
  const pr = s.pr;
  const create = s.comment === "always" || report.changes.length > 0 || report.errors.length > 0;
  const body = renderComment(report, { summaryUrl: s.runUrl, prHead: pr.head, judged: o.judged, override: o.honoured });
  try {
    const current = await client.currentHead(pr.number);
    if (current !== pr.head) {
      io.info(
        `The pull request's head is now ${current.slice(0, 7)}; this run judged ${pr.head.slice(0, 7)}, so the comment is left to the run for the newer head.`
      );
      return;
    }
    const done = await upsertComment(client, pr.number, body, o.identity, create, o.comments);
    if (done.action !== "none") io.info(`results comment ${done.action}${done.id ? ` (${done.id})` : ""}${done.author ? ` by ${done.author}` : ""}`);
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    if (err.status === 403 || err.status === 404) {
      io.warning(
        "The results comment could not be written: the token is read-only here (as for pull requests from forks). The verdict stands; the report is in the job summary."
      );
    } else if (err.status === 422) {
      io.warning(`GitHub refused the results comment (${err.message}); the report is in the job summary.`);
    } else {
      io.warning(`The results comment could not be written (${err.message}); the report is in the job summary.`);
    }
  }
}
function problemAnnotation(p) {
  return {
    level: "error",
    title: "modelgate: configuration",
    message: p.message + (p.hint ? ` (${p.hint})` : ""),
    file: p.file,
    line: p.line,
    column: p.column
  };
}
async function reportPush(s, io, client, now) {
  const push = s.push;
  const empty = () => {
    io.setOutput("result", "pass");
    io.setOutput("changes", "[]");
  };
  if (push.ref !== `refs/heads/${push.defaultBranch}` || /^0+$/.test(push.after)) {
    io.info(`push to ${push.ref}: modelgate reports only pushes to the default branch (${push.defaultBranch})`);
    return empty();
  }
  const repo = await GitRepo.open(s.cwd);
  try {
    const before = /^0+$/.test(push.before) ? null : push.before;
    if (before) await ensureCommits(repo, before, push.after, io.info);
    const range = await repo.firstParentRange(before, push.after);
    const events = (await readHistory({ repo, ref: push.after, policy: s.policy })).filter((e) => range.has(e.commit));
    const changes = historyJson(events);
    writeFileSync(s.reportPath, `${JSON.stringify(changes, null, 2)}
`);
    io.setOutput("result", "pass");
    io.setOutput("changes", JSON.stringify(changes));
    io.setOutput("report-path", s.reportPath);
    const audit = s.auditNotes && events.length > 0 ? await recordAudit(s, io, client, repo, events, now) : null;
    const recorded = (e) => {
      const note = audit?.records.find((n) => n.commit === e.commit);
      const line = note ? auditLine(eventAudit(noteText(note), e.commit, e.path)) : null;
      return line ? `<br>${escapeMarkdown(line, 1e3)}` : "";
    };
    const lines = events.map((e) => `- ${escapeMarkdown(changeVerb(e))}${e.pr ? ` (#${e.pr})` : ""}, commit \`${e.commit.slice(0, 7)}\`${recorded(e)}`);
    const pushedLine = audit?.pushed ? `
Audit note${audit.written.length === 1 ? "" : "s"} pushed to \`refs/notes/modelgate\` for ${audit.written.map((c) => `\`${c.slice(0, 7)}\``).join(", ")}.
` : audit && audit.written.length === 0 && audit.kept.length > 0 ? "\nThe audit notes in `refs/notes/modelgate` were already there; they are kept.\n" : audit ? "\nNo audit note was pushed to `refs/notes/modelgate` (see the warnings above).\n" : "";
    await io.summary(
      `### modelgate: ${events.length ? `${events.length} model change${events.length === 1 ? "" : "s"} merged` : "no governed manifest changed"}

${lines.join("\n")}
${pushedLine}`
    );
  } finally {
    repo.close();
  }
}

// src/action/settings.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
function choice(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be one of ${allowed.join(", ")}, not "${value}"`,
    hint: "fix the with: block of the workflow step"
  });
}
function seconds(name, value, fallback) {
  if (value === "") return fallback;
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be a whole number of seconds, not "${value}"`,
    hint: "fix the with: block of the workflow step"
  });
}
function readSettings(input, env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const supported = ["pull_request", "pull_request_target", "pull_request_review", "merge_group", "push"];
  if (!supported.includes(event)) {
    throw new ModelgateError({
      file: "workflow",
      message: `modelgate runs on ${supported.join(", ")}, not on ${event || "an unknown event"}`,
      hint: "change the workflow's on: block"
    });
  }
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch (err) {
    throw new ModelgateError({
      file: env.GITHUB_EVENT_PATH || "GITHUB_EVENT_PATH",
      message: `the event payload cannot be read: ${err.message.split("\n")[0]}`,
      hint: "the action runs in GitHub Actions, which provides the event; on another CI system use the command line (modelgate check)"
    });
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = input("working-directory") || ".";
  const token = input("token");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const settings = {
    cwd: isAbsolute(dir) ? dir : resolve(workspace, dir),
    event,
    token,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    owner,
    repo,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    policy: input("policy") || void 0,
    policyRef: choice("policy-ref", input("policy-ref"), ["base", "head"], "base"),
    comment: choice("comment", input("comment"), ["on-change", "always", "never"], "on-change"),
    failOn: choice("fail-on", input("fail-on"), ["error", "warning", "never"], "error"),
    reportPath: join(env.RUNNER_TEMP ?? tmpdir(), "modelgate-report.json"),
    timeoutMs: Number(env.MODELGATE_GITHUB_TIMEOUT_MS) > 0 ? Number(env.MODELGATE_GITHUB_TIMEOUT_MS) : 3e4,
    runTimeoutMs: seconds("timeout-seconds", input("timeout-seconds"), 300) * 1e3,
    commentAuthor: input("comment-author") || void 0,
    auditNotes: choice("audit-notes", input("audit-notes"), ["true", "false"], "true") === "true"
  };
  if (event === "pull_request" || event === "pull_request_target" || event === "pull_request_review") {
    const pr = payload.pull_request;
    const merge = event === "pull_request_target" ? pr.merge_commit_sha : env.GITHUB_SHA;
    settings.pr = {
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      author: pr.user?.login ?? "",
      labels: (pr.labels ?? []).map((l) => l.name),
      body: pr.body ?? "",
      merge: typeof merge === "string" && /^[0-9a-f]{40,64}$/.test(merge) && merge !== pr.head.sha ? merge : void 0,
      action: String(payload.action ?? ""),
      label: event === "pull_request" || event === "pull_request_target" ? payload.label?.name : void 0
    };
  } else if (event === "merge_group") {
    settings.mergeGroup = { base: payload.merge_group.base_sha, head: payload.merge_group.head_sha };
  } else {
    settings.push = { before: payload.before, after: payload.after, ref: payload.ref, defaultBranch: payload.repository?.default_branch ?? "main" };
  }
  return settings;
}

// src/action/index.ts
async function main() {
  const settings = readSettings((name) => getInput(name), process.env);
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    deadline.abort();
    setFailed(
      `modelgate did not finish within ${settings.runTimeoutMs / 1e3} s (input timeout-seconds): GitHub or git did not answer in time. Nothing more was written; re-run the job.`
    );
    process.exit(1);
  }, settings.runTimeoutMs);
  try {
    await runAction(
      settings,
      {
        setOutput: (name, value) => setOutput(name, value),
        summary: async (markdown) => {
          await summary.addRaw(markdown).write();
        },
        annotate: (a) => {
          const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
          if (a.level === "error") error(a.message, props);
          else warning(a.message, props);
        },
        info: (m) => info(m),
        warning: (m) => warning(m),
        setFailed: (m) => setFailed(m)
      },
      /* @__PURE__ */ new Date(),
      deadline.signal
    );
  } finally {
    clearTimeout(timer);
  }
}
main().catch((err) => {
  if (err instanceof ModelgateError) setFailed(err.message);
  else setFailed(`modelgate: internal error: ${err?.stack ?? String(err)}`);
}).finally(() => process.exit());
//# sourceMappingURL=index.js.map
