// Writes trust/sigstore-public-good.json, the public Sigstore instance's trusted root that the
// `attestation` gate uses when a policy names no `trusted_root`. Offline (default): the root
// inside @sigstore/tuf's seeds, verified by TUF when that package was released. With --online:
// the current root from the Sigstore TUF repository (tuf-repo-cdn.sigstore.dev), via getTrustedRoot().
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const OUT = "trust/sigstore-public-good.json";
let root;
if (process.argv.includes("--online")) {
  const { getTrustedRoot } = await import("@sigstore/tuf");
  const { TrustedRoot } = await import("@sigstore/protobuf-specs");
  root = TrustedRoot.toJSON(await getTrustedRoot());
} else {
  const seeds = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@sigstore/tuf/seeds.json"), "utf8"));
  root = JSON.parse(Buffer.from(seeds["https://tuf-repo-cdn.sigstore.dev"].targets["trusted_root.json"], "base64").toString("utf8"));
}
writeFileSync(OUT, `${JSON.stringify(root, null, 2)}\n`);
console.log(
  `wrote ${OUT}: ${root.certificateAuthorities.length} certificate authorities, ${root.tlogs.length} transparency logs, ${(root.timestampAuthorities ?? []).length} timestamp authorities`,
);
