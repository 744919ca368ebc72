import type { GateType } from "../model.js";
import { PATH, VALUES } from "./fields.js";
import { checkMembership } from "./membership.js";

export const allowed: GateType = {
  type: "allowed",
  summary: "every matched value (each item of a matched list) is listed in values",
  fields: { path: PATH, values: VALUES },
  required: ["path", "values"],
  needs: "candidate",
  run: (ctx) => checkMembership(ctx, true),
};
