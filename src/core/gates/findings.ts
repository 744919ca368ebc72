import type { Finding } from "../model.js";
import { MAX_FINDINGS } from "../report.js";

/** A gate's findings as it collects them: every one counted in `total`, only the first MAX_FINDINGS kept. */
export type FindingList = Finding[] & { total: number };

/**
 * A list to push a gate's findings into, so that a manifest failing in millions of places
 * costs a gate the memory of a hundred findings (the report lists no more; see boundFindings).
 * Messages should count `total`, not `length`.
 */
export function findingList(): FindingList {
  const list = [] as unknown as FindingList;
  list.total = 0;
  Object.defineProperty(list, "push", {
    enumerable: false,
    value: (...items: Finding[]) => {
      for (const item of items) {
        list.total++;
        if (list.length < MAX_FINDINGS) Array.prototype.push.call(list, item);
      }
      return list.length;
    },
  });
  return list;
}
