import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** modelgate's own folder (with policies/ and schemas/), from the bundle in dist/ or the sources in src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "policies")) && existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("modelgate's policies/ folder was not found next to the program");
}

export async function readPreset(name: string): Promise<string | null> {
  return readIfExists(join(packageRoot(), "policies", `${name}.yaml`));
}

export async function presetNames(): Promise<string[]> {
  const files = await readdir(join(packageRoot(), "policies"));
  return files
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -5))
    .sort();
}

export async function readBundledSchema(name: string): Promise<string | null> {
  return readIfExists(join(packageRoot(), "schemas", `${name}.schema.json`));
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}
