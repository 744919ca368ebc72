import { showInvisible } from "./words.js";

/**
 * Text from a manifest or a commit, made inert in HTML (text or a quoted attribute): the five
 * characters that can end a text run or an attribute are entities, and invisible characters
 * show as `[U+XXXX]` as in every other medium. Every value the site and the audit page show
 * goes through here.
 */
export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return "";
  return showInvisible(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** JSON inside `<script type="application/json">`: no `<`, `>` or `&` can close the element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
