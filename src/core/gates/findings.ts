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
  return new Collected();
}

/** An array whose push counts every finding and keeps the first MAX_FINDINGS (a class: one per gate and change, so it is cheap to make). */
class Collected extends Array<Finding> {
  total = 0;

  // What map, filter and slice make of it is a plain list.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  override push(...items: Finding[]): number {
    for (const item of items) {
      this.total++;
      if (this.length < MAX_FINDINGS) super.push(item);
    }
    return this.length;
  }
}
