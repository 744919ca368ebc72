import type { PullRequestInfo } from "../model.js";
import { defineGate } from "./define.js";
import { fail, pass, plural } from "./finding.js";

export const approvals = defineGate({
  type: "approvals",
  summary:
    "the pull request has at least `count` approving reviews of its head commit, by people with write access or, when `from` is given, by the listed users or @org/team members; never its author",
  fields: {
    count: { type: "integer", minimum: 1 },
    from: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "logins, or teams as @org/team" },
  },
  required: ["count"],
  needs: ["pr"],
  evaluate(ctx) {
    // needs: ["pr"]: the engine skips this gate, with the reason, where there is no pull request.
    const pr = ctx.pr as PullRequestInfo;
    const count = ctx.options.count;
    const from = ctx.options.from;
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    // Only approvals of the head commit reach here; the adapter lists the others with why.
    const counted: string[] = [];
    const refused = [...(pr.notCounted ?? [])];
    for (const login of pr.approvals) {
      if (pr.author && same(login, pr.author)) refused.push({ login, reason: "the author" });
      else if (from) {
        const listed = from.some((who) => (who.startsWith("@") ? pr.teams[who]?.some((m) => same(m, login)) : same(who, login)));
        if (listed) counted.push(login);
        else refused.push({ login, reason: `not in ${from.join(", ")}` });
      } else if (pr.writers?.some((w) => same(w, login))) counted.push(login);
      else refused.push({ login, reason: "no write access to the repository" });
    }
    const who = from ? ` from ${from.join(", ")}` : " by people with write access";
    const not = refused.length ? `; not counted: ${refused.map((r) => `${r.login} (${r.reason})`).join(", ")}` : "";
    if (counted.length >= count) return pass(`${plural(counted.length, "approval")} of the head${who}: ${counted.join(", ")}${not}`);
    const message = `${plural(counted.length, "approval")} of the head${who}, ${count} needed${counted.length ? ` (${counted.join(", ")})` : ""}${not}`;
    return fail(message, [{ observed: counted.length, limit: count, message }]);
  },
});
