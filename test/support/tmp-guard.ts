import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";

/** `npm test` leaves the temporary folder as it found it: whatever a test makes there, it removes. */
const ours = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith("modelgate-")));

export default function setup(): () => void {
  const before = ours();
  return () => {
    const left = [...ours()].filter((name) => !before.has(name));
    if (left.length > 0) throw new Error(`the tests left ${left.length} folder(s) in ${tmpdir()}: ${left.slice(0, 5).join(", ")}`);
  };
}
