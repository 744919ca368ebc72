import { COMMENT_MARKER } from "../render/comment.js";
import type { GitHubClient } from "./client.js";

export type CommentResult = { action: "created" | "updated" | "unchanged" | "none"; id?: number };

/**
 * One results comment per pull request: found by the hidden marker on comments written by
 * modelgate's own user (a marker anyone else plants is ignored), updated in place. When two
 * runs race and both create one, the oldest is kept and the others deleted.
 */
export async function upsertComment(client: GitHubClient, issue: number, body: string, owner: string, create: boolean): Promise<CommentResult> {
  const mine = (await client.listComments(issue)).filter((c) => c.author === owner && c.body.includes(COMMENT_MARKER));
  if (mine.length > 0) {
    const [keep, ...extra] = mine;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.body === body) return { action: "unchanged", id: keep.id };
    await client.updateComment(keep.id, body);
    return { action: "updated", id: keep.id };
  }
  if (!create) return { action: "none" };
  const id = await client.createComment(issue, body);
  // Another run may have created one at the same moment: keep the oldest, delete the rest.
  const after = (await client.listComments(issue)).filter((c) => c.author === owner && c.body.includes(COMMENT_MARKER));
  if (after.length > 1) {
    const [keep, ...extra] = after;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.id !== id) await client.updateComment(keep.id, body);
    return { action: "created", id: keep.id };
  }
  return { action: "created", id };
}
