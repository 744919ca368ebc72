import { COMMENT_MARKER } from "../render/comment.js";
import { type Comment, type GitHubClient, GitHubError } from "./client.js";

export type CommentResult = { action: "created" | "updated" | "unchanged" | "none"; id?: number; author?: string };

/**
 * modelgate's own results comments: the marker on comments written by the token's login.
 * When GitHub will not say who the token is (`GET /user` answers 403 to App installation
 * tokens) and no `comment-author` input says it, the marker counts on comments by a bot
 * account only: a person (the pull request's author) cannot write as a bot.
 */
export function ownComments(comments: Comment[], identity: string | null): Comment[] {
  const marked = comments.filter((c) => c.body.includes(COMMENT_MARKER));
  if (identity) return marked.filter((c) => c.author === identity);
  const bots = marked.filter((c) => c.bot);
  // Several bots with the marker: the oldest comment's author is taken to be this action.
  return bots.filter((c) => c.author === bots[0]?.author);
}

/**
 * One results comment per pull request: found by the hidden marker on comments written by
 * modelgate's own user (a marker anyone else plants is ignored), updated in place. When two
 * runs race and both create one, the oldest is kept and the others deleted. A create that
 * got no answer is never repeated blindly: the comments are read again first.
 */
export async function upsertComment(
  client: GitHubClient,
  issue: number,
  body: string,
  identity: string | null,
  create: boolean,
  listed?: Comment[],
): Promise<CommentResult> {
  const mine = ownComments(listed ?? (await client.listComments(issue)), identity);
  if (mine.length > 0) {
    const [keep, ...extra] = mine;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.body === body) return { action: "unchanged", id: keep.id, author: keep.author };
    await client.updateComment(keep.id, body);
    return { action: "updated", id: keep.id, author: keep.author };
  }
  if (!create) return { action: "none" };
  let created: Comment;
  try {
    created = await client.createComment(issue, body);
  } catch (err) {
    if (!(err instanceof GitHubError && err.status === 0)) throw err;
    // No answer: GitHub may have written it anyway. Look, rather than write a second one.
    const landed = (await client.listComments(issue)).find((c) => c.body === body && (identity ? c.author === identity : c.bot));
    if (!landed) throw err;
    created = landed;
  }
  // The answer names the token's login, whatever GET /user said. Another run may have created
  // one at the same moment: keep the oldest, delete the rest.
  const after = ownComments(await client.listComments(issue), created.author);
  if (after.length > 1) {
    const [keep, ...extra] = after;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.id !== created.id) await client.updateComment(keep.id, body);
    return { action: "created", id: keep.id, author: created.author };
  }
  return { action: "created", id: created.id, author: created.author };
}
