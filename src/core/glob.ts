const compiled = new Map<string, RegExp>();

/**
 * Glob to a RegExp whose groups are the wildcards' texts, in order: `*` within one folder,
 * `**` across folders, `?` one character. Everything else is literal.
 */
export function globRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (re) return re;
  let src = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      i++;
      if (glob[i + 1] === "/") {
        i++;
        src += "((?:[^/]*/)*?)";
      } else src += "(.*)";
    } else if (c === "*") src += "([^/]*)";
    else if (c === "?") src += "([^/])";
    else src += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  re = new RegExp(`^${src}$`);
  compiled.set(glob, re);
  return re;
}

/** The wildcards' texts when the path matches, else null. */
export function globMatch(glob: string, path: string): string[] | null {
  const m = globRegExp(glob).exec(path);
  return m ? m.slice(1) : null;
}
