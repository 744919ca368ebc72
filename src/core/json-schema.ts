import type { ErrorObject } from "ajv";
import { pathError, schemaRefError } from "./formats.js";
import type { SchemaError } from "./model.js";
import type { Segment } from "./path.js";

/** Errors listed per validated file; the rest are counted (a 5 MB manifest can fail in millions of places). */
export const MAX_SCHEMA_ERRORS = 100;

/** Turns ajv's errors into messages a user can act on, at concrete paths of the data: the first MAX_SCHEMA_ERRORS, the last one counting the rest in `omitted`. */
export function schemaErrors(errors: ErrorObject[] | null | undefined, data: unknown): SchemaError[] {
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  const all = errors ?? [];
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    // "if" only says which branch failed; the branch's own errors say what is wrong.
    if (e.keyword === "if") continue;
    if (out.length === MAX_SCHEMA_ERRORS) {
      let omitted = 0;
      for (let j = i; j < all.length; j++) if (all[j].keyword !== "if") omitted++;
      out[out.length - 1].omitted = omitted;
      break;
    }
    const segments = pointerSegments(e.instancePath, data);
    let message: string;
    switch (e.keyword) {
      case "additionalProperties":
        segments.push(e.params.additionalProperty);
        message = `unknown field "${e.params.additionalProperty}"`;
        break;
      case "unevaluatedProperties":
        segments.push(e.params.unevaluatedProperty);
        message = `unknown field "${e.params.unevaluatedProperty}"`;
        break;
      case "required":
        message = `missing required field "${e.params.missingProperty}"`;
        break;
      case "enum":
        message = `must be one of: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
        break;
      case "const":
        message = `must be ${JSON.stringify(e.params.allowedValue)}`;
        break;
      case "format": {
        const value = valueAtPointer(data, segments);
        if (e.params.format === "modelgate-path") message = pathError(String(value)) ?? "invalid path";
        else if (e.params.format === "modelgate-schema-ref") message = schemaRefError(String(value)) ?? "invalid schema reference";
        else message = e.message ?? "invalid format";
        break;
      }
      case "type": {
        // Name the field and what was written: `gte must be a number, not "0.5"`.
        const field = typeof segments[segments.length - 1] === "string" ? `${segments[segments.length - 1]} ` : "";
        const want = String(e.params.type)
          .split(",")
          .map((t) => `${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`)
          .join(" or ");
        message = `${field}must be ${want}, not ${describe(valueAtPointer(data, segments))}`;
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const field = typeof segments[segments.length - 1] === "string" ? `${segments[segments.length - 1]} ` : "";
        message = `${field}${e.message ?? "is out of range"}, not ${describe(valueAtPointer(data, segments))}`;
        break;
      }
      default:
        message = e.message ?? "is invalid";
    }
    const key = `${segments.join("\u0000")}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ segments, message });
  }
  return out;
}

function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (!pointer) return [];
  const segs: Segment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const seg: Segment = Array.isArray(node) ? Number(key) : key;
    segs.push(seg);
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return segs;
}

/** A value as a message shows it: `the string "0.5"`, `the number 3`, `a list`. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return `the ${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

function valueAtPointer(data: unknown, segments: Segment[]): unknown {
  let node = data;
  for (const s of segments) node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}
