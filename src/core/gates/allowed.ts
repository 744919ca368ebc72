import { defineGate } from "./define.js";
import { PATH, VALUES } from "./fields.js";
import { checkMembership } from "./membership.js";

export const allowed = defineGate({
  type: "allowed",
  summary: "every matched value (each item of a matched list) is listed in values",
  fields: { path: PATH, values: VALUES },
  required: ["path", "values"],
  needs: ["candidate"],
  evaluate: (ctx) => checkMembership(ctx, true),
});
