/**
 * Globs: `*` any text within one folder, `**` followed by `/` any number of whole folders,
 * `**` elsewhere any text, `?` one character other than `/`. Everything else is literal.
 *
 * Matched without backtracking, in time proportional to the path's length times the glob's
 * (a backtracking RegExp took 102 s on an 8,000-character name): a table says, for each
 * part of the glob and each position in the path, whether the rest can still match; the
 * wildcards' texts are then read off it, the same texts a RegExp would capture (`*` and
 * `**` the longest, `**‍/` the shortest).
 */
type Token = { kind: "text"; text: string } | { kind: "star" | "any" | "folders" | "one" };

const compiled = new Map<string, Token[]>();

function tokenize(glob: string): Token[] {
  let tokens = compiled.get(glob);
  if (tokens) return tokens;
  tokens = [];
  let text = "";
  const flush = () => {
    if (text) (tokens as Token[]).push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      flush();
      i++;
      if (glob[i + 1] === "/") {
        i++;
        tokens.push({ kind: "folders" });
      } else tokens.push({ kind: "any" });
    } else if (c === "*") {
      flush();
      tokens.push({ kind: "star" });
    } else if (c === "?") {
      flush();
      tokens.push({ kind: "one" });
    } else text += c;
  }
  flush();
  if (compiled.size > 10_000) compiled.clear();
  compiled.set(glob, tokens);
  return tokens;
}

/** The wildcards' texts when the path matches, else null. */
export function globMatch(glob: string, path: string): string[] | null {
  const tokens = tokenize(glob);
  const n = path.length;
  // What every match needs, checked before the table: the glob's fixed start and end (most
  // paths of a repository are not manifests and stop here).
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first?.kind === "text" && !path.startsWith(first.text)) return null;
  if (last?.kind === "text" && !path.endsWith(last.text)) return null;
  // One `*` between fixed texts (models/*/manifest_active.json): its text is what lies between them, if that holds no "/".
  const stars = tokens.length === 3 && first.kind === "text" && tokens[1].kind === "star" && last.kind === "text";
  if (stars && n >= first.text.length + last.text.length) {
    const middle = path.slice(first.text.length, n - last.text.length);
    return middle.includes("/") ? null : [middle];
  }
  // ok[i][j]: tokens i.. match path j.. (to the end).
  const ok: Uint8Array[] = new Array(tokens.length + 1);
  ok[tokens.length] = new Uint8Array(n + 1);
  ok[tokens.length][n] = 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    const next = ok[i + 1];
    const row = new Uint8Array(n + 1);
    if (t.kind === "text") {
      for (let j = 0; j + t.text.length <= n; j++) if (next[j + t.text.length] && path.startsWith(t.text, j)) row[j] = 1;
    } else if (t.kind === "one") {
      for (let j = 0; j < n; j++) if (path[j] !== "/" && next[j + 1]) row[j] = 1;
    } else if (t.kind === "star") {
      row[n] = next[n];
      for (let j = n - 1; j >= 0; j--) row[j] = next[j] || (path[j] !== "/" && row[j + 1]) ? 1 : 0;
    } else if (t.kind === "any") {
      row[n] = next[n];
      for (let j = n - 1; j >= 0; j--) row[j] = next[j] || row[j + 1] ? 1 : 0;
    } else {
      // Empty, or any text that ends with "/".
      let later = 0;
      row[n] = next[n];
      for (let j = n - 1; j >= 0; j--) {
        if (path[j] === "/" && next[j + 1]) later = 1;
        row[j] = next[j] || later ? 1 : 0;
      }
    }
    ok[i] = row;
  }
  if (!ok[0][0]) return null;
  const captures: string[] = [];
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = ok[i + 1];
    if (t.kind === "text") {
      j += t.text.length;
      continue;
    }
    let end = -1;
    if (t.kind === "one") end = j + 1;
    else if (t.kind === "star") {
      let limit = j;
      while (limit < n && path[limit] !== "/") limit++;
      for (let k = limit; k >= j && end < 0; k--) if (next[k]) end = k;
    } else if (t.kind === "any") {
      for (let k = n; k >= j && end < 0; k--) if (next[k]) end = k;
    } else if (next[j]) end = j;
    else for (let k = j + 1; k <= n && end < 0; k++) if (path[k - 1] === "/" && next[k]) end = k;
    captures.push(path.slice(j, end));
    j = end;
  }
  return captures;
}
