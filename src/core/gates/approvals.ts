import type { PullRequestInfo } from "../model.js";
import { defineGate } from "./define.js";
import { fail, pass, plural } from "./finding.js";

export const approvals = defineGate({
  type: "approvals",
  summary: "the pull request has at least `count` approving reviews, from the listed users or @org/team members when `from` is given",
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
    const counted = pr.approvals.filter(
      (login) => login !== pr.author && (!from || from.some((who) => (who.startsWith("@") ? pr.teams[who]?.includes(login) : who === login))),
    );
    const who = from ? ` from ${from.join(", ")}` : "";
    if (counted.length >= count) return pass(`${plural(counted.length, "approval")}${who}: ${counted.join(", ")}`);
    const message = `${plural(counted.length, "approval")}${who}, ${count} needed${counted.length ? ` (${counted.join(", ")})` : ""}`;
    return fail(message, [{ observed: counted.length, limit: count, message }]);
  },
});
