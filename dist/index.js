#!/usr/bin/env node

import {
  require_ucs2length
} from "./chunks/chunk-MBGQZYH5.js";
import {
  require_equal
} from "./chunks/chunk-E44YDRMO.js";
import {
  WILDCARD,
  concreteSegments,
  deepestExisting,
  formatPath,
  formatPattern,
  formats,
  lazyPath,
  matchPath,
  nearestKey,
  nearestPattern,
  parsePath,
  pathError,
  placesIn,
  schemaRefError,
  valueAt
} from "./chunks/chunk-S5W6PXCU.js";
import {
  __toESM
} from "./chunks/chunk-Y5ALHOIO.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/core/problem.ts
var ModelgateError = class extends Error {
  problems;
  constructor(problems) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join("\n"));
    this.name = "ModelgateError";
    this.problems = list;
  }
};
function formatProblem(p) {
  let where2 = p.file;
  if (p.line !== void 0) where2 += `:${p.line}${p.column !== void 0 ? `:${p.column}` : ""}`;
  return `${where2}: ${p.message}${p.hint ? `
  hint: ${p.hint}` : ""}`;
}

// src/action/run.ts
import { writeFileSync as writeFileSync2 } from "node:fs";

// src/generated/audit-note.mjs
var __dep1ns = __toESM(require_ucs2length(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var audit_note_default = validate95;
var schema54 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/audit-note.schema.json", "title": "modelgate audit note", "description": "The git note (refs/notes/modelgate) the action writes on a commit of the default branch that changed a governed manifest: the verdict of what was merged, re-judged on push with the pull request's facts read from the GitHub API.", "type": "object", "required": ["schema_version", "tool", "commit", "base", "result", "pull_request", "approvals", "override", "waivers", "changes", "report_sha256", "written_at"], "additionalProperties": false, "properties": { "schema_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "const": "modelgate" }, "version": { "type": "string", "maxLength": 64 } } }, "commit": { "description": "The commit the note is about; a note attached to another commit is not trusted.", "$ref": "#/$defs/sha" }, "base": { "description": "The commit's first parent: the state it was judged against, whose policy decided.", "$ref": "#/$defs/sha" }, "result": { "enum": ["pass", "fail", "error"] }, "pull_request": { "description": "The merged pull request, found through the GitHub API (never from the commit message); null for a direct push.", "oneOf": [{ "type": "null" }, { "type": "object", "required": ["number", "author", "head"], "additionalProperties": false, "properties": { "number": { "type": "integer", "minimum": 1 }, "author": { "$ref": "#/$defs/login" }, "head": { "$ref": "#/$defs/sha" } } }] }, "approvals": { "description": "Logins whose latest review approved the pull request's head commit.", "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/login" } }, "override": { "description": "The force-promote override, when it was honoured: who applied the label and the reason from the pull request body.", "oneOf": [{ "type": "null" }, { "type": "object", "required": ["label", "actor", "reason"], "additionalProperties": false, "properties": { "label": { "type": "string", "maxLength": 256 }, "actor": { "$ref": "#/$defs/login" }, "reason": { "$ref": "#/$defs/text" } } }] }, "waivers": { "description": "The policy's waivers that turned a failing gate into overridden.", "type": "array", "maxItems": 1e4, "items": { "type": "object", "required": ["gate", "model", "reason", "expires"], "additionalProperties": false, "properties": { "gate": { "$ref": "#/$defs/name" }, "model": { "$ref": "#/$defs/name" }, "reason": { "$ref": "#/$defs/text" }, "expires": { "type": "string", "maxLength": 64 } } } }, "changes": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "required": ["model", "path", "kind", "from", "to", "result", "gates"], "additionalProperties": false, "properties": { "model": { "$ref": "#/$defs/name" }, "path": { "type": "string", "maxLength": 4096 }, "kind": { "type": "string", "maxLength": 64 }, "from": { "type": ["string", "null"], "maxLength": 1024 }, "to": { "type": ["string", "null"], "maxLength": 1024 }, "result": { "enum": ["pass", "fail"] }, "gates": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "required": ["id", "type", "status"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/name" }, "type": { "type": "string", "maxLength": 64 }, "status": { "enum": ["pass", "fail", "warn", "skip", "overridden"] }, "by": { "description": "For an overridden gate: a waiver or the override label.", "enum": ["waiver", "label"] } } } } } } }, "errors": { "description": "Governed files or the policy that could not be read, as file:line:col and message.", "type": "array", "maxItems": 100, "items": { "$ref": "#/$defs/text" } }, "report_sha256": { "description": "sha256 of the full report as canonical JSON (keys sorted, no whitespace), as the action computed it.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "written_at": { "description": "When the action wrote the note (UTC).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" } }, "$defs": { "sha": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "login": { "type": "string", "minLength": 1, "maxLength": 100 }, "name": { "type": "string", "maxLength": 1024 }, "text": { "type": "string", "maxLength": 4096 } } };
var func8 = Object.prototype.hasOwnProperty;
var func1 = __dep1.default;
var pattern32 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern32.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func1(data) > 100) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func1(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func1(data) > 4096) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func1(data) > 1024) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern40 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern43 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.base === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.result === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.pull_request === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.approvals === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.override === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "override" }, message: "must have required property 'override'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.waivers === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "waivers" }, message: "must have required property 'waivers'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.report_sha256 === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report_sha256" }, message: "must have required property 'report_sha256'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.written_at === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "written_at" }, message: "must have required property 'written_at'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema54.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      if (1 !== data.schema_version) {
        const err13 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err14 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err15 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version")) {
            const err16 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          if ("modelgate" !== data1.name) {
            const err17 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "modelgate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func1(data3) > 64) {
              const err18 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      if (!validate96(data.commit, { instancePath: instancePath + "/commit", parentData: data, parentDataProperty: "commit", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
        errors = vErrors.length;
      }
    }
    if (data.base !== void 0) {
      if (!validate96(data.base, { instancePath: instancePath + "/base", parentData: data, parentDataProperty: "base", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
        errors = vErrors.length;
      }
    }
    if (data.result !== void 0) {
      let data6 = data.result;
      if (!(data6 === "pass" || data6 === "fail" || data6 === "error")) {
        const err21 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema54.properties.result.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.pull_request !== void 0) {
      let data7 = data.pull_request;
      const _errs13 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (data7 !== null) {
        const err22 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.number === void 0) {
          const err23 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/1/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7.author === void 0) {
          const err24 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/1/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data7.head === void 0) {
          const err25 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/1/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "number" || key2 === "author" || key2 === "head")) {
            const err26 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.number !== void 0) {
          let data8 = data7.number;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err27 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/oneOf/1/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err28 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/oneOf/1/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data7.author !== void 0) {
          if (!validate99(data7.author, { instancePath: instancePath + "/pull_request/author", parentData: data7, parentDataProperty: "author", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
        if (data7.head !== void 0) {
          if (!validate96(data7.head, { instancePath: instancePath + "/pull_request/head", parentData: data7, parentDataProperty: "head", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err30 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.approvals !== void 0) {
      let data11 = data.approvals;
      if (Array.isArray(data11)) {
        if (data11.length > 100) {
          const err31 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate99(data11[i0], { instancePath: instancePath + "/approvals/" + i0, parentData: data11, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.override !== void 0) {
      let data13 = data.override;
      const _errs27 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs28 = errors;
      if (data13 !== null) {
        const err33 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs30 = errors;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.label === void 0) {
          const err34 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data13.actor === void 0) {
          const err35 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data13.reason === void 0) {
          const err36 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key3 in data13) {
          if (!(key3 === "label" || key3 === "actor" || key3 === "reason")) {
            const err37 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.label !== void 0) {
          let data14 = data13.label;
          if (typeof data14 === "string") {
            if (func1(data14) > 256) {
              const err38 = { instancePath: instancePath + "/override/label", schemaPath: "#/properties/override/oneOf/1/properties/label/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/override/label", schemaPath: "#/properties/override/oneOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data13.actor !== void 0) {
          if (!validate99(data13.actor, { instancePath: instancePath + "/override/actor", parentData: data13, parentDataProperty: "actor", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
        if (data13.reason !== void 0) {
          if (!validate104(data13.reason, { instancePath: instancePath + "/override/reason", parentData: data13, parentDataProperty: "reason", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err41 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.waivers !== void 0) {
      let data17 = data.waivers;
      if (Array.isArray(data17)) {
        if (data17.length > 1e4) {
          const err42 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.gate === void 0) {
              const err43 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data18.model === void 0) {
              const err44 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data18.reason === void 0) {
              const err45 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data18.expires === void 0) {
              const err46 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key4 in data18) {
              if (!(key4 === "gate" || key4 === "model" || key4 === "reason" || key4 === "expires")) {
                const err47 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data18.gate !== void 0) {
              if (!validate106(data18.gate, { instancePath: instancePath + "/waivers/" + i1 + "/gate", parentData: data18, parentDataProperty: "gate", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
                errors = vErrors.length;
              }
            }
            if (data18.model !== void 0) {
              if (!validate106(data18.model, { instancePath: instancePath + "/waivers/" + i1 + "/model", parentData: data18, parentDataProperty: "model", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
                errors = vErrors.length;
              }
            }
            if (data18.reason !== void 0) {
              if (!validate104(data18.reason, { instancePath: instancePath + "/waivers/" + i1 + "/reason", parentData: data18, parentDataProperty: "reason", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
                errors = vErrors.length;
              }
            }
            if (data18.expires !== void 0) {
              let data22 = data18.expires;
              if (typeof data22 === "string") {
                if (func1(data22) > 64) {
                  const err48 = { instancePath: instancePath + "/waivers/" + i1 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/waivers/" + i1 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/waivers/" + i1, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data23 = data.changes;
      if (Array.isArray(data23)) {
        if (data23.length > 1e4) {
          const err52 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data24 = data23[i2];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.model === void 0) {
              const err53 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data24.path === void 0) {
              const err54 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data24.kind === void 0) {
              const err55 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data24.from === void 0) {
              const err56 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data24.to === void 0) {
              const err57 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data24.result === void 0) {
              const err58 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data24.gates === void 0) {
              const err59 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key5 in data24) {
              if (!(key5 === "model" || key5 === "path" || key5 === "kind" || key5 === "from" || key5 === "to" || key5 === "result" || key5 === "gates")) {
                const err60 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data24.model !== void 0) {
              if (!validate106(data24.model, { instancePath: instancePath + "/changes/" + i2 + "/model", parentData: data24, parentDataProperty: "model", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
                errors = vErrors.length;
              }
            }
            if (data24.path !== void 0) {
              let data26 = data24.path;
              if (typeof data26 === "string") {
                if (func1(data26) > 4096) {
                  const err61 = { instancePath: instancePath + "/changes/" + i2 + "/path", schemaPath: "#/properties/changes/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/changes/" + i2 + "/path", schemaPath: "#/properties/changes/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data24.kind !== void 0) {
              let data27 = data24.kind;
              if (typeof data27 === "string") {
                if (func1(data27) > 64) {
                  const err63 = { instancePath: instancePath + "/changes/" + i2 + "/kind", schemaPath: "#/properties/changes/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/changes/" + i2 + "/kind", schemaPath: "#/properties/changes/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data24.from !== void 0) {
              let data28 = data24.from;
              if (typeof data28 !== "string" && data28 !== null) {
                const err65 = { instancePath: instancePath + "/changes/" + i2 + "/from", schemaPath: "#/properties/changes/items/properties/from/type", keyword: "type", params: { type: schema54.properties.changes.items.properties.from.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (typeof data28 === "string") {
                if (func1(data28) > 1024) {
                  const err66 = { instancePath: instancePath + "/changes/" + i2 + "/from", schemaPath: "#/properties/changes/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data24.to !== void 0) {
              let data29 = data24.to;
              if (typeof data29 !== "string" && data29 !== null) {
                const err67 = { instancePath: instancePath + "/changes/" + i2 + "/to", schemaPath: "#/properties/changes/items/properties/to/type", keyword: "type", params: { type: schema54.properties.changes.items.properties.to.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data29 === "string") {
                if (func1(data29) > 1024) {
                  const err68 = { instancePath: instancePath + "/changes/" + i2 + "/to", schemaPath: "#/properties/changes/items/properties/to/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            }
            if (data24.result !== void 0) {
              let data30 = data24.result;
              if (!(data30 === "pass" || data30 === "fail")) {
                const err69 = { instancePath: instancePath + "/changes/" + i2 + "/result", schemaPath: "#/properties/changes/items/properties/result/enum", keyword: "enum", params: { allowedValues: schema54.properties.changes.items.properties.result.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data24.gates !== void 0) {
              let data31 = data24.gates;
              if (Array.isArray(data31)) {
                if (data31.length > 1e4) {
                  const err70 = { instancePath: instancePath + "/changes/" + i2 + "/gates", schemaPath: "#/properties/changes/items/properties/gates/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                const len3 = data31.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data32 = data31[i3];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.id === void 0) {
                      const err71 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3, schemaPath: "#/properties/changes/items/properties/gates/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (data32.type === void 0) {
                      const err72 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3, schemaPath: "#/properties/changes/items/properties/gates/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data32.status === void 0) {
                      const err73 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3, schemaPath: "#/properties/changes/items/properties/gates/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                    for (const key6 in data32) {
                      if (!(key6 === "id" || key6 === "type" || key6 === "status" || key6 === "by")) {
                        const err74 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3, schemaPath: "#/properties/changes/items/properties/gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                    if (data32.id !== void 0) {
                      if (!validate106(data32.id, { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3 + "/id", parentData: data32, parentDataProperty: "id", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data32.type !== void 0) {
                      let data34 = data32.type;
                      if (typeof data34 === "string") {
                        if (func1(data34) > 64) {
                          const err75 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3 + "/type", schemaPath: "#/properties/changes/items/properties/gates/items/properties/type/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3 + "/type", schemaPath: "#/properties/changes/items/properties/gates/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data32.status !== void 0) {
                      let data35 = data32.status;
                      if (!(data35 === "pass" || data35 === "fail" || data35 === "warn" || data35 === "skip" || data35 === "overridden")) {
                        const err77 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3 + "/status", schemaPath: "#/properties/changes/items/properties/gates/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema54.properties.changes.items.properties.gates.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data32.by !== void 0) {
                      let data36 = data32.by;
                      if (!(data36 === "waiver" || data36 === "label")) {
                        const err78 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3 + "/by", schemaPath: "#/properties/changes/items/properties/gates/items/properties/by/enum", keyword: "enum", params: { allowedValues: schema54.properties.changes.items.properties.gates.items.properties.by.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/changes/" + i2 + "/gates/" + i3, schemaPath: "#/properties/changes/items/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/changes/" + i2 + "/gates", schemaPath: "#/properties/changes/items/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data37 = data.errors;
      if (Array.isArray(data37)) {
        if (data37.length > 100) {
          const err83 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        const len4 = data37.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate104(data37[i4], { instancePath: instancePath + "/errors/" + i4, parentData: data37, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.report_sha256 !== void 0) {
      let data39 = data.report_sha256;
      if (typeof data39 === "string") {
        if (!pattern40.test(data39)) {
          const err85 = { instancePath: instancePath + "/report_sha256", schemaPath: "#/properties/report_sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      } else {
        const err86 = { instancePath: instancePath + "/report_sha256", schemaPath: "#/properties/report_sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.written_at !== void 0) {
      let data40 = data.written_at;
      if (typeof data40 === "string") {
        if (!pattern43.test(data40)) {
          const err87 = { instancePath: instancePath + "/written_at", schemaPath: "#/properties/written_at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      } else {
        const err88 = { instancePath: instancePath + "/written_at", schemaPath: "#/properties/written_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/hash.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var crypto2;
function sha256Hash() {
  crypto2 ??= load("node:crypto");
  return crypto2.createHash("sha256");
}
function sha256Hex(data) {
  return sha256Hash().update(data).digest("hex");
}

// src/core/audit.ts
var NOTES_REF = "refs/notes/modelgate";
var MAX_NOTE_BYTES = 1 << 20;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === void 0 ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function reportDigest(report) {
  return sha256Hex(canonicalJson(report));
}
function cut(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function auditNote(report, facts) {
  const waivers = [];
  for (const c of report.changes)
    for (const g of c.gates)
      if (g.override?.by === "waiver")
        waivers.push({ gate: cut(g.id, 1024), model: cut(c.model, 1024), reason: cut(g.override.reason, 4096), expires: cut(g.override.expires ?? "", 64) });
  const note = {
    schema_version: 1,
    tool: { name: "modelgate", version: report.tool.version },
    commit: facts.commit,
    base: facts.base,
    result: report.result,
    pull_request: facts.pullRequest,
    approvals: [...new Set(facts.approvals)].sort(),
    override: facts.override && { label: cut(facts.override.label, 256), actor: facts.override.actor, reason: cut(facts.override.reason, 4096) },
    waivers,
    changes: report.changes.map((c) => ({
      model: cut(c.model, 1024),
      path: cut(c.path, 4096),
      kind: c.kind,
      from: c.from === null ? null : cut(c.from, 1024),
      to: c.to === null ? null : cut(c.to, 1024),
      result: c.result,
      gates: c.gates.map((g) => ({ id: cut(g.id, 1024), type: g.type, status: g.status, ...g.override ? { by: g.override.by } : {} }))
    })),
    report_sha256: reportDigest(report),
    written_at: facts.now.toISOString()
  };
  if (report.errors.length > 0)
    note.errors = report.errors.slice(0, 100).map((e) => cut(`${e.file}${e.line ? `:${e.line}:${e.column}` : ""}: ${e.message}`, 4096));
  return note;
}
function noteText(note) {
  return `${JSON.stringify(note, null, 2)}
`;
}
function readAuditNote(text, commit) {
  if (Buffer.byteLength(text) > MAX_NOTE_BYTES) return { problem: `the note is larger than an audit note can be (${MAX_NOTE_BYTES} bytes)` };
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: `the note is not JSON (${err.message.split("\n")[0]})` };
  }
  if (!audit_note_default(value)) {
    const first = (audit_note_default.errors ?? [])[0];
    return { problem: `the note does not match schemas/audit-note.schema.json (${first ? `${first.instancePath || "(note)"} ${first.message}` : "invalid"})` };
  }
  const note = value;
  if (note.commit !== commit) return { problem: `the note records commit ${note.commit.slice(0, 7)}, not the commit it is attached to` };
  return { note };
}
function eventAudit(text, commit, path) {
  const read = readAuditNote(text, commit);
  if ("problem" in read) return { status: "unreadable", problem: read.problem };
  const note = read.note;
  const change = note.changes.find((c) => c.path === path);
  return {
    status: "recorded",
    result: note.result,
    pr: note.pull_request?.number ?? null,
    pr_author: note.pull_request?.author ?? null,
    approvals: note.approvals,
    override: note.override ? { actor: note.override.actor, reason: note.override.reason } : null,
    waivers: note.waivers.filter((w) => change && w.model === change.model).map(({ gate, reason: reason2, expires }) => ({ gate, reason: reason2, expires })),
    gates: change?.gates ?? [],
    report_sha256: note.report_sha256,
    tool_version: note.tool.version,
    written_at: note.written_at
  };
}

// src/core/policy.ts
import { posix as posix2 } from "node:path";

// src/generated/policy-document.mjs
var __dep1ns2 = __toESM(require_ucs2length(), 1);
var __dep2ns = __toESM(require_equal(), 1);
var __dep12 = typeof __dep1ns2.default === "object" && __dep1ns2.default !== null ? __dep1ns2.default : __dep1ns2;
var __dep2 = typeof __dep2ns.default === "object" && __dep2ns.default !== null ? __dep2ns.default : __dep2ns;
var policy_document_default = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/policy.schema.json-document", "title": "modelgate promotion policy", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "version": { "const": 1 }, "extends": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "presets (modelgate:NAME) and relative paths, merged in order" }, "manifests": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["glob"], "additionalProperties": false, "properties": { "glob": { "type": "string", "minLength": 1, "description": "* matches within a folder, ** across folders" }, "model": { "type": "string", "minLength": 1, "description": "{N}: the text of the glob's Nth wildcard; else a path into the manifest" }, "version": { "type": "string", "format": "modelgate-path", "description": "path of the version field" }, "alias": { "type": "string", "pattern": "^([A-Za-z0-9][A-Za-z0-9._-]*|\\{\\d+\\})$", "description": "the pointer these manifests are, when a model has several side by side (production, shadow): a name, or {N} for the glob's Nth wildcard" } } } }, "gates": { "type": "array", "items": { "$ref": "#/$defs/gatePatch" } }, "models": { "type": "object", "description": "per-model entries; the key is a model name or a glob, or, with match, the entry's label", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "match": { "type": "object", "minProperties": 1, "description": "select models by manifest fields instead of by name (strategy: momentum), read from the active manifest (the candidate for a new model); a change of such a field fails", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "gates": { "type": "array", "items": { "$ref": "#/$defs/gatePatch" } }, "disable": { "type": "array", "items": { "type": "string" } } } } }, "override": { "type": "object", "additionalProperties": false, "properties": { "label": { "type": "string", "minLength": 1 }, "actors": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "require_reason": { "type": "boolean" } } }, "waivers": { "type": "array", "items": { "type": "object", "required": ["gate", "reason", "expires"], "additionalProperties": false, "properties": { "gate": { "type": "string" }, "model": { "type": "string", "description": "a model name or glob; all models when absent" }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}", "description": "the waiver applies until the end of this day (UTC)" } } } } }, "$defs": { "gatePatch": { "description": "changes to a gate of the same id, field by field; or a new gate, with a type", "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "description": "unique and stable; shown in every report" }, "severity": { "enum": ["error", "warning"], "description": "warning: a failure gives `warn` and does not fail the check" }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["new", "promotion", "rollback", "retire", "update", "demotion"] }, "description": "change kinds the gate applies to" }, "description": { "type": "string" }, "message": { "type": "string", "description": "shown instead of the computed message when the gate fails" }, "when": { "type": "string", "format": "modelgate-cel", "description": "a CEL condition over candidate, active, change and pr; the gate is skipped when it is false" }, "type": { "type": "string" } } } } };
var func12 = __dep12.default;
var formats0 = formats["modelgate-path"];
var pattern3 = new RegExp("^([A-Za-z0-9][A-Za-z0-9._-]*|\\{\\d+\\})$", "u");
var pattern5 = new RegExp("^\\d{4}-\\d{2}-\\d{2}", "u");
var schema20 = { "description": "changes to a gate of the same id, field by field; or a new gate, with a type", "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "description": "unique and stable; shown in every report" }, "severity": { "enum": ["error", "warning"], "description": "warning: a failure gives `warn` and does not fail the check" }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["new", "promotion", "rollback", "retire", "update", "demotion"] }, "description": "change kinds the gate applies to" }, "description": { "type": "string" }, "message": { "type": "string", "description": "shown instead of the computed message when the gate fails" }, "when": { "type": "string", "format": "modelgate-cel", "description": "a CEL condition over candidate, active, change and pr; the gate is skipped when it is false" }, "type": { "type": "string" } } };
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var func0 = __dep2.default;
var formats2 = formats["modelgate-cel"];
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning")) {
        const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema20.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.on !== void 0) {
      let data2 = data.on;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "new" || data3 === "promotion" || data3 === "rollback" || data3 === "retire" || data3 === "update" || data3 === "demotion")) {
            const err5 = { instancePath: instancePath + "/on/" + i0, schemaPath: "#/properties/on/items/enum", keyword: "enum", params: { allowedValues: schema20.properties.on.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err6 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data6 = data.when;
      if (typeof data6 === "string") {
        if (!formats2.validate(data6)) {
          const err10 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/format", keyword: "format", params: { format: "modelgate-cel" }, message: 'must match format "modelgate-cel"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err12 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": { "id": true, "severity": true, "on": true, "description": true, "message": true, "when": true, "type": true }, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "extends" || key0 === "manifests" || key0 === "gates" || key0 === "models" || key0 === "override" || key0 === "waivers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func12(data2) < 1) {
              const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data3 = data.manifests;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err6 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.glob === void 0) {
              const err7 = { instancePath: instancePath + "/manifests/" + i1, schemaPath: "#/properties/manifests/items/required", keyword: "required", params: { missingProperty: "glob" }, message: "must have required property 'glob'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "glob" || key1 === "model" || key1 === "version" || key1 === "alias")) {
                const err8 = { instancePath: instancePath + "/manifests/" + i1, schemaPath: "#/properties/manifests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.glob !== void 0) {
              let data5 = data4.glob;
              if (typeof data5 === "string") {
                if (func12(data5) < 1) {
                  const err9 = { instancePath: instancePath + "/manifests/" + i1 + "/glob", schemaPath: "#/properties/manifests/items/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/manifests/" + i1 + "/glob", schemaPath: "#/properties/manifests/items/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.model !== void 0) {
              let data6 = data4.model;
              if (typeof data6 === "string") {
                if (func12(data6) < 1) {
                  const err11 = { instancePath: instancePath + "/manifests/" + i1 + "/model", schemaPath: "#/properties/manifests/items/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/manifests/" + i1 + "/model", schemaPath: "#/properties/manifests/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.version !== void 0) {
              let data7 = data4.version;
              if (typeof data7 === "string") {
                if (!formats0.validate(data7)) {
                  const err13 = { instancePath: instancePath + "/manifests/" + i1 + "/version", schemaPath: "#/properties/manifests/items/properties/version/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/manifests/" + i1 + "/version", schemaPath: "#/properties/manifests/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.alias !== void 0) {
              let data8 = data4.alias;
              if (typeof data8 === "string") {
                if (!pattern3.test(data8)) {
                  const err15 = { instancePath: instancePath + "/manifests/" + i1 + "/alias", schemaPath: "#/properties/manifests/items/properties/alias/pattern", keyword: "pattern", params: { pattern: "^([A-Za-z0-9][A-Za-z0-9._-]*|\\{\\d+\\})$" }, message: 'must match pattern "^([A-Za-z0-9][A-Za-z0-9._-]*|\\{\\d+\\})$"' };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/manifests/" + i1 + "/alias", schemaPath: "#/properties/manifests/items/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/manifests/" + i1, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data9 = data.gates;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate53(data9[i2], { instancePath: instancePath + "/gates/" + i2, parentData: data9, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data11 = data.models;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          let data12 = data11[key2];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key3 in data12) {
              if (!(key3 === "match" || key3 === "gates" || key3 === "disable")) {
                const err20 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data12.match !== void 0) {
              let data13 = data12.match;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (Object.keys(data13).length < 1) {
                  const err21 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/properties/models/additionalProperties/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                for (const key4 in data13) {
                  let data14 = data13[key4];
                  if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14)) && typeof data14 !== "boolean") {
                    const err22 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/properties/match/additionalProperties/type", keyword: "type", params: { type: schema19.properties.models.additionalProperties.properties.match.additionalProperties.type }, message: "must be string,number,boolean" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/properties/models/additionalProperties/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data12.gates !== void 0) {
              let data15 = data12.gates;
              if (Array.isArray(data15)) {
                const len3 = data15.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (!validate53(data15[i3], { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates/" + i3, parentData: data15, parentDataProperty: i3, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates", schemaPath: "#/properties/models/additionalProperties/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.disable !== void 0) {
              let data17 = data12.disable;
              if (Array.isArray(data17)) {
                const len4 = data17.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data17[i4] !== "string") {
                    const err25 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/disable/" + i4, schemaPath: "#/properties/models/additionalProperties/properties/disable/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/disable", schemaPath: "#/properties/models/additionalProperties/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/models/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.override !== void 0) {
      let data19 = data.override;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key5 in data19) {
          if (!(key5 === "label" || key5 === "actors" || key5 === "require_reason")) {
            const err29 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data19.label !== void 0) {
          let data20 = data19.label;
          if (typeof data20 === "string") {
            if (func12(data20) < 1) {
              const err30 = { instancePath: instancePath + "/override/label", schemaPath: "#/properties/override/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/override/label", schemaPath: "#/properties/override/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data19.actors !== void 0) {
          let data21 = data19.actors;
          if (Array.isArray(data21)) {
            const len5 = data21.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data22 = data21[i5];
              if (typeof data22 === "string") {
                if (func12(data22) < 1) {
                  const err32 = { instancePath: instancePath + "/override/actors/" + i5, schemaPath: "#/properties/override/properties/actors/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/override/actors/" + i5, schemaPath: "#/properties/override/properties/actors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/override/actors", schemaPath: "#/properties/override/properties/actors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data19.require_reason !== void 0) {
          if (typeof data19.require_reason !== "boolean") {
            const err35 = { instancePath: instancePath + "/override/require_reason", schemaPath: "#/properties/override/properties/require_reason/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data24 = data.waivers;
      if (Array.isArray(data24)) {
        const len6 = data24.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data25 = data24[i6];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.gate === void 0) {
              const err37 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data25.reason === void 0) {
              const err38 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data25.expires === void 0) {
              const err39 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key6 in data25) {
              if (!(key6 === "gate" || key6 === "model" || key6 === "reason" || key6 === "expires")) {
                const err40 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data25.gate !== void 0) {
              if (typeof data25.gate !== "string") {
                const err41 = { instancePath: instancePath + "/waivers/" + i6 + "/gate", schemaPath: "#/properties/waivers/items/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data25.model !== void 0) {
              if (typeof data25.model !== "string") {
                const err42 = { instancePath: instancePath + "/waivers/" + i6 + "/model", schemaPath: "#/properties/waivers/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data25.reason !== void 0) {
              let data28 = data25.reason;
              if (typeof data28 === "string") {
                if (func12(data28) < 1) {
                  const err43 = { instancePath: instancePath + "/waivers/" + i6 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/waivers/" + i6 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data25.expires !== void 0) {
              let data29 = data25.expires;
              if (typeof data29 === "string") {
                if (!pattern5.test(data29)) {
                  const err45 = { instancePath: instancePath + "/waivers/" + i6 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}"' };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/waivers/" + i6 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/waivers/" + i6, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/generated/index.mjs
var gateValidators = {
  "schema": () => import("./chunks/gate-schema-AUMWL5CN.js").then((m) => m.default),
  "required": () => import("./chunks/gate-required-T3DLC3CA.js").then((m) => m.default),
  "includes": () => import("./chunks/gate-includes-IWHOPWM5.js").then((m) => m.default),
  "range": () => import("./chunks/gate-range-SN6DTBRC.js").then((m) => m.default),
  "allowed": () => import("./chunks/gate-allowed-N3YUXZBR.js").then((m) => m.default),
  "denied": () => import("./chunks/gate-denied-5V4GJPSQ.js").then((m) => m.default),
  "not_older": () => import("./chunks/gate-not_older-HR7QN3EH.js").then((m) => m.default),
  "unchanged": () => import("./chunks/gate-unchanged-POMXDCDF.js").then((m) => m.default),
  "regression": () => import("./chunks/gate-regression-OO2OEORX.js").then((m) => m.default),
  "artifacts": () => import("./chunks/gate-artifacts-E65F6VYZ.js").then((m) => m.default),
  "file_hash": () => import("./chunks/gate-file_hash-CXHPMKLD.js").then((m) => m.default),
  "attestation": () => import("./chunks/gate-attestation-TMRXIQDE.js").then((m) => m.default),
  "transition": () => import("./chunks/gate-transition-62LKV6LI.js").then((m) => m.default),
  "soak": () => import("./chunks/gate-soak-TNCKZYC6.js").then((m) => m.default),
  "rollout": () => import("./chunks/gate-rollout-2RG6UV4A.js").then((m) => m.default),
  "certified": () => import("./chunks/gate-certified-K4BKIUOD.js").then((m) => m.default),
  "approvals": () => import("./chunks/gate-approvals-HF2DRRVC.js").then((m) => m.default),
  "psi": () => import("./chunks/gate-psi-JAK2YAG3.js").then((m) => m.default),
  "ks": () => import("./chunks/gate-ks-43J7WGXU.js").then((m) => m.default),
  "chi_square": () => import("./chunks/gate-chi_square-B5TMONWQ.js").then((m) => m.default),
  "drift_severity": () => import("./chunks/gate-drift_severity-URAJPVZS.js").then((m) => m.default),
  "ab_test": () => import("./chunks/gate-ab_test-EIJBKRLQ.js").then((m) => m.default),
  "expr": () => import("./chunks/gate-expr-YRI2XHY7.js").then((m) => m.default)
};
var presetValidators = {
  "evaluation-predicate": () => import("./chunks/preset-evaluation-predicate-VVG7GZX6.js").then((m) => m.default),
  "glass-box": () => import("./chunks/preset-glass-box-B5U4NWJ7.js").then((m) => m.default),
  "lifecycle": () => import("./chunks/preset-lifecycle-ING4AMY7.js").then((m) => m.default),
  "pivotquant": () => import("./chunks/preset-pivotquant-KIEFAMBL.js").then((m) => m.default),
  "registry-stages": () => import("./chunks/preset-registry-stages-FBQHJOWD.js").then((m) => m.default),
  "shadow-trading": () => import("./chunks/preset-shadow-trading-C6B7XRY7.js").then((m) => m.default)
};

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code2) {
  switch (code2) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit2(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit2.BREAK = BREAK;
visit2.SKIP = SKIP;
visit2.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error2) {
        onError(String(error2));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit2(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit2(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error2 = new Error("Failed to resolve repeated object (this should not happen)");
          error2.source = source;
          throw error2;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit2(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema5, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema5.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema5[MAP] : Symbol.iterator in Object(value) ? schema5[SEQ] : schema5[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema5, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema5,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema5) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema5,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema5) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema5)
      copy.schema = schema5;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema5) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment2, indent) {
  if (/^\n+$/.test(comment2))
    return comment2.substring(1);
  return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
}
var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code2 = json.substr(i + 2, 4);
            switch (code2) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code2.substr(0, 2) === "00")
                  str += "\\x" + code2.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment2) {
    header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning2) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning2);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema5) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema5);
    if (isNode(value))
      value = value.clone(schema5);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment3 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment3 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
    if (comment3)
      str2 += lineComment(str2, itemIndent, commentString(comment3));
    if (chompKeep && comment3)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment2) {
    str += "\n" + indentComment(commentString(comment2), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment2 = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment2 = ik.comment;
      }
    }
    if (comment2)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment2 = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment2)
      str += lineComment(str, itemIndent, commentString(comment2));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
  if (comment2 && chompKeep)
    comment2 = comment2.replace(/^\n+/, "");
  if (comment2) {
    const ic = indentComment(commentString(comment2), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema5) {
    super(MAP, schema5);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema5, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema5);
    const add2 = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add2(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add2(key, obj[key]);
    }
    if (typeof schema5.sortMapEntries === "function") {
      map2.items.sort(schema5.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema5, obj, ctx) => YAMLMap.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema5) {
    super(SEQ, schema5);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema5, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema5);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema5, obj, ctx) => YAMLSeq.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema5, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema5);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema5, iterable, ctx) {
    const pairs2 = createPairs(schema5, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema5, iterable, ctx) => YAMLOMap.from(schema5, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema5) {
    super(schema5);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema5, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema5);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema5, iterable, ctx) => YAMLSet.from(schema5, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema5, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema5 === "string" && schema5 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code2, message) {
    super();
    this.name = name;
    this.code = code2;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code2, message) {
    super("YAMLParseError", pos, code2, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code2, message) {
    super("YAMLWarning", pos, code2, message);
  }
};
var prettifyError = (src, lc) => (error2) => {
  if (error2.pos[0] === -1)
    return;
  error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error2.linePos[0];
  error2.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error2.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error2.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment2 = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment2)
          comment2 = cb;
        else
          comment2 += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment2)
            comment2 += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment: comment2,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment2 = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment2)
            comment2 = cb;
          else
            comment2 += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment2)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment: comment2, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error2 = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error2 === -1)
        error2 = offset + i;
    }
  }
  if (error2 !== -1)
    onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment2 = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment2 = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment: comment2, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code2 = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code2);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment: comment2, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error2) {
    const msg = error2 instanceof Error ? error2.message : String(error2);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range2;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment2)
    scalar.comment = comment2;
  return scalar;
}
function findScalarTagByName(schema5, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema5[SCALAR];
  const matchWithTest = [];
  for (const tag of schema5.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema5.knownTags[tagName];
  if (kt && !kt.collection) {
    schema5.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema5[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema5 }, value, token, onError) {
  const tag = schema5.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema5[SCALAR];
  if (schema5.compat) {
    const compat = schema5.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema5[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment: comment2, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error2) {
        const message = error2 instanceof Error ? error2.message : String(error2);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment2) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment2;
    else
      node.commentBefore = comment2;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment2) {
    node.comment = comment2;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment2 = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment: comment2, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code2, message, warning2) => {
      const pos = getErrorPos(source);
      if (warning2)
        this.warnings.push(new YAMLWarning(pos, code2, message));
      else
        this.errors.push(new YAMLParseError(pos, code2, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment2) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment2;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning2) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning2);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error2 = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error2);
        else
          this.doc.errors.push(error2);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit3(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit3.BREAK = BREAK2;
visit3.SKIP = SKIP2;
visit3.REMOVE = REMOVE2;
visit3.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit3.parentCollection = (cst, path) => {
  const parent = visit3.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error2) {
    const token = error2 ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs2 = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs2, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs2);
          } else {
            Object.assign(it, { key: fs2, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs2 = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs2, sep: [] });
          else if (it.sep)
            this.stack.push(fs2);
          else
            Object.assign(it, { key: fs2, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// src/core/document.ts
function keysInSourceOrder(doc, segments) {
  return doc.keysAt?.(segments);
}
var DEFAULT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxDepth: 128, maxAliases: 100 };
var utf8 = new TextDecoder("utf-8", { fatal: true });
function parseDocument2(file, content, limits = DEFAULT_LIMITS) {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > limits.maxBytes) {
    throw new ModelgateError({
      file,
      message: `file is ${size} bytes, over the limit of ${limits.maxBytes} bytes`,
      hint: "keep large data out of manifests and point to it as an artifact"
    });
  }
  let text;
  if (typeof content === "string") text = content;
  else {
    try {
      text = utf8.decode(content);
    } catch {
      throw new ModelgateError({ file, message: "file is not valid UTF-8", hint: "save the file as UTF-8" });
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (!/\.json$/i.test(file)) {
    checkNesting(file, text, limits.maxDepth);
    const doc2 = parseYamlDoc(file, text, limits.maxAliases);
    checkFinite(doc2, limits.maxDepth);
    return doc2;
  }
  const scan = scanJson(file, text, limits.maxDepth);
  const doc = parseJson(file, text);
  if (scan.duplicate) {
    throw new ModelgateError({
      file,
      ...lineIndex(text).position(scan.duplicate.offset),
      message: `duplicate key ${JSON.stringify(scan.duplicate.key)}`,
      hint: "keep one: tools disagree on which of two equal keys wins"
    });
  }
  if (scan.bigNumbers) checkFinite(doc, limits.maxDepth);
  return doc;
}
function parseJson(file, text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    const errors = [];
    parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const lines = lineIndex(text);
    const at = first ? lines.position(first.offset) : { line: 1, column: 1 };
    const what = first ? printParseErrorCode(first.error) : "invalid JSON";
    throw new ModelgateError({ file, ...at, message: `invalid JSON: ${humanJsonError(what)}` });
  }
  return new JsonDoc(file, value, text);
}
var JsonDoc = class {
  constructor(file, value, text) {
    this.file = file;
    this.value = value;
    this.#text = text;
  }
  file;
  value;
  #text;
  #tree = null;
  #lines;
  #parsed() {
    if (this.#tree === null) this.#tree = parseTree2(this.#text);
    return this.#tree;
  }
  locate(segments) {
    const tree = this.#parsed();
    this.#lines ??= lineIndex(this.#text);
    if (!tree) return { line: 1, column: 1 };
    let node = tree;
    for (const seg of segments) {
      const next = jsonChild(node, seg);
      if (!next) break;
      node = next;
    }
    return this.#lines.position(node.offset);
  }
  locatePattern(pattern) {
    return this.locate(deepestExisting(this.value, pattern));
  }
  keysAt(segments) {
    let node = this.#parsed();
    for (const seg of segments) node = node && jsonChild(node, seg);
    if (node?.type !== "object") return void 0;
    return (node.children ?? []).map((prop) => String(prop.children?.[0]?.value));
  }
};
var jsonKeys = /* @__PURE__ */ new WeakMap();
function jsonChild(node, seg) {
  if (typeof seg === "number") return node.type === "array" ? node.children?.[seg] : void 0;
  if (node.type !== "object") return void 0;
  let keys = jsonKeys.get(node);
  if (!keys) {
    keys = /* @__PURE__ */ new Map();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && !keys.has(key.value)) keys.set(key.value, value);
    }
    jsonKeys.set(node, keys);
  }
  return keys.get(seg);
}
function humanJsonError(code2) {
  return code2.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function parseYamlDoc(file, text, maxAliases) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: "core", uniqueKeys: false, prettyErrors: false, resolveKnownTags: false, logLevel: "error" });
  const problem = doc.errors[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new ModelgateError({ file, line: pos.line, column: pos.col, message: yamlMessage(problem.message) });
  }
  checkYamlNodes(file, doc.contents, lineCounter);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: maxAliases });
  } catch (err) {
    throw new ModelgateError({
      file,
      message: `YAML could not be read: ${err.message}`,
      hint: "aliases are limited to keep expansion bounded; write the values out"
    });
  }
  const locate = (segments) => {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of segments) {
      const next = yamlChild(node, seg);
      if (!next) break;
      node = next;
      offset = next.range?.[0] ?? offset;
    }
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const keysAt = (segments) => {
    let node = doc.contents;
    for (const seg of segments) {
      node = yamlChild(node, seg);
      if (!node) return void 0;
    }
    if (!isMap(node)) return void 0;
    return node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
  };
  return { file, value, locate, locatePattern: (pattern) => locate(deepestExisting(value, pattern)), keysAt };
}
var yamlKeys = /* @__PURE__ */ new WeakMap();
function yamlChild(node, seg) {
  if (isMap(node)) {
    let keys = yamlKeys.get(node);
    if (!keys) {
      keys = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!keys.has(key)) keys.set(key, pair.value ?? pair.key);
      }
      yamlKeys.set(node, keys);
    }
    return keys.get(String(seg));
  } else if (isSeq(node)) {
    const item = node.items[Number(seg)];
    if (item) return item;
  }
  return void 0;
}
function yamlMessage(message) {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
}
function checkNesting(file, text, maxDepth) {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 && quote === '"') i++;
      else if (text[i] === quote) quote = "";
      continue;
    }
    if (c === 34) quote = '"';
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) {
        const at = lineIndex(text).position(i);
        throw new ModelgateError({
          file,
          ...at,
          message: `nesting deeper than ${maxDepth} levels`,
          hint: "manifests are shallow documents; flatten the structure"
        });
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
}
function scanJson(file, text, maxDepth) {
  const frames = FRAMES;
  const offsets = OFFSETS;
  frames.length = 0;
  offsets.length = 0;
  let depth = 0;
  let expectKey = false;
  let duplicate = null;
  let bigNumbers = false;
  const n = text.length;
  let backslash = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (backslash !== n && backslash <= i) {
        backslash = text.indexOf("\\", i + 1);
        if (backslash === -1) backslash = n;
      }
      let j = text.indexOf('"', i + 1);
      let escaped = false;
      if (j === -1) j = n;
      else if (backslash < j) {
        escaped = true;
        j = backslash;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 34) break;
          j += d === 92 ? 2 : 1;
        }
      }
      if (j >= n) return { duplicate: null, bigNumbers };
      const keys = frames[frames.length - 1];
      if (expectKey && keys !== null && keys !== void 0 && duplicate === null) {
        if (typeof keys === "number" && !escaped && offsets.length - keys < 32) {
          if (writtenBefore(text, offsets, keys, i + 1, j)) duplicate = { key: text.slice(i + 1, j), offset: i };
          else offsets.push(i + 1, j);
        } else {
          const key = escaped ? JSON.parse(text.slice(i, j + 1)) : text.slice(i + 1, j);
          let set2 = keys;
          if (typeof keys === "number") {
            set2 = /* @__PURE__ */ new Set();
            for (let k = keys; k < offsets.length; k += 2) set2.add(text.slice(offsets[k], offsets[k + 1]));
            offsets.length = keys;
            frames[frames.length - 1] = set2;
          }
          if (set2.has(key)) duplicate = { key, offset: i };
          set2.add(key);
        }
      }
      expectKey = false;
      i = j;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) {
        throw new ModelgateError({
          file,
          ...lineIndex(text).position(i),
          message: `nesting deeper than ${maxDepth} levels`,
          hint: "manifests are shallow documents; flatten the structure"
        });
      }
      frames.push(c === 123 ? offsets.length : null);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      depth = Math.max(0, depth - 1);
      const closed = frames.pop();
      if (typeof closed === "number") offsets.length = closed;
    } else if (c === 44) expectKey = frames[frames.length - 1] !== null;
    else if (c >= 48 && c <= 57 || c === 45) {
      let j = i + 1;
      let exponent = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 101 || d === 69) exponent = true;
        else if (!(d >= 48 && d <= 57 || d === 46 || d === 43 || d === 45)) break;
      }
      if (exponent || j - i > 300) bigNumbers = true;
      i = j - 1;
    }
  }
  return { duplicate, bigNumbers };
}
var FRAMES = [];
var OFFSETS = [];
function writtenBefore(text, ranges, first, from, to) {
  const length = to - from;
  for (let k = first; k < ranges.length; k += 2) {
    const start = ranges[k];
    if (ranges[k + 1] - start !== length) continue;
    let m = 0;
    while (m < length && text.charCodeAt(start + m) === text.charCodeAt(from + m)) m++;
    if (m === length) return true;
  }
  return false;
}
var CORE_TAGS = /* @__PURE__ */ new Set(["!", ...["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)]);
function checkYamlNodes(file, root, lines) {
  const refuse = (node, message, hint) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    throw new ModelgateError({ file, line: pos.line, column: pos.col, message, hint });
  };
  const tagged = (node) => {
    const tag = node?.tag;
    if (tag !== void 0 && !CORE_TAGS.has(tag))
      refuse(node, `the tag ${tag.replace("tag:yaml.org,2002:", "!!")} is not read the same way by every YAML tool`, "write the value without a tag");
  };
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    tagged(node);
    if (isMap(node)) {
      const keys = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if (key !== null && !isScalar(key))
          refuse(key, `a map key must be a plain value, not ${isAlias(key) ? "an alias" : isSeq(key) ? "a list" : "a map"}`, "write the key out as a string");
        tagged(key);
        const value = key?.value ?? null;
        const name = value === null ? "" : String(value);
        if (keys.has(name)) {
          refuse(
            key ?? pair.value,
            `duplicate key ${JSON.stringify(name)}: map keys must be unique`,
            "keep one: tools disagree on which of two equal keys wins"
          );
        }
        keys.add(name);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
}
function checkFinite(doc, maxDepth) {
  const stack = [{ node: doc.value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop();
    if (typeof node === "number" && !Number.isFinite(node)) {
      throw new ModelgateError({
        file: doc.file,
        ...doc.locate(path),
        message: `${String(node)} is not a finite number`,
        hint: "write a finite number, or a string if the value is not a number"
      });
    }
    if (node !== null && typeof node === "object") {
      if (path.length >= maxDepth) {
        throw new ModelgateError({
          file: doc.file,
          ...doc.locate(path),
          message: `nesting deeper than ${maxDepth} levels once its aliases are read`,
          hint: "manifests are shallow documents; write the values out instead of nesting aliases"
        });
      }
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) stack.push({ node: node[i], path: [...path, i] });
      } else for (const [k, child] of Object.entries(node)) stack.push({ node: child, path: [...path, k] });
    }
  }
}
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
  };
}

// src/core/stats.ts
function isInvalid(x) {
  return "invalid" in x;
}
var LANCZOS = [
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22,
  0
];
function lnGamma(x) {
  let y = x;
  const tmp = x + 5.2421875;
  const t = (x + 0.5) * Math.log(tmp) - tmp;
  let ser = 0.9999999999999971;
  for (const c of LANCZOS) ser += c / ++y;
  return t + Math.log(2.5066282746310007 * ser / x);
}
var LN_SQRT_2PI = 0.9189385332046728;
function stirlingRemainder(x) {
  const x2 = 1 / (x * x);
  return 1 / x * (1 / 12 + x2 * (-1 / 360 + x2 * (1 / 1260 + x2 * (-1 / 1680 + x2 * (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156 + x2 * (-3617 / 122400))))))));
}
function lnBeta(a, b) {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return lnGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return lnGamma(p) + lnGamma(q) - lnGamma(p + q);
}
function gammaQ(a, x) {
  if (x < 0 || a <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}
function gammaSeries(a, x) {
  let ap = a;
  let sum2 = 1 / a;
  let del = sum2;
  for (let n = 0; n < 1e5; n++) {
    del *= x / ++ap;
    sum2 += del;
    if (Math.abs(del) < Math.abs(sum2) * 1e-16) break;
  }
  return sum2 * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}
function gammaContinuedFraction(a, x) {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e5; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}
function betaI(a, b, x, y = 1 - x, lnX = Math.log(x), lnY = Math.log(y)) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * lnX + b * lnY - lnBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(a, b, x, y) / a;
  return 1 - front * betaContinuedFraction(b, a, y, x) / b;
}
function betaContinuedFraction(a, b, x, y) {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = (qap - qab + qab * y) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1e5; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}
function erfc(x) {
  return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}
function normalTwoSided(z) {
  return erfc(Math.abs(z) / Math.SQRT2);
}
function chiSquareSf(x, k) {
  return gammaQ(k / 2, x / 2);
}
var T_IS_NORMAL_DF = 1e8;
function studentTwoSided(t, df) {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  if (t === 0) return 1;
  if (df > T_IS_NORMAL_DF) return normalTwoSided(t);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return betaI(df / 2, 0.5, x, y, -Math.log1p(t2 / df), Math.log(t2) - Math.log(df + t2));
}
function alignBins(reference, current, order2) {
  if (Array.isArray(reference) && Array.isArray(current)) {
    if (reference.length !== current.length)
      throw new Error(`the reference has ${reference.length} bins, the current ${current.length}: bins must pair one to one`);
    return { ref: reference, cur: current, keys: reference.map((_, i) => String(i)) };
  }
  if (Array.isArray(reference) || Array.isArray(current)) throw new Error("reference and current bins must both be lists or both be objects");
  const keys = [.../* @__PURE__ */ new Set([...order2?.reference ?? Object.keys(reference), ...order2?.current ?? Object.keys(current)])];
  return { ref: keys.map((k) => reference[k] ?? 0), cur: keys.map((k) => current[k] ?? 0), keys };
}
function checkBins(xs, name, whole) {
  if (xs.length === 0) return `the ${name} has no bins`;
  const i = xs.findIndex((x) => typeof x !== "number" || !Number.isFinite(x) || x < 0);
  if (i >= 0) return `the ${name}'s bin ${i + 1} is ${xs[i]}: bins must be numbers \u2265 0`;
  if (whole) {
    const j = xs.findIndex((x) => !Number.isInteger(x));
    if (j >= 0) return `the ${name}'s bin ${j + 1} is ${xs[j]}: this test needs counts (whole numbers), not proportions`;
  }
  if (!xs.some((x) => x > 0)) return `the ${name}'s bins sum to zero: there is nothing to compare`;
  return null;
}
function checkPair(reference, current, whole) {
  if (reference.length !== current.length) return { invalid: `the reference has ${reference.length} bins, the current ${current.length}` };
  const bad = checkBins(reference, "reference", whole) ?? checkBins(current, "current", whole);
  return bad ? { invalid: bad } : null;
}
var sum = (xs) => xs.reduce((a, b) => a + b, 0);
var PSI_EMPTY_BIN = 1e-4;
function psi(reference, current) {
  const bad = checkPair(reference, current, false);
  if (bad) return bad;
  const rt = sum(reference);
  const ct = sum(current);
  let value = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] === 0 ? PSI_EMPTY_BIN : reference[i] / rt;
    const c = current[i] === 0 ? PSI_EMPTY_BIN : current[i] / ct;
    value += (c - r) * Math.log(c / r);
  }
  return { value };
}
var KS_EXACT_MAX_N = 1e4;
var KS_NEGLIGIBLE_P = 1e-15;
function ksFromBins(reference, current) {
  const whole = reference.every(Number.isInteger) && current.every(Number.isInteger);
  const bad = checkPair(reference, current, false);
  if (bad) return bad;
  const n = sum(reference);
  const m = sum(current);
  let d = 0;
  let cr = 0;
  let cc = 0;
  for (let i = 0; i < reference.length; i++) {
    cr += reference[i];
    cc += current[i];
    d = Math.max(d, Math.abs(cr / n - cc / m));
  }
  if (!whole) return { d, p: null, method: null };
  const [big, small] = n >= m ? [n, m] : [m, n];
  const en = roundHalfEven(big * small / (big + small));
  const negligible = small >= 100 && kolmogorovSf(en, d) < KS_NEGLIGIBLE_P;
  if (Math.max(n, m) <= KS_EXACT_MAX_N && !negligible) {
    let diff = 0;
    cr = 0;
    cc = 0;
    for (let i = 0; i < reference.length; i++) {
      cr += reference[i];
      cc += current[i];
      diff = Math.max(diff, Math.abs(cr * m - cc * n));
    }
    const g = gcd(n, m);
    const h = diff / g;
    const lcm = n / g * m;
    const exact = h === 0 ? 1 : n === m ? ksOutsideSquare(n, h) : ksOutsideBand(n, m, g, h);
    if (Number.isFinite(exact) && exact >= 0 && exact <= 1) return { d: h / lcm, p: exact, method: "exact" };
  }
  return { d, p: clip01(kolmogorovSf(en, d)), method: "asymp" };
}
function gcd(a, b) {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function clip01(p) {
  return Math.min(1, Math.max(0, p));
}
function ksOutsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}
function ksOutsideBand(m0, n0, g, h) {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) a[j] = 0;
  const inv = new Float64Array(m + n + 2);
  for (let k = 1; k < inv.length; k++) inv[k] = 1 / k;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const len = maxj - minj;
    const off = minj - lastminj;
    let jj = 0;
    for (; jj + 1 < len; jj += 2) {
      const j = jj + minj;
      const w0 = inv[i + j];
      const w1 = inv[i + j + 1];
      const b0 = a[jj + off] * (i * w0);
      const e0 = j * w0;
      const b1 = a[jj + 1 + off] * (i * w1);
      const e1 = (j + 1) * w1;
      a[jj] = b0 + e0 * val;
      val = b1 + e1 * b0 + e1 * e0 * val;
      a[jj + 1] = val;
    }
    if (jj < len) {
      const w = inv[i + jj + minj];
      val = a[jj + off] * (i * w) + val * ((jj + minj) * w);
      a[jj] = val;
    }
    curlen = maxj - minj;
    for (let k = curlen; k < curlen + (lastlen - curlen) && k < lenA; k++) a[k] = 1;
  }
  return a[maxj - minj - 1];
}
var E128 = 2 ** 128;
var EM128 = 2 ** -128;
function kolmogorovSf(n, x) {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i / n * (2 * t - 1);
    } else cdf2 = Math.exp(lnFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip01(1 - cdf2);
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n);
  if (x >= 0.5) return clip01(2 * smirnov(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip01(1 - durbinCdf(n, x));
    return clip01(2 * smirnov(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnov(n, x));
  let cdf;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 1e5 && n * x ** 1.5 <= 1.4) cdf = durbinCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clip01(1 - cdf);
}
function lnFactorialOverPower(n) {
  const coeffs = [
    -0.029550653594771242,
    0.00641025641025641,
    -0.0019175269175269176,
    8417508417508417e-19,
    -5952380952380953e-19,
    7936507936507937e-19,
    -0.002777777777777778,
    0.08333333333333333
  ];
  const rn = 1 / n;
  let poly = 0;
  for (const c of coeffs) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
var SMIRNOV_MAX_EXACT_N = 1e6;
function smirnov(n, x) {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  if (-2 * n * x * x < -708) return 0;
  if (n > SMIRNOV_MAX_EXACT_N) return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);
  const last = Math.floor(n * (1 - x) + 1e-12);
  let lnChoose = 0;
  let total = 0;
  let peak = Number.NEGATIVE_INFINITY;
  for (let j = 0; j <= last; j++) {
    if (j > 0) lnChoose += Math.log((n - j + 1) / j);
    const rest = 1 - x - j / n;
    if (rest <= 0) break;
    const lnTerm = lnChoose + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
    peak = Math.max(peak, lnTerm);
    total += Math.exp(lnTerm);
    if (lnTerm < peak - 45 && j > n * 0.01) break;
  }
  return clip01(x * total);
}
function durbinCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let power = null;
  let expnt = 0;
  let hExpnt = 0;
  for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
    if (nn % 2) {
      power = power ? matmul(power, H, m) : H.slice();
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExpnt += 128;
    }
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  return clip01(p * 2 ** expnt);
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const PI2 = Math.PI ** 2;
  const PI4 = Math.PI ** 4;
  const PI6 = Math.PI ** 6;
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i];
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    k2extra += k2 * qk;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qk;
  }
  K[2] += k2extra * PI2 * SQRT2PI / (-36 * z ** 3);
  K[3] += k3extra * PI2 * SQRT2PI / (216 * z6);
  return K[0] + K[1] / n ** 0.5 + K[2] / n + K[3] / n ** 1.5;
}
function chiSquareHomogeneity(reference, current) {
  const bad = checkPair(reference, current, true);
  if (bad) return bad;
  const cols = reference.map((r, i) => ({ r, c: current[i] })).filter(({ r, c }) => r + c > 0);
  const n1 = sum(reference);
  const n2 = sum(current);
  const n = n1 + n2;
  const df = cols.length - 1;
  if (df === 0) return { statistic: 0, df, p: 1 };
  let statistic = 0;
  for (const { r, c } of cols) {
    const e1 = n1 * (r + c) / n;
    const e2 = n2 * (r + c) / n;
    statistic += (r - e1) ** 2 / e1 + (c - e2) ** 2 / e2;
  }
  return { statistic, df, p: chiSquareSf(statistic, df) };
}
function checkMeanSummary(s, name) {
  if (!Number.isFinite(s.mean)) return `the ${name}'s mean is ${s.mean}: it must be a finite number`;
  if (!Number.isFinite(s.std) || s.std < 0) return `the ${name}'s std is ${s.std}: a standard deviation is a number \u2265 0`;
  if (!Number.isInteger(s.n) || s.n < 2) return `the ${name}'s n is ${s.n}: a sample size is a whole number, and a t-test needs n \u2265 2`;
  return null;
}
function welch(control, treatment) {
  const bad = checkMeanSummary(control, "control") ?? checkMeanSummary(treatment, "treatment");
  if (bad) return { invalid: bad };
  const vc = control.std * control.std / control.n;
  const vt = treatment.std * treatment.std / treatment.n;
  const diff = treatment.mean - control.mean;
  if (vc + vt === 0) {
    const df2 = control.n + treatment.n - 2;
    return diff === 0 ? { t: 0, df: df2, p: 1 } : { t: Math.sign(diff) * Number.POSITIVE_INFINITY, df: df2, p: 0 };
  }
  const t = diff / Math.sqrt(vc + vt);
  const df = (vc + vt) ** 2 / (vc ** 2 / (control.n - 1) + vt ** 2 / (treatment.n - 1));
  return { t, df, p: studentTwoSided(t, df) };
}
function checkRateSummary(s, name) {
  if (!Number.isInteger(s.n) || s.n < 1) return `the ${name}'s n is ${s.n}: a sample size is a whole number \u2265 1`;
  if (!Number.isInteger(s.successes) || s.successes < 0 || s.successes > s.n)
    return `the ${name}'s successes is ${s.successes}: a count of successes is a whole number from 0 to n (${s.n})`;
  return null;
}
function twoProportionZ(control, treatment) {
  const bad = checkRateSummary(control, "control") ?? checkRateSummary(treatment, "treatment");
  if (bad) return { invalid: bad };
  const p1 = control.successes / control.n;
  const p2 = treatment.successes / treatment.n;
  const pooled = (control.successes + treatment.successes) / (control.n + treatment.n);
  const variance = pooled * (1 - pooled) * (1 / control.n + 1 / treatment.n);
  if (variance === 0) return { z: 0, p: 1 };
  const z = (p2 - p1) / Math.sqrt(variance);
  return { z, p: normalTwoSided(z) };
}

// src/core/gates/define.ts
function defineGate(definition) {
  return definition;
}

// src/core/repo-path.ts
import { posix } from "node:path";
function safeRepoPath(written, manifestPath) {
  if (written.length === 0) return { refused: "the path is empty" };
  if (written.includes("\0") || /[\u0000-\u001f]/.test(written)) return { refused: "the path contains control characters" };
  if (written.includes("\\")) return { refused: "the path contains a backslash; use / as the separator" };
  if (/^[a-zA-Z]:/.test(written) || written.startsWith("/")) return { refused: "absolute paths are not allowed; write a path relative to the repository" };
  if (/%(2e|2f|5c|00)/i.test(written)) return { refused: "the path contains URL-encoded separators or dots" };
  if (written.split("/").includes("..")) return { refused: 'the path contains ".."; artifacts must stay inside the repository' };
  const base = written.startsWith("./") ? posix.dirname(manifestPath) : "";
  const path = posix.normalize(posix.join(base, written));
  if (path === "." || path.startsWith("../")) return { refused: "the path points outside the repository" };
  return { path };
}
function isRemote(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

// src/core/gates/finding.ts
function findingAt(doc, segments, extra) {
  const place2 = doc ? { file: doc.file, ...doc.locate(segments) } : {};
  return { path: formatPath(segments), ...extra, ...place2 };
}
function missingAt(doc, pattern, message) {
  return { path: pattern, message, file: doc.file, ...doc.locatePattern(pattern), missing: true };
}
function pass(message, findings = []) {
  return { status: "pass", message, findings };
}
function fail(message, findings) {
  return { status: "fail", message, findings };
}
function skip(message) {
  return { status: "skip", message, findings: [] };
}
function outcome(failed, okMessage, failMessage2) {
  if (failed.length === 0) return pass(okMessage);
  return fail(failMessage2, failed);
}
function missing(doc, path) {
  return fail(`${path} is missing`, [missingAt(doc, path, `${path} is missing`)]);
}
function plural(n, word) {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh") ? `${word}es` : `${word}s`}`;
}
function show(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// src/core/gates/evidence.ts
async function loadReferenced(ctx, doc, segments, value) {
  const where2 = formatPath(segments);
  const ref = typeof value === "string" ? value : value?.path;
  if (typeof ref !== "string") return [findingAt(doc, segments, { observed: value, message: `${where2} names no file` })];
  const safe = safeRepoPath(ref, doc.file);
  if ("refused" in safe) return [findingAt(doc, segments, { observed: ref, message: `${where2}: ${safe.refused}` })];
  if (safe.path === doc.file) return [findingAt(doc, segments, { observed: ref, message: `${where2} points at the manifest itself` })];
  const file = (await ctx.readFiles([safe.path])).get(safe.path);
  if (file?.kind !== "file") {
    return [
      findingAt(doc, segments, {
        observed: ref,
        message: `${where2}: ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the head commit"}`
      })
    ];
  }
  try {
    return parseDocument2(safe.path, file.content);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return err.problems.map((p) => ({ path: where2, message: p.message, file: p.file, line: p.line, column: p.column }));
  }
}
async function evidenceDoc(ctx) {
  const doc = ctx.candidate;
  const filePath = ctx.options.file;
  if (!filePath) return doc;
  const matches = matchPath(doc.value, filePath);
  if (matches.length !== 1) {
    return fail(`${filePath} must name one evidence file`, [
      missingAt(doc, filePath, matches.length ? `${filePath} matches ${matches.length} values, not one file` : `${filePath} is missing`)
    ]);
  }
  const loaded = await loadReferenced(ctx, doc, matches[0].segments, matches[0].value);
  return Array.isArray(loaded) ? fail(`the evidence file cannot be read`, loaded) : loaded;
}
function isOutcome(x) {
  return "status" in x;
}
function pairedMatches(value, first, second) {
  const firstPattern = parsePath(first);
  const secondPattern = parsePath(second);
  return matchPath(value, firstPattern).map((m) => {
    const captured = firstPattern.flatMap((seg, i) => seg === WILDCARD ? [m.segments[i]] : []);
    let k = 0;
    const segments = secondPattern.map((seg) => seg === WILDCARD ? captured[k++] ?? "*" : seg);
    let node = value;
    for (const s of segments) node = node !== null && typeof node === "object" ? node[s] : void 0;
    return { label: captured.length ? captured.join(".") : formatPath(m.segments), a: m, b: { segments, value: node } };
  });
}

// src/core/gates/fields.ts
var PATH = { type: "string", format: "modelgate-path", description: "a path into the manifest" };
var NUMBER = { type: "number" };
var VALUES = { type: "array", minItems: 1, items: {} };
var STRINGS = { type: "array", minItems: 1, items: { type: "string" } };
var DURATION = {
  description: "a number in the values' own unit, or a duration such as 90s, 12h, 7d, 2w",
  anyOf: [
    { type: "number", minimum: 0 },
    { type: "string", pattern: "^\\d+(\\.\\d+)?(ms|s|m|h|d|w)$" }
  ]
};

// src/core/gates/drift.ts
var DRIFT_FIELDS = {
  reference: { ...PATH, description: "bins of the reference distribution: a list, or an object keyed by bin" },
  current: { ...PATH, description: "bins of the current distribution, paired with reference by its wildcards" },
  file: { ...PATH, description: "a path in the manifest naming an evidence file (a drift report) to read the bins from" }
};
async function checkDrift(ctx, statistic, name) {
  const doc = await evidenceDoc(ctx);
  if (isOutcome(doc)) return doc;
  const reference = ctx.options.reference;
  const pairs2 = pairedMatches(doc.value, reference, ctx.options.current);
  if (pairs2.length === 0) return fail(`${reference} is missing`, [missingAt(doc, reference, `${reference} is missing`)]);
  const failed = [];
  const lines = [];
  for (const { label, a, b } of pairs2) {
    if (!isBins(a.value) || !isBins(b.value)) {
      const bad = !isBins(a.value) ? a : b;
      failed.push(
        findingAt(doc, bad.segments, {
          observed: bad.value ?? null,
          message: `${formatPath(bad.segments)} must be bins: a list of numbers or an object of numbers`
        })
      );
      continue;
    }
    let result;
    try {
      const order2 = { reference: keysInSourceOrder(doc, a.segments), current: keysInSourceOrder(doc, b.segments) };
      const { ref, cur } = alignBins(a.value, b.value, order2);
      result = statistic(ref, cur);
    } catch (err) {
      failed.push(findingAt(doc, b.segments, { message: `${label}: ${err.message}` }));
      continue;
    }
    lines.push(`${label} ${result.text}`);
    if (result.failed) failed.push(findingAt(doc, b.segments, { observed: round(result.observed), limit: result.limit, message: `${label}: ${result.text}` }));
  }
  return outcome(
    failed,
    `${name} within limits for ${plural(pairs2.length, "distribution")}: ${lines.join("; ")}`,
    `${name} beyond the limit for ${plural(failed.length, "distribution")}`
  );
}
function isBins(v) {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === "number");
  return v !== null && typeof v === "object" && Object.values(v).length > 0 && Object.values(v).every((x) => typeof x === "number");
}
function valid(result) {
  if (isInvalid(result)) throw new Error(result.invalid);
  return result;
}
function round(x) {
  return Number(x.toPrecision(6));
}

// src/core/gates/ab_test.ts
var abTest = defineGate({
  type: "ab_test",
  summary: "the treatment beats the control significantly (two-sided p below alpha) by at least min_lift (relative, 0.02 = 2 %), from summary statistics: welch_t ({mean, std, n}) or two_proportion_z ({successes, n})",
  fields: {
    control: { ...PATH, description: "the control's summary: {mean, std, n} or {successes, n}" },
    treatment: { ...PATH, description: "the treatment's summary, of the same form" },
    test: { enum: ["welch_t", "two_proportion_z"] },
    alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    min_lift: { type: "number", description: "relative improvement of the treatment over the control required, 0.02 = 2 %" },
    better: { enum: ["higher", "lower"], description: "which direction is an improvement (default higher)" },
    file: { ...PATH, description: "a path in the manifest naming an evidence file (an A/B report)" },
    min_samples: { type: "integer", minimum: 1, description: "each arm (control and treatment) must have at least this many samples (its n)" },
    control_is_active: {
      type: "boolean",
      description: "the control is the version that serves now: the version at control_version equals the active manifest's version (or, for a stage move of the same version, the version that served before it)"
    },
    control_version: { ...PATH, description: "where the control's version is written (default: the control's path + .version)" },
    treatment_is_candidate: { type: "boolean", description: "the treatment is the candidate: the version at treatment_version equals the candidate's version" },
    treatment_version: { ...PATH, description: "where the treatment's version is written (default: the treatment's path + .version)" }
  },
  required: ["control", "treatment", "test", "alpha"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = await evidenceDoc(ctx);
    if (isOutcome(doc)) return doc;
    const get = (path) => matchPath(doc.value, path)[0];
    const control = get(ctx.options.control);
    const treatment = get(ctx.options.treatment);
    for (const [name, m] of [
      ["control", control],
      ["treatment", treatment]
    ]) {
      if (!m) return fail(`${ctx.gate[name]} is missing`, [missingAt(doc, ctx.gate[name], `${ctx.gate[name]} is missing`)]);
    }
    const c = control.value;
    const t = treatment.value;
    const controlVersion = ctx.options.control_is_active ? await controlCheck(ctx, doc) : null;
    if (controlVersion && "status" in controlVersion && controlVersion.status === "skip") return controlVersion;
    const minSamples = ctx.options.min_samples;
    if (minSamples !== void 0) {
      const small = [
        ["control", c, control.segments],
        ["treatment", t, treatment.segments]
      ].filter(([, arm]) => isNum(arm?.n) && arm.n < minSamples);
      if (small.length > 0) {
        const why = small.map(([name, arm]) => `the ${name} has n ${arm.n}, below the minimum of ${minSamples}`).join("; ");
        return fail(
          `too few samples: ${why}`,
          small.map(
            ([name, arm, segments]) => findingAt(doc, [...segments, "n"], {
              observed: arm.n,
              limit: minSamples,
              message: `the ${name} has n ${arm.n}, below the minimum of ${minSamples} samples`
            })
          )
        );
      }
    }
    if (ctx.options.treatment_is_candidate) {
      const path = ctx.options.treatment_version ?? `${ctx.options.treatment}.version`;
      const written = matchPath(doc.value, path)[0];
      const version = ctx.change.to;
      if (!written)
        return fail(`${path} is missing: the treatment must name its version, ${version}`, [
          missingAt(doc, path, `${path} is missing: name the treatment's version (${version})`)
        ]);
      if (String(written.value) !== version) {
        const message2 = `the treatment is version ${show(written.value)}, but the candidate is ${version}: an A/B result of another version says nothing about this one`;
        return fail(message2, [findingAt(doc, written.segments, { observed: written.value, limit: version, message: message2 })]);
      }
    }
    if (controlVersion && "status" in controlVersion) return controlVersion;
    const sign = ctx.options.better === "lower" ? -1 : 1;
    let p;
    let lift;
    let detail;
    if (ctx.options.test === "welch_t") {
      if (![c, t].every((s) => isNum(s?.mean) && isNum(s?.std) && isNum(s?.n))) return shape(doc, control.segments, "{mean, std, n}");
      const r = welch({ mean: c.mean, std: c.std, n: c.n }, { mean: t.mean, std: t.std, n: t.n });
      if (isInvalid(r)) return invalid(doc, treatment.segments, r.invalid);
      if (c.mean === 0) return invalid(doc, control.segments, "the control's mean is 0: a relative lift cannot be measured from it");
      p = r.p;
      lift = sign * (t.mean - c.mean) / Math.abs(c.mean);
      detail = `Welch t ${round(r.t)} (${round(r.df)} df), p ${round(p)}`;
    } else {
      if (![c, t].every((s) => isNum(s?.successes) && isNum(s?.n))) return shape(doc, control.segments, "{successes, n}");
      const r = twoProportionZ({ successes: c.successes, n: c.n }, { successes: t.successes, n: t.n });
      if (isInvalid(r)) return invalid(doc, treatment.segments, r.invalid);
      if (c.successes === 0) return invalid(doc, control.segments, "the control has 0 successes: a relative lift cannot be measured from it");
      p = r.p;
      lift = sign * (t.successes / t.n - c.successes / c.n) / (c.successes / c.n);
      detail = `z ${round(r.z)}, p ${round(p)}`;
    }
    const alpha = ctx.options.alpha;
    const minLift = ctx.options.min_lift ?? 0;
    const text = `${detail}, lift ${round(lift * 100)} %`;
    const problems = [];
    if (!(p < alpha)) problems.push(`not significant: p ${round(p)} is not below alpha ${alpha}`);
    if (!(lift > 0 && lift >= minLift)) problems.push(`lift ${round(lift * 100)} % is below the required ${round(minLift * 100)} %`);
    if (problems.length === 0) return pass(`treatment beats control: ${text}${controlVersion?.note ?? ""}`);
    const message = `${problems.join("; ")} (${text})`;
    return fail(message, [findingAt(doc, treatment.segments, { observed: round(p), limit: alpha, message: `${problems.join("; ")} (${text})` })]);
  }
});
async function controlCheck(ctx, doc) {
  const path = ctx.options.control_version ?? `${ctx.options.control}.version`;
  const written = matchPath(doc.value, path)[0];
  const serving = await servingVersion(ctx);
  if ("skip" in serving) return skip(serving.skip);
  if ("fail" in serving) return fail(serving.fail, [{ message: serving.fail, file: ctx.change.path }]);
  if ("snapshot" in serving) return skip("the control is checked against the version it replaces, on a change; validate looks at one commit");
  if (!written) {
    return fail(`${path} is missing: the control must name its version, ${serving.version}, ${serving.why}`, [
      missingAt(doc, path, `${path} is missing: name the control's version (${serving.version}, ${serving.why})`)
    ]);
  }
  if (String(written.value) !== serving.version) {
    const message = `the control is version ${show(written.value)}, but it must be ${serving.version}, ${serving.why}: an A/B test compares the candidate with the version it replaces`;
    return fail(message, [findingAt(doc, written.segments, { observed: written.value, limit: serving.version, message })]);
  }
  return { note: `; the control is ${serving.version}, ${serving.why}` };
}
async function servingVersion(ctx) {
  if (ctx.snapshot) return { snapshot: true };
  const { from, to } = ctx.change;
  if (from === null) return { skip: "the model is new: no version serves now, so there is no control to A/B test against" };
  if (from !== to) return { version: from, why: "the active version" };
  const events = await ctx.history();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.to !== null && e.to !== to) return { version: e.to, why: `the version that served before ${to} (${e.commit.slice(0, 7)})` };
    if (i === 0 && e.kind !== "new") break;
    if (i === 0) return { skip: `no version other than ${to} has served: its first version has no earlier version to A/B test against` };
  }
  return {
    fail: "the base branch's history does not reach back to the version that served before this one: fetch the full history (actions/checkout with fetch-depth: 0)"
  };
}
function isNum(x) {
  return typeof x === "number" && Number.isFinite(x);
}
function invalid(doc, segments, why) {
  return fail(`invalid A/B summary: ${why}`, [findingAt(doc, segments, { message: why })]);
}
function shape(doc, segments, want) {
  return fail(`control and treatment must be ${want}`, [findingAt(doc, segments, { message: `control and treatment must be ${want}` })]);
}

// src/core/equal.ts
function sameValue(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (!Object.hasOwn(b, k) || !sameValue(a[k], b[k])) return false;
  }
  return true;
}
function sameBytes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/core/report.ts
var MAX_FINDINGS = 100;
function boundFindings(findings) {
  if (findings.length === 0) return { findings: [] };
  const total = Math.max(findings.total ?? 0, findings.length);
  return total > MAX_FINDINGS ? { findings: findings.slice(0, MAX_FINDINGS), findings_total: total } : { findings: [...findings] };
}
function summarize(changes) {
  const summary2 = { changes: changes.length, gates: 0, failed: 0, warned: 0, overridden: 0, waived: 0, skipped: 0 };
  for (const c of changes) {
    for (const g of c.gates) {
      summary2.gates++;
      if (g.status === "fail") summary2.failed++;
      else if (g.status === "warn") summary2.warned++;
      else if (g.status === "skip") summary2.skipped++;
      if (g.override?.by === "label") summary2.overridden++;
      else if (g.override?.by === "waiver") summary2.waived++;
    }
  }
  return summary2;
}
function errorReport(version, head, base, policy, errors) {
  return {
    schema_version: 1,
    tool: { name: "modelgate", version },
    result: "error",
    base,
    head,
    policy,
    changes: [],
    errors,
    summary: summarize([])
  };
}

// src/core/gates/findings.ts
function findingList() {
  return new Collected();
}
var Collected = class extends Array {
  total = 0;
  // What map, filter and slice make of it is a plain list.
  static get [Symbol.species]() {
    return Array;
  }
  push(...items) {
    for (const item of items) {
      this.total++;
      if (this.length < MAX_FINDINGS) super.push(item);
    }
    return this.length;
  }
};

// src/core/gates/membership.ts
function checkMembership(ctx, wantListed) {
  const doc = ctx.candidate;
  const path = ctx.options.path;
  const values = ctx.options.values;
  const matches = matchPath(doc.value, path);
  if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
  const failed = findingList();
  let checked = 0;
  for (const m of matches) {
    const items = Array.isArray(m.value) ? m.value.map((v, i) => ({ v, segs: [...m.segments, i] })) : [{ v: m.value, segs: m.segments }];
    for (const { v, segs } of items) {
      checked++;
      const listed = values.some((allowed2) => sameValue(allowed2, v));
      if (listed !== wantListed) {
        const verb = wantListed ? "is not one of" : "is denied:";
        failed.push(findingAt(doc, segs, { observed: v, limit: values, message: `${formatPath(segs)} ${verb} ${values.map(show).join(", ")}` }));
      }
    }
  }
  const what = wantListed ? "allowed" : "not denied";
  return outcome(failed, `${plural(checked, "value")} ${what}`, `${plural(failed.total, "value")} ${wantListed ? "not allowed" : "denied"}`);
}

// src/core/gates/allowed.ts
var allowed = defineGate({
  type: "allowed",
  summary: "every matched value (each item of a matched list) is listed in values",
  fields: { path: PATH, values: VALUES },
  required: ["path", "values"],
  needs: ["candidate"],
  evaluate: (ctx) => checkMembership(ctx, true)
});

// src/core/gates/approvals.ts
var approvals = defineGate({
  type: "approvals",
  summary: "the pull request has at least `count` approving reviews of its head commit, by people with write access or, when `from` is given, by the listed users or @org/team members; never its author",
  fields: {
    count: { type: "integer", minimum: 1 },
    from: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "logins, or teams as @org/team" }
  },
  required: ["count"],
  needs: ["pr"],
  evaluate(ctx) {
    const pr = ctx.pr;
    const count = ctx.options.count;
    const from = ctx.options.from;
    const same = (a, b) => a.toLowerCase() === b.toLowerCase();
    const counted = [];
    const refused = [...pr.notCounted ?? []];
    for (const login of pr.approvals) {
      if (pr.author && same(login, pr.author)) refused.push({ login, reason: "the author" });
      else if (from) {
        const listed = from.some((who2) => who2.startsWith("@") ? pr.teams[who2]?.some((m) => same(m, login)) : same(who2, login));
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
  }
});

// src/core/gates/artifacts.ts
var artifacts = defineGate({
  type: "artifacts",
  summary: "each artifact exists at head inside the repo and its digest matches; remote URIs only where allowed, with a digest",
  fields: {
    path: PATH,
    digest_key: { type: "string", minLength: 1 },
    allow_remote: {
      description: "true, or the URI prefixes allowed (s3://bucket/, gs://\u2026)",
      anyOf: [{ type: "boolean" }, { type: "array", items: { type: "string", minLength: 1 } }]
    }
  },
  required: ["path"],
  needs: ["candidate"],
  // The state a rollback returns to must still have its files.
  on: ["promotion", "new", "update", "rollback", "demotion"],
  async evaluate(ctx) {
    const doc = ctx.candidate;
    const path = ctx.options.path;
    const digestKey = ctx.options.digest_key ?? "sha256";
    const allowRemote = ctx.options.allow_remote;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    const local = [];
    for (const m of matches) {
      const where2 = formatPath(m.segments);
      const ref = artifactRef(m.value);
      const digest = m.value !== null && typeof m.value === "object" ? m.value[digestKey] : void 0;
      if (typeof ref !== "string") {
        failed.push(
          findingAt(doc, m.segments, { observed: m.value, message: `${where2} names no artifact (a path string, or an object with "path" or "uri")` })
        );
        continue;
      }
      if (digest !== void 0 && (typeof digest !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(digest))) {
        failed.push(findingAt(doc, [...m.segments, digestKey], { observed: digest, message: `${where2}.${digestKey} is not a sha256 digest (64 hex digits)` }));
        continue;
      }
      if (isRemote(ref)) {
        const allowed2 = allowRemote === true || Array.isArray(allowRemote) && allowRemote.some((prefix) => ref.startsWith(prefix));
        if (!allowed2) failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where2}: remote artifact ${ref} is not allowed by this gate` }));
        else if (digest === void 0)
          failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where2}: remote artifact ${ref} has no ${digestKey} digest` }));
        continue;
      }
      const safe = safeRepoPath(ref, doc.file);
      if ("refused" in safe) {
        failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where2}: ${safe.refused}` }));
        continue;
      }
      if (safe.path === doc.file) {
        failed.push(findingAt(doc, m.segments, { observed: ref, message: `${where2} points at the manifest itself` }));
        continue;
      }
      local.push({ segments: m.segments, repoPath: safe.path, digest });
    }
    if ((ctx.change.kind === "update" || ctx.change.kind === "demotion") && ctx.active)
      failed.push(...swapped(doc, ctx.active, path, digestKey, ctx.change.to));
    const files = await ctx.digestFiles(local.map((a) => a.repoPath));
    for (const a of local) {
      const where2 = formatPath(a.segments);
      const file = files.get(a.repoPath) ?? null;
      const problem = fileProblem(file, a.repoPath);
      if (problem) {
        failed.push(findingAt(doc, a.segments, { observed: a.repoPath, message: `${where2}: ${problem}` }));
        continue;
      }
      if (a.digest !== void 0 && file) {
        const want = a.digest.replace(/^sha256:/, "").toLowerCase();
        const got = file.sha256;
        if (got !== want) {
          const why = file.lfs === "pointer-not-lfs" ? `; it is a Git LFS pointer, but .gitattributes at the head commit does not mark ${a.repoPath} filter=lfs, so a checkout gets the pointer itself and its bytes are what is hashed` : "";
          failed.push(
            findingAt(doc, [...a.segments, digestKey], {
              observed: got,
              limit: want,
              message: `${where2}: ${a.repoPath} has sha256 ${got}, the manifest declares ${want}${why}`
            })
          );
        }
      }
    }
    failed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return outcome(
      failed,
      `${plural(matches.length, "artifact")} present${local.some((a) => a.digest) ? " with matching digests" : ""}`,
      `${plural(failed.total, "artifact")} missing or not matching`
    );
  }
});
function swapped(doc, active, path, digestKey, version) {
  const before = new Map(matchPath(active.value, path).map((m) => [formatPath(m.segments), m.value]));
  const after = matchPath(doc.value, path);
  const out = [];
  for (const m of after) {
    const where2 = formatPath(m.segments);
    const was = before.get(where2);
    before.delete(where2);
    if (was !== void 0 && sameValue(artifactRef(was), artifactRef(m.value)) && sameValue(digestOf(was, digestKey), digestOf(m.value, digestKey))) continue;
    out.push(
      findingAt(doc, m.segments, {
        observed: m.value,
        active: was ?? null,
        message: `${where2} ${was === void 0 ? "is added" : "changes"} under the same version ${version}; new weights need a new version`
      })
    );
  }
  for (const [where2, was] of before)
    out.push({
      path: where2,
      active: was,
      file: doc.file,
      ...doc.locate([]),
      message: `${where2} is removed under the same version ${version}; new weights need a new version`
    });
  return out;
}
function digestOf(value, digestKey) {
  return value !== null && typeof value === "object" ? value[digestKey] : void 0;
}
function artifactRef(value) {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object") {
    const v = value;
    return v.path ?? v.uri ?? v.url;
  }
  return void 0;
}
function fileProblem(file, path) {
  if (!file) return `${path} does not exist at the head commit`;
  if (file.kind === "symlink") return `${path} is a symbolic link; artifacts must be regular files`;
  if (file.kind !== "file") return `${path} is a ${file.kind}, not a file`;
  return null;
}

// src/core/gates/attestation.ts
var EVALUATION_PREDICATE = "https://modelgate.dev/attestation/evaluation/v1";
var STATEMENT_TYPES = ["https://in-toto.io/Statement/v1", "https://in-toto.io/Statement/v0.1"];
var FIELDS = {
  subject: {
    ...PATH,
    description: "the artifact's sha256 in the manifest (64 hex digits, optionally prefixed sha256:): the signed statement must name it as a subject"
  },
  bundle: {
    ...PATH,
    description: "a path in the manifest naming the Sigstore bundle file (read at head, inside the repository); without it, the GitHub Action fetches the artifact's attestations from GitHub"
  },
  issuer: {
    type: "string",
    minLength: 1,
    description: "the OIDC issuer the signing certificate must name, exactly (GitHub Actions: https://token.actions.githubusercontent.com)"
  },
  identity: {
    description: "the certificate identity, exactly, or a list of them: for GitHub Actions the workflow that trained, https://github.com/OWNER/REPO/.github/workflows/FILE@REF",
    anyOf: [
      { type: "string", minLength: 1 },
      { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
    ]
  },
  predicate_types: {
    type: "array",
    minItems: 1,
    items: { type: "string", minLength: 1 },
    description: `the statement's predicate types the policy accepts (default: ${EVALUATION_PREDICATE})`
  },
  bind: {
    type: "object",
    propertyNames: { format: "modelgate-path" },
    additionalProperties: { type: "string", format: "modelgate-path" },
    description: "manifest path \u2192 path in the signed statement (predicate.metrics.auc): each manifest value must equal the signed one exactly; wildcards pair by position"
  },
  trusted_root: {
    type: "string",
    minLength: 1,
    description: "a Sigstore trusted root file (JSON, or JSON Lines as `gh attestation trusted-root` prints), read at the policy's commit; default: the public Sigstore instance's, shipped with modelgate"
  }
};
var attestation = defineGate({
  type: "attestation",
  summary: "the manifest's evidence is signed: a Sigstore bundle (DSSE, in-toto statement) verifies against the trusted root, its signer is the policy's issuer and identity, its subject is the artifact's sha256, its predicate type is allowed, and each bound manifest field equals the signed value",
  fields: FIELDS,
  required: ["subject", "issuer", "identity"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = ctx.candidate;
    const o = ctx.options;
    const subjects = matchPath(doc.value, o.subject);
    if (subjects.length === 0) return fail(`${o.subject} must name the artifact's sha256`, [missingAt(doc, o.subject, `${o.subject} is missing`)]);
    const digests = [];
    for (const m of subjects) {
      if (typeof m.value !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(m.value)) {
        const message = `${formatPath(m.segments)} must be 64 hex digits, optionally prefixed sha256:`;
        return fail(message, [findingAt(doc, m.segments, { observed: m.value, message })]);
      }
      digests.push(m.value.replace(/^sha256:/, "").toLowerCase());
    }
    const sigstore = await import("./chunks/sigstore-MOSORXX6.js");
    const trust = await trustOf(ctx, sigstore);
    if ("status" in trust) return trust;
    const bundles = await bundlesOf(ctx, doc, digests[0]);
    if ("status" in bundles) return bundles;
    const refusals = [];
    let nearest = null;
    for (const b of bundles.list) {
      const verified = sigstore.verifyBundle(b.json, trust);
      const refused = "error" in verified ? `${b.name} ${verified.error}` : statementRefusal(verified, o, digests, b.name);
      if (refused !== null) {
        refusals.push({ ...b.where, message: refused });
        continue;
      }
      const v = verified;
      const shape2 = await predicateProblem(ctx, v);
      if (shape2) {
        refusals.push({ ...b.where, message: `${b.name} ${shape2}` });
        continue;
      }
      const failures = compareBound(doc, v, o, b.name);
      if (failures.length === 0) return accepted(doc, v, o, b.name);
      if (!nearest || failures.length < nearest.failures.length) nearest = { verified: v, failures };
    }
    if (nearest) {
      const n = nearest.failures.length;
      return fail(
        `${plural(n, "field")} of the manifest ${n === 1 ? "differs" : "differ"} from the statement ${signedBy(nearest.verified.signer)}`,
        nearest.failures
      );
    }
    return fail(refusals.length === 1 ? refusals[0].message : `none of ${refusals.length} attestations holds up`, refusals);
  }
});
async function trustOf(ctx, sigstore) {
  const written = ctx.options.trusted_root;
  if (written === void 0) return sigstore.publicGoodTrust();
  const safe = safeRepoPath(written, "");
  const refuse = (message) => fail(message, [{ path: "trusted_root", message, file: written }]);
  if ("refused" in safe) return refuse(`trusted_root ${JSON.stringify(written)}: ${safe.refused}`);
  const file = await ctx.readPolicyFile(safe.path);
  if (file?.kind !== "file") {
    return refuse(
      `trusted_root ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the policy's commit"}: commit it with the policy (the pull request cannot choose whom to trust)`
    );
  }
  const parsed = sigstore.parseTrustedRoot(Buffer.from(file.content).toString("utf8"));
  if ("error" in parsed)
    return fail(`trusted_root ${safe.path} ${parsed.error}`, [{ file: safe.path, line: 1, column: 1, message: `${safe.path} ${parsed.error}` }]);
  return parsed;
}
async function bundlesOf(ctx, doc, digest) {
  const at = ctx.options.bundle;
  if (at === void 0) {
    if (!ctx.attestations) {
      return fail("no attestation bundle to check", [
        {
          path: "bundle",
          file: doc.file,
          message: "the gate names no `bundle` path, and only the GitHub Action fetches attestations from GitHub: commit the bundle with the manifest and name it at `bundle`"
        }
      ]);
    }
    let list;
    try {
      list = await ctx.attestations(digest);
    } catch (err) {
      return fail("GitHub's attestations could not be read", [
        { file: doc.file, message: `GitHub's attestations for sha256:${digest}: ${err.message}` }
      ]);
    }
    if (list.length === 0) {
      return fail(`GitHub has no attestation for sha256:${digest}`, [
        { file: doc.file, message: `GitHub has no attestation for sha256:${digest}: sign the artifact with actions/attest in the training workflow` }
      ]);
    }
    return { list: list.map((json, i) => ({ name: `GitHub's attestation ${i + 1} of ${list.length}`, json, where: { file: doc.file } })) };
  }
  const matches = matchPath(doc.value, at);
  if (matches.length !== 1) {
    return fail(`${at} must name one bundle file`, [
      missingAt(doc, at, matches.length ? `${at} matches ${matches.length} values, not one file` : `${at} is missing`)
    ]);
  }
  const { segments, value } = matches[0];
  const ref = typeof value === "string" ? value : value?.path;
  const refuse = (message) => fail(message, [findingAt(doc, segments, { observed: value, message })]);
  if (typeof ref !== "string") return refuse(`${formatPath(segments)} names no file`);
  const safe = safeRepoPath(ref, doc.file);
  if ("refused" in safe) return refuse(`${formatPath(segments)}: ${safe.refused}`);
  const file = (await ctx.readFiles([safe.path])).get(safe.path);
  if (file?.kind !== "file")
    return refuse(`${formatPath(segments)}: ${safe.path} ${file ? `is a ${file.kind}, not a file` : "does not exist at the head commit"}`);
  let parsed;
  try {
    parsed = parseDocument2(safe.path, file.content);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return fail(
      `${safe.path} cannot be read`,
      err.problems.map((p) => ({ message: p.message, file: p.file, line: p.line, column: p.column }))
    );
  }
  return { list: [{ name: safe.path, json: parsed.value, where: findingAt(doc, segments, { observed: ref }) }] };
}
function statementRefusal(v, o, wanted, name) {
  const s = v.signer;
  if (s.issuer !== o.issuer) return `${name} is signed through the OIDC issuer ${show(s.issuer)}; the policy trusts ${show(o.issuer)}`;
  const identities = typeof o.identity === "string" ? [o.identity] : o.identity;
  if (!identities.includes(s.identity)) {
    return `${name} is signed by ${show(s.identity)}; the policy trusts ${identities.length === 1 ? show(identities[0]) : `only ${identities.map((i) => show(i)).join(", ")}`}`;
  }
  const st = v.statement;
  if (st === null || typeof st !== "object" || !STATEMENT_TYPES.includes(st._type)) {
    return `${name} signs a payload that is not an in-toto statement (_type ${show(st?._type)})`;
  }
  const allowed2 = o.predicate_types ?? [EVALUATION_PREDICATE];
  if (!allowed2.includes(st.predicateType)) {
    return `${name} attests the predicate type ${show(st.predicateType)}; the policy accepts ${allowed2.map((t) => show(t)).join(", ")}`;
  }
  const subjects = Array.isArray(st.subject) ? st.subject : [];
  const signed = new Set(
    subjects.map((x) => x?.digest?.sha256).filter((d) => typeof d === "string").map((d) => d.toLowerCase())
  );
  const unsigned = wanted.filter((d) => !signed.has(d));
  if (unsigned.length > 0) {
    const what = signed.size ? [...signed].map((d) => `sha256:${d}`).join(", ") : "no sha256 subject";
    return `${name} attests ${what}, not ${unsigned.length === 1 && wanted.length === 1 ? "this artifact" : `${plural(unsigned.length, "artifact")} of the manifest`} (${unsigned.map((d) => `sha256:${d}`).join(", ")})`;
  }
  return null;
}
async function predicateProblem(ctx, v) {
  const st = v.statement;
  if (st.predicateType !== EVALUATION_PREDICATE) return null;
  const errors = (await ctx.schema("modelgate:evaluation-predicate"))(st.predicate ?? null);
  if (errors.length === 0) return null;
  const e = errors[0];
  return `signs a predicate that does not follow schemas/evaluation-predicate.schema.json: ${e.segments.length ? `predicate.${formatPath(e.segments)} ` : "the predicate "}${e.message}`;
}
function boundFields(doc, statement, bind) {
  const pairs2 = [];
  const missing2 = [];
  for (const [field, signedAt] of Object.entries(bind)) {
    const fieldPattern = parsePath(field);
    const signedPattern = parsePath(signedAt);
    const wild = (p) => p.filter((s) => s === WILDCARD).length;
    if (wild(fieldPattern) !== wild(signedPattern)) {
      missing2.push({ path: field, file: doc.file, message: `bind ${field}: ${signedAt} must have as many * as ${field} (they pair by position)` });
      continue;
    }
    const matches = matchPath(doc.value, fieldPattern);
    if (matches.length === 0)
      missing2.push(missingAt(doc, field, `${field} is missing from the manifest, so it cannot be compared with the signed ${signedAt}`));
    for (const m of matches) {
      const captured = fieldPattern.flatMap((seg, i) => seg === WILDCARD ? [m.segments[i]] : []);
      let k = 0;
      const segs = signedPattern.map((seg) => seg === WILDCARD ? captured[k++] : seg);
      pairs2.push({ field: m.segments, value: m.value, signedPath: formatPath(segs), signed: valueAt(statement, segs) });
    }
  }
  return { pairs: pairs2, missing: missing2 };
}
function compareBound(doc, v, o, name) {
  const { pairs: pairs2, missing: missing2 } = boundFields(doc, v.statement, o.bind ?? {});
  const out = [...missing2];
  for (const p of pairs2) {
    const where2 = formatPath(p.field);
    if (p.signed === void 0) {
      out.push(findingAt(doc, p.field, { observed: p.value, message: `${where2} is not signed: ${name} has no ${p.signedPath}` }));
    } else if (!sameValue(p.value, p.signed)) {
      out.push(
        findingAt(doc, p.field, {
          observed: p.value,
          limit: p.signed,
          message: `${where2} is ${show(p.value)} here; the statement ${signedBy(v.signer)} says ${show(p.signed)} (${p.signedPath})`
        })
      );
    }
  }
  return out;
}
function accepted(doc, v, o, name) {
  const by = signedBy(v.signer);
  const { pairs: pairs2 } = boundFields(doc, v.statement, o.bind ?? {});
  const findings = pairs2.map((p) => findingAt(doc, p.field, { observed: p.value, message: `${formatPath(p.field)} = ${show(p.value)}: ${by}` }));
  const what = pairs2.length > 0 ? `${plural(pairs2.length, "field")} (${pairs2.map((p) => formatPath(p.field)).join(", ")})` : "the artifact";
  return pass(`${what} ${by} (${name})`, findings);
}
function signedBy(s) {
  return `signed by ${s.identity}${s.commit ? ` at ${s.commit.slice(0, 12)}` : " (the certificate names no commit)"}`;
}

// src/core/time.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(value) {
  if (typeof value === "number") return { amount: value, isTime: false };
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(String(value));
  if (!m) throw new Error(`invalid duration ${JSON.stringify(value)}`);
  return { amount: Number(m[1]) * UNIT_MS[m[2]], isTime: true };
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
var isLeap = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function parseInstant(value) {
  if (typeof value === "number") return Number.isFinite(value) ? { ms: value } : { invalid: `${value} is not a finite number` };
  if (typeof value !== "string") return { invalid: `${JSON.stringify(value)} is not a number or an ISO-8601 time` };
  const shown = JSON.stringify(value);
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
    return { invalid: `${shown} is ambiguous: write a date as 2026-01-08 (ISO 8601 / RFC 3339), or epoch milliseconds as a number, not text` };
  }
  const m = DATE_TIME.exec(value);
  if (!m) return { invalid: `${shown} is not an ISO-8601 / RFC 3339 time such as 2026-01-08 or 2026-01-08T09:30:00Z` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => x === void 0 ? void 0 : Number(x));
  if (month < 1 || month > 12) return { invalid: `${shown} has month ${month}: months are 01 to 12` };
  const days = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  if (day < 1 || day > days) return { invalid: `${shown} is not a date: ${year}-${m[2]} has ${days} days` };
  if (hour > 23 || minute > 59) return { invalid: `${shown} has no such time of day: hours are 00 to 23, minutes 00 to 59` };
  if (second > 60 || second === 60 && minute !== 59)
    return { invalid: `${shown} has no such second: seconds are 00 to 59, or 60 for a leap second at minute 59` };
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const [oh, om] = [Number(z[2]), Number(z[3])];
    if (oh > 23 || om > 59) return { invalid: `${shown} has no such zone offset ${zone}` };
    offset = (z[1] === "-" ? -1 : 1) * (oh * 60 + om) * 6e4;
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1e3) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, 0, 0);
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return { ms: fixed + second * 1e3 + fraction - offset };
}
function toInstant(value) {
  const r = parseInstant(value);
  return "ms" in r ? r.ms : null;
}
function isoOf(ms) {
  return new Date(ms).toISOString();
}
function whenOf(ms) {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

// src/core/served.ts
var DAY = 864e5;
function heldSince(events, valueAtEvent) {
  if (events.length === 0) return null;
  const current = JSON.stringify(valueAtEvent(events[events.length - 1]));
  let start = null;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].kind === "retire" || JSON.stringify(valueAtEvent(events[i])) !== current) break;
    start = events[i];
  }
  return start;
}
function heldForVersionSince(events, segments) {
  const held = heldSince(events, (e) => e.doc ? valueAt(e.doc.value, segments) : void 0);
  if (!held) return null;
  return Math.max(held.time, heldSince(events, (e) => e.to)?.time ?? held.time);
}
function daysBetween(from, to) {
  return Math.floor((to - from) / DAY * 100) / 100;
}
function placeOf(e) {
  return `${e.commit.slice(0, 7)}${e.pr ? `, #${e.pr}` : ""}, ${whenOf(e.time)}`;
}

// src/core/certification.ts
function certificationOf(events, version, options, now) {
  const segs = options.path ? parsePath(options.path).filter((s) => typeof s !== "symbol") : null;
  const values = options.values;
  const need = options.min_days * DAY;
  const at = now.getTime();
  const qualifies = (e) => e.doc !== null && e.to === version && (!segs || !values || values.some((v) => sameValue(v, valueAt(e.doc?.value, segs))));
  const rollbacks = events.filter((e) => (e.kind === "rollback" || e.kind === "demotion") && e.time >= at - need && e.time <= at).length;
  let clock = null;
  for (let i = 0; i < events.length && events[i].time <= at; i++) {
    const e = events[i];
    if (!qualifies(e)) clock = null;
    else if (clock === null || e.kind === "rollback" || e.kind === "demotion") clock = e.time;
    const end = Math.min(i + 1 < events.length ? events[i + 1].time : at, at);
    if (clock !== null && end - clock >= need) {
      return {
        version,
        certified: true,
        since: isoOf(clock + need),
        clock: isoOf(clock),
        days: options.min_days,
        rollbacks,
        reason: `${version} is certified since ${whenOf(clock + need)}: it served ${dayCount(options.min_days)}${where(options)} from ${whenOf(clock)} without a rollback or a step back`
      };
    }
  }
  if (clock === null) return { version, certified: false, since: null, clock: null, days: 0, rollbacks, reason: `${version} is not serving${where(options)}` };
  const days = daysBetween(clock, at);
  return {
    version,
    certified: false,
    since: null,
    clock: isoOf(clock),
    days,
    rollbacks,
    reason: `${version} has served ${days} of ${dayCount(options.min_days)}${where(options)} since ${whenOf(clock)} without a rollback or a step back: certified from ${whenOf(clock + need)}`
  };
}
function where(options) {
  return options.path && options.values ? ` at ${options.path} ${options.values.map((v) => JSON.stringify(v)).join(" or ")}` : "";
}
function dayCount(n) {
  return n === 1 ? "1 day" : `${n} days`;
}

// src/core/gates/certified.ts
var certified = defineGate({
  type: "certified",
  summary: "once the active version is certified (served min_days on the base branch, at path in values when given, without a rollback or a step back), its content is immutable: an update in place fails, except at the mutable paths",
  fields: {
    min_days: { type: "number", minimum: 0 },
    path: { ...PATH, description: "count only the time the version held one of `values` here (a stage, a rollout percentage)" },
    values: { type: "array", minItems: 1, items: {}, description: "the values of `path` that count" },
    mutable: { ...STRINGS, items: PATH, description: "paths a certified version may still change in place (the certification date itself)" }
  },
  required: ["min_days"],
  constraints: { dependentRequired: { path: ["values"], values: ["path"] } },
  // A rollback, a demotion and a retirement may touch a certified version; an update may not.
  on: ["update"],
  needs: ["candidate", "active", "history"],
  async evaluate(ctx) {
    const candidate = ctx.candidate;
    const active = ctx.active;
    const cert = certificationOf(await ctx.history(), ctx.change.from, ctx.options, ctx.now);
    if (!cert.certified) return pass(`not certified yet: ${cert.reason}`);
    const mutable = (ctx.options.mutable ?? []).flatMap(
      (p) => [...matchPath(candidate.value, p), ...matchPath(active.value, p)].map((m) => formatPath(m.segments))
    );
    const free = (segs) => {
      const here = formatPath(segs);
      return mutable.some((m) => here === m || here.startsWith(`${m}.`) || here.startsWith(`${m}[`));
    };
    const findings = findingList();
    for (const segs of differences(active.value, candidate.value, [])) {
      if (free(segs)) continue;
      const before = valueAt(active.value, segs);
      const now = valueAt(candidate.value, segs);
      findings.push(
        findingAt(now === void 0 ? active : candidate, segs, {
          observed: now ?? null,
          active: before ?? null,
          message: `${formatPath(segs) || "the manifest"} changed from ${show(before)} to ${show(now)}`
        })
      );
    }
    for (const file of ctx.change.files ?? []) findings.push({ file, message: `${file}, which the certified manifest points to, changed` });
    if (findings.total === 0) return pass(`${cert.reason}; nothing it certifies changes`);
    return fail(
      `${cert.reason}: a certified version is immutable (${plural(findings.total, "change")}); only a rollback, a step back or its retirement may touch it, new content is a new version`,
      findings
    );
  }
});
function differences(a, b, at) {
  if (sameValue(a, b)) return [];
  const objects = a !== null && b !== null && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b);
  if (!objects) return [at];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [at];
    return a.flatMap((item, i) => differences(item, b[i], [...at, i]));
  }
  const ra = a;
  const rb = b;
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(ra), ...Object.keys(rb)])];
  return keys.flatMap((k) => differences(Object.hasOwn(ra, k) ? ra[k] : void 0, Object.hasOwn(rb, k) ? rb[k] : void 0, [...at, k]));
}

// src/core/gates/chi_square.ts
var chiSquare = defineGate({
  type: "chi_square",
  summary: "a chi-square test of homogeneity between reference and current category counts: p-value at least alpha, and/or the statistic at most lte",
  fields: { ...DRIFT_FIELDS, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }, lte: { type: "number", minimum: 0 } },
  required: ["reference", "current"],
  constraints: { anyOf: [{ required: ["lte"] }, { required: ["alpha"] }] },
  needs: ["candidate"],
  evaluate: (ctx) => checkDrift(
    ctx,
    (ref, cur) => {
      const r = valid(chiSquareHomogeneity(ref, cur));
      const lte = ctx.options.lte;
      const alpha = ctx.options.alpha;
      const overStat = lte !== void 0 && r.statistic > lte;
      const significant = alpha !== void 0 && r.p < alpha;
      const text = `chi-square ${round(r.statistic)} with ${r.df} df, p ${round(r.p)}${alpha !== void 0 ? ` (alpha ${alpha})` : ""}${lte !== void 0 ? ` (limit ${lte})` : ""}`;
      return { failed: overStat || significant, observed: overStat ? r.statistic : r.p, limit: overStat ? lte : alpha, text };
    },
    "chi-square"
  )
});

// src/core/gates/denied.ts
var denied = defineGate({
  type: "denied",
  summary: "no matched value (no item of a matched list) is listed in values",
  fields: { path: PATH, values: VALUES },
  required: ["path", "values"],
  needs: ["candidate"],
  evaluate: (ctx) => checkMembership(ctx, false)
});

// src/core/gates/drift_severity.ts
var LEVELS = ["NORMAL", "MODERATE", "SEVERE"];
var THRESHOLDS = {
  type: "object",
  required: ["moderate", "severe"],
  additionalProperties: false,
  properties: {
    moderate: { type: "number", minimum: 0, description: "above this, the feature's drift is MODERATE" },
    severe: { type: "number", minimum: 0, description: "above this, SEVERE (at least moderate)" }
  }
};
var METRICS = ["psi", "ks", "mean_shift", "variance_shift"];
var NAMES = { psi: "PSI", ks: "KS D", mean_shift: "mean shift", variance_shift: "variance shift" };
var driftSeverity = defineGate({
  type: "drift_severity",
  summary: "one drift level for the whole report, NORMAL / MODERATE / SEVERE: each feature's level is its worst metric (PSI and KS D from bins, mean shift |\u03BCc \u2212 \u03BCr| / \u03C3r and variance shift max(\u03C3c\xB2/\u03C3r\xB2, \u03C3r\xB2/\u03C3c\xB2) from {mean, std}), each above `moderate` or `severe`; the worst feature decides; fails at `fail_at` (default SEVERE), warns at `warn_at`",
  fields: {
    reference: { ...PATH, description: "bins of each feature's reference distribution (for psi and ks)" },
    current: { ...PATH, description: "bins of each feature's current distribution, paired with reference by its wildcards" },
    reference_stats: { ...PATH, description: "each feature's reference {mean, std} (for mean_shift and variance_shift)" },
    current_stats: { ...PATH, description: "each feature's current {mean, std}, paired with reference_stats by its wildcards" },
    file: { ...PATH, description: "a path in the manifest naming an evidence file (a drift report) to read from" },
    psi: { ...THRESHOLDS, description: "Population Stability Index thresholds" },
    ks: { ...THRESHOLDS, description: "Kolmogorov\u2013Smirnov D thresholds" },
    mean_shift: { ...THRESHOLDS, description: "thresholds on |current mean \u2212 reference mean| / reference std" },
    variance_shift: { ...THRESHOLDS, description: "thresholds on the larger of current/reference and reference/current variance" },
    fail_at: { enum: ["MODERATE", "SEVERE"], description: "the level that fails the gate (default SEVERE)" },
    warn_at: { enum: ["MODERATE"], description: "the level that gives a warning below fail_at" }
  },
  required: [],
  constraints: {
    anyOf: METRICS.map((m) => ({ required: [m] })),
    dependentRequired: {
      psi: ["reference", "current"],
      ks: ["reference", "current"],
      mean_shift: ["reference_stats", "current_stats"],
      variance_shift: ["reference_stats", "current_stats"]
    }
  },
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = await evidenceDoc(ctx);
    if (isOutcome(doc)) return doc;
    const o = ctx.options;
    for (const m of METRICS) {
      const t = o[m];
      if (t && t.moderate > t.severe) return fail(`${m}: moderate ${t.moderate} is above severe ${t.severe}; write moderate \u2264 severe`, []);
    }
    const failAt = o.fail_at ?? "SEVERE";
    const warnAt = o.warn_at;
    const features = /* @__PURE__ */ new Map();
    const broken = [];
    const add2 = (label, metric, value, segments) => {
      const t = o[metric];
      const level = value > t.severe ? "SEVERE" : value > t.moderate ? "MODERATE" : "NORMAL";
      features.set(label, [...features.get(label) ?? [], { metric, value, level, segments }]);
    };
    if (o.psi || o.ks) {
      const pairs2 = pairedMatches(doc.value, o.reference, o.current);
      if (pairs2.length === 0) return fail(`${o.reference} is missing`, [missingAt(doc, o.reference, `${o.reference} is missing`)]);
      for (const { label, a, b } of pairs2) {
        if (!isBins2(a.value) || !isBins2(b.value)) {
          const bad = !isBins2(a.value) ? a : b;
          broken.push(
            findingAt(doc, bad.segments, {
              observed: bad.value ?? null,
              message: `${formatPath(bad.segments)} must be bins: a list of numbers or an object of numbers`
            })
          );
          continue;
        }
        try {
          const order2 = { reference: keysInSourceOrder(doc, a.segments), current: keysInSourceOrder(doc, b.segments) };
          const { ref, cur } = alignBins(a.value, b.value, order2);
          if (o.psi) add2(label, "psi", valid(psi(ref, cur)).value, b.segments);
          if (o.ks) add2(label, "ks", valid(ksFromBins(ref, cur)).d, b.segments);
        } catch (err) {
          broken.push(findingAt(doc, b.segments, { message: `${label}: ${err.message}` }));
        }
      }
    }
    if (o.mean_shift || o.variance_shift) {
      const pairs2 = pairedMatches(doc.value, o.reference_stats, o.current_stats);
      if (pairs2.length === 0) return fail(`${o.reference_stats} is missing`, [missingAt(doc, o.reference_stats, `${o.reference_stats} is missing`)]);
      for (const { label, a, b } of pairs2) {
        const bad = [a, b].find((s) => !isSummary(s.value));
        if (bad) {
          broken.push(
            findingAt(doc, bad.segments, {
              observed: bad.value ?? null,
              message: `${formatPath(bad.segments)} must be {mean, std} with a standard deviation above 0`
            })
          );
          continue;
        }
        const r = a.value;
        const c = b.value;
        if (o.mean_shift) add2(label, "mean_shift", Math.abs(c.mean - r.mean) / r.std, b.segments);
        if (o.variance_shift) {
          const ratio = c.std * c.std / (r.std * r.std);
          add2(label, "variance_shift", Math.max(ratio, 1 / ratio), b.segments);
        }
      }
    }
    const wanted = METRICS.filter((m) => o[m]);
    for (const [label, ms] of features) {
      const lacking = wanted.filter((m) => !ms.some((x) => x.metric === m));
      if (lacking.length === 0) continue;
      const source = lacking.some((m) => m === "psi" || m === "ks") ? o.reference : o.reference_stats;
      broken.push(
        findingAt(doc, ms[0].segments, {
          message: `${label} has no ${lacking.map((m) => NAMES[m]).join(" or ")}: ${String(source).replace("*", label)} is missing`
        })
      );
    }
    if (broken.length > 0) return fail(`the drift report cannot be classified: ${plural(broken.length, "value")} cannot be read`, broken);
    const rank = (l) => LEVELS.indexOf(l);
    const levelOf = (ms) => LEVELS[Math.max(...ms.map((m) => rank(m.level)))];
    const overall = levelOf([...features.values()].flat());
    const describe2 = (m) => {
      const t = o[m.metric];
      const above = m.level === "SEVERE" ? ` above ${t.severe}` : m.level === "MODERATE" ? ` above ${t.moderate}` : "";
      return `${NAMES[m.metric]} ${round(m.value)}${above}`;
    };
    const lines = [...features].map(([label, ms]) => `${label} ${levelOf(ms)} (${ms.map(describe2).join(", ")})`);
    const summary2 = `drift ${overall} over ${plural(features.size, "feature")}: ${lines.join("; ")}`;
    const status = rank(overall) >= rank(failAt) ? "fail" : warnAt && rank(overall) >= rank(warnAt) ? "warn" : "pass";
    if (status === "pass") return pass(summary2);
    const at = status === "fail" ? failAt : warnAt;
    const findings = [...features].flatMap(
      ([label, ms]) => ms.filter((m) => rank(m.level) >= rank(at)).map((m) => {
        const t = o[m.metric];
        return findingAt(doc, m.segments, {
          observed: round(m.value),
          limit: m.level === "SEVERE" ? t.severe : t.moderate,
          message: `${label}: ${m.level}, ${describe2(m)}`
        });
      })
    );
    const verdict = status === "fail" ? `fails at ${failAt}` : `warns at ${at}`;
    return {
      status,
      message: `drift ${overall}, which ${verdict}: ${lines.filter((_, i) => rank(levelOf([...features.values()][i])) >= rank(at)).join("; ")}`,
      findings
    };
  }
});
function isSummary(v) {
  const s = v;
  return s !== null && typeof s === "object" && Number.isFinite(s.mean) && Number.isFinite(s.std) && s.std > 0;
}
function isBins2(v) {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === "number");
  return v !== null && typeof v === "object" && Object.values(v).length > 0 && Object.values(v).every((x) => typeof x === "number");
}

// src/core/cel-bindings.ts
function celBindings(ctx) {
  return {
    candidate: ctx.candidate?.value ?? null,
    active: ctx.active?.value ?? null,
    change: { alias: null, ...ctx.change },
    pr: ctx.pr ? { ...ctx.pr } : null
  };
}

// src/core/gates/expr.ts
var expr = defineGate({
  type: "expr",
  summary: "a CEL expression over candidate, active, change and pr is true",
  fields: { expr: { type: "string", format: "modelgate-cel", description: "a CEL expression that returns a bool" } },
  required: ["expr"],
  needs: ["change"],
  async evaluate(ctx) {
    const { evaluateCel } = await import("./chunks/cel-5MGL4MQA.js");
    const source = ctx.options.expr;
    const result = evaluateCel(source, celBindings(ctx));
    const place2 = ctx.candidate ? { file: ctx.candidate.file, line: 1, column: 1 } : {};
    if ("error" in result) return fail(`the expression could not be evaluated: ${result.error}`, [{ message: result.error, ...place2 }]);
    if (typeof result.value !== "boolean") {
      return fail(`the expression must return a bool, it returned ${typeof result.value}`, [{ observed: String(result.value), ...place2 }]);
    }
    if (result.value) return pass(`true: ${source}`);
    return fail(`false: ${source}`, [{ message: `false: ${source}`, ...place2 }]);
  }
});

// src/core/glob.ts
var compiled = /* @__PURE__ */ new Map();
function tokenize(glob) {
  let tokens = compiled.get(glob);
  if (tokens) return tokens;
  tokens = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      flush();
      i++;
      if (glob[i + 1] === "/") {
        i++;
        tokens.push({ kind: "folders" });
      } else tokens.push({ kind: "any" });
    } else if (c === "*") {
      flush();
      tokens.push({ kind: "star" });
    } else if (c === "?") {
      flush();
      tokens.push({ kind: "one" });
    } else text += c;
  }
  flush();
  if (compiled.size > 1e4) compiled.clear();
  compiled.set(glob, tokens);
  return tokens;
}
function globMatch(glob, path) {
  const tokens = tokenize(glob);
  const n = path.length;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first?.kind === "text" && !path.startsWith(first.text)) return null;
  if (last?.kind === "text" && !path.endsWith(last.text)) return null;
  const stars = tokens.length === 3 && first.kind === "text" && tokens[1].kind === "star" && last.kind === "text";
  if (stars && n >= first.text.length + last.text.length) {
    const middle = path.slice(first.text.length, n - last.text.length);
    return middle.includes("/") ? null : [middle];
  }
  const ok = new Array(tokens.length + 1);
  ok[tokens.length] = new Uint8Array(n + 1);
  ok[tokens.length][n] = 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    const next = ok[i + 1];
    const row = new Uint8Array(n + 1);
    if (t.kind === "text") {
      for (let j2 = 0; j2 + t.text.length <= n; j2++) if (next[j2 + t.text.length] && path.startsWith(t.text, j2)) row[j2] = 1;
    } else if (t.kind === "one") {
      for (let j2 = 0; j2 < n; j2++) if (path[j2] !== "/" && next[j2 + 1]) row[j2] = 1;
    } else if (t.kind === "star") {
      row[n] = next[n];
      for (let j2 = n - 1; j2 >= 0; j2--) row[j2] = next[j2] || path[j2] !== "/" && row[j2 + 1] ? 1 : 0;
    } else if (t.kind === "any") {
      row[n] = next[n];
      for (let j2 = n - 1; j2 >= 0; j2--) row[j2] = next[j2] || row[j2 + 1] ? 1 : 0;
    } else {
      let later = 0;
      row[n] = next[n];
      for (let j2 = n - 1; j2 >= 0; j2--) {
        if (path[j2] === "/" && next[j2 + 1]) later = 1;
        row[j2] = next[j2] || later ? 1 : 0;
      }
    }
    ok[i] = row;
  }
  if (!ok[0][0]) return null;
  const captures = [];
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = ok[i + 1];
    if (t.kind === "text") {
      j += t.text.length;
      continue;
    }
    let end = -1;
    if (t.kind === "one") end = j + 1;
    else if (t.kind === "star") {
      let limit = j;
      while (limit < n && path[limit] !== "/") limit++;
      for (let k = limit; k >= j && end < 0; k--) if (next[k]) end = k;
    } else if (t.kind === "any") {
      for (let k = n; k >= j && end < 0; k--) if (next[k]) end = k;
    } else if (next[j]) end = j;
    else for (let k = j + 1; k <= n && end < 0; k++) if (path[k - 1] === "/" && next[k]) end = k;
    captures.push(path.slice(j, end));
    j = end;
  }
  return captures;
}

// src/core/gates/file_hash.ts
var fileHash = defineGate({
  type: "file_hash",
  summary: "the hash declared at path equals the one recomputed at head from the files (globs) or the list at files_from: the sha256 of `sha256sum` lines (`<sha256>  <path>`) of the files sorted by path",
  fields: {
    path: { ...PATH, description: "the declared hash: 64 hex digits, optionally prefixed sha256:" },
    files: { type: "array", minItems: 1, items: { type: "string", minLength: 1 }, description: "globs of repository files" },
    files_from: { ...PATH, description: "a path in the manifest listing the files (dataset_paths)" }
  },
  required: ["path"],
  constraints: { anyOf: [{ required: ["files"] }, { required: ["files_from"] }] },
  // A step back must not carry changed inputs past it: the files are judged at head whatever the direction.
  on: ["promotion", "new", "update", "demotion"],
  needs: ["candidate"],
  async evaluate(ctx) {
    const doc = ctx.candidate;
    const path = ctx.options.path;
    const declaredMatch = matchPath(doc.value, path)[0];
    if (!declaredMatch) return fail(`${path} is missing`, [missingAt(doc, path, `${path} is missing`)]);
    const declared = declaredMatch.value;
    if (typeof declared !== "string" || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(declared)) {
      return fail(`${path} is not a sha256`, [
        findingAt(doc, declaredMatch.segments, { observed: declared, message: `${path} must be 64 hex digits, optionally prefixed sha256:` })
      ]);
    }
    const problems = [];
    const wanted = /* @__PURE__ */ new Set();
    const globs = ctx.options.files;
    if (globs) {
      const all = await ctx.listFiles();
      for (const g of globs) {
        const hits = all.filter((f) => globMatch(g, f));
        if (hits.length === 0) problems.push({ message: `no file at head matches ${g}`, file: doc.file });
        for (const h of hits) wanted.add(h);
      }
    }
    const listPath = ctx.options.files_from;
    if (listPath) {
      const list = matchPath(doc.value, listPath)[0];
      if (!list || !Array.isArray(list.value)) return fail(`${listPath} must list files`, [missingAt(doc, listPath, `${listPath} must be a list of paths`)]);
      list.value.forEach((written, i) => {
        const segs = [...list.segments, i];
        const safe = typeof written === "string" ? safeRepoPath(written, doc.file) : { refused: "not a path" };
        if ("refused" in safe) problems.push(findingAt(doc, segs, { observed: written, message: `${formatPath(segs)}: ${safe.refused}` }));
        else wanted.add(safe.path);
      });
    }
    const paths = [...wanted].sort();
    const files = await ctx.digestFiles(paths);
    const lines = [];
    for (const p of paths) {
      if (/[\u0000-\u001f\u007f]/.test(p)) {
        problems.push({
          path: JSON.stringify(p),
          message: `${JSON.stringify(p)}: a file name with a line break or another control character cannot be hashed (it could forge the lines of other files); rename it`,
          file: doc.file,
          ...doc.locate(declaredMatch.segments)
        });
        continue;
      }
      const f = files.get(p) ?? null;
      if (f?.kind !== "file") {
        problems.push({
          path: p,
          message: `${p} ${f ? `is a ${f.kind}; only regular files are hashed` : "does not exist at the head commit"}`,
          file: doc.file,
          ...doc.locate(declaredMatch.segments)
        });
        continue;
      }
      lines.push(`${f.sha256}  ${p}
`);
    }
    if (problems.length > 0) return fail(`the files behind ${path} cannot all be read`, problems);
    const recomputed = sha256Hex(lines.join(""));
    const want = declared.replace(/^sha256:/, "").toLowerCase();
    if (recomputed === want) return pass(`${path} matches ${paths.length} file${paths.length === 1 ? "" : "s"}`);
    const message = `${path} declares ${want}, the ${paths.length} file${paths.length === 1 ? "" : "s"} at head hash to ${recomputed}`;
    return fail(message, [findingAt(doc, declaredMatch.segments, { observed: recomputed, limit: want, message })]);
  }
});

// src/core/gates/includes.ts
var includes = defineGate({
  type: "includes",
  summary: "the object at path has all keys / the list at path holds all values",
  fields: { path: PATH, keys: STRINGS, values: VALUES },
  required: ["path"],
  constraints: { oneOf: [{ required: ["keys"] }, { required: ["values"] }] },
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const path = ctx.options.path;
    const keys = ctx.options.keys;
    const values = ctx.options.values;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = [];
    for (const m of matches) {
      const where2 = lazyPath(m.segments);
      if (keys) {
        if (m.value === null || typeof m.value !== "object" || Array.isArray(m.value)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where2} is not an object` }));
          continue;
        }
        const missing2 = keys.filter((k) => !Object.hasOwn(m.value, k));
        if (missing2.length > 0) {
          failed.push(findingAt(doc, m.segments, { observed: Object.keys(m.value), limit: keys, message: `${where2} lacks ${missing2.map(show).join(", ")}` }));
        }
      } else if (values) {
        if (!Array.isArray(m.value)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where2} is not a list` }));
          continue;
        }
        const list = m.value;
        const missing2 = values.filter((v) => !list.some((item) => sameValue(item, v)));
        if (missing2.length > 0) {
          failed.push(findingAt(doc, m.segments, { observed: list, limit: values, message: `${where2} lacks ${missing2.map(show).join(", ")}` }));
        }
      }
    }
    const wanted = keys ? plural(keys.length, "key") : plural((values ?? []).length, "value");
    return outcome(failed, `${plural(matches.length, "match")} of ${path} include all ${wanted}`, `${plural(failed.length, "place")} lack required entries`);
  }
});

// src/core/gates/ks.ts
var ks = defineGate({
  type: "ks",
  summary: "the two-sample Kolmogorov\u2013Smirnov statistic D from binned counts is at most lte; with alpha, its p-value is at least alpha (no significant drift)",
  fields: { ...DRIFT_FIELDS, lte: { type: "number", minimum: 0, maximum: 1 }, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 } },
  required: ["reference", "current"],
  constraints: { anyOf: [{ required: ["lte"] }, { required: ["alpha"] }] },
  needs: ["candidate"],
  evaluate: (ctx) => checkDrift(
    ctx,
    (ref, cur) => {
      const { d, p, method } = valid(ksFromBins(ref, cur));
      const lte = ctx.options.lte;
      const alpha = ctx.options.alpha;
      if (alpha !== void 0 && p === null) throw new Error("a p-value needs bin counts (whole numbers), not proportions");
      const overD = lte !== void 0 && d > lte;
      const significant = alpha !== void 0 && p !== null && p < alpha;
      const text = `D ${round(d)}${lte !== void 0 ? ` (limit ${lte})` : ""}${p !== null ? `, p ${round(p)} (${method})${alpha !== void 0 ? ` (alpha ${alpha})` : ""}` : ""}`;
      return { failed: overD || significant, observed: overD || p === null ? d : p, limit: overD ? lte : alpha, text };
    },
    "KS"
  )
});

// src/core/gates/not_older.ts
var EPOCH_MS_FROM = 1e11;
var notOlder = defineGate({
  type: "not_older",
  summary: "candidate >= active + min_delta (numbers, epoch ms, or RFC 3339 / ISO-8601 dates and times; impossible dates are refused)",
  fields: { path: PATH, min_delta: DURATION },
  required: ["path"],
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const active = ctx.active;
    const path = ctx.options.path;
    const delta = ctx.options.min_delta === void 0 ? { amount: 0, isTime: false } : parseDuration(ctx.options.min_delta);
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    let compared = 0;
    for (const m of matches) {
      const where2 = lazyPath(m.segments);
      const before = valueAt(active.value, m.segments);
      if (before === void 0) continue;
      const c = parseInstant(m.value);
      const a = parseInstant(before);
      if ("invalid" in c || "invalid" in a) {
        const why = "invalid" in c ? c.invalid : `the active value ${a.invalid}`;
        failed.push(findingAt(doc, m.segments, { observed: m.value, active: before, message: `${where2}: ${why}` }));
        continue;
      }
      const cand = c.ms;
      const act = a.ms;
      compared++;
      const limit = act + delta.amount;
      if (cand < limit) {
        const isTime = delta.isTime || typeof m.value === "string" || typeof before === "string";
        const fmt = (v) => isTime && typeof m.value === "string" ? isoOf(v) : v;
        const need = delta.amount ? ` + ${ctx.options.min_delta}` : "";
        const shown = (v) => typeof v === "number" && v >= EPOCH_MS_FROM ? `${v} (${isoOf(v)})` : show(v);
        failed.push(
          findingAt(doc, m.segments, {
            observed: m.value,
            active: before,
            limit: fmt(limit),
            message: `${where2} is older than required: ${shown(m.value)} < active ${shown(before)}${need}`
          })
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(failed, `${plural(compared, "value")} not older than active`, `${plural(failed.total, "value")} older than allowed`);
  }
});

// src/core/gates/psi.ts
var psi2 = defineGate({
  type: "psi",
  summary: "the Population Stability Index between reference and current bins is at most lte (an empty bin counts as a proportion of 0.0001)",
  fields: { ...DRIFT_FIELDS, lte: { type: "number", minimum: 0 } },
  required: ["reference", "current", "lte"],
  needs: ["candidate"],
  evaluate: (ctx) => checkDrift(
    ctx,
    (ref, cur) => {
      const { value } = valid(psi(ref, cur));
      const lte = ctx.options.lte;
      return { failed: value > lte, observed: value, limit: lte, text: `PSI ${round(value)} (limit ${lte})` };
    },
    "PSI"
  )
});

// src/core/gates/range.ts
var BOUNDS = [
  ["gt", ">", (v, b) => v > b],
  ["gte", ">=", (v, b) => v >= b],
  ["lt", "<", (v, b) => v < b],
  ["lte", "<=", (v, b) => v <= b]
];
var range = defineGate({
  type: "range",
  summary: "every matched number is within the bounds",
  fields: { path: PATH, gt: NUMBER, gte: NUMBER, lt: NUMBER, lte: NUMBER },
  required: ["path"],
  constraints: { anyOf: [{ required: ["gt"] }, { required: ["gte"] }, { required: ["lt"] }, { required: ["lte"] }] },
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const path = ctx.options.path;
    const matches = matchPath(doc.value, path);
    if (matches.length === 0) return outcome([missingAt(doc, path, `${path} is missing`)], "", `${path} is missing`);
    const failed = findingList();
    for (const m of matches) {
      const where2 = lazyPath(m.segments);
      if (typeof m.value !== "number") {
        failed.push(findingAt(doc, m.segments, { observed: m.value, message: `${where2} is ${show(m.value)}, not a number` }));
        continue;
      }
      for (const [key, op, holds] of BOUNDS) {
        const bound = ctx.gate[key];
        if (typeof bound === "number" && !holds(m.value, bound)) {
          failed.push(findingAt(doc, m.segments, { observed: m.value, limit: bound, message: `${where2} is ${m.value}, must be ${op} ${bound}` }));
          break;
        }
      }
    }
    return outcome(failed, `${plural(matches.length, "value")} within bounds`, `${plural(failed.total, "value")} out of bounds`);
  }
});

// src/core/decimal.ts
function decimalOf(x) {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite number`);
  const [mantissa, exp = "0"] = String(x).toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [whole, fraction = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exp);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}
function align(a, b) {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}
function add(a, b) {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}
function subtract(a, b) {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}
function multiply(a, b) {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}
function shift(a, n) {
  return { units: a.units, scale: a.scale + n };
}
function negate(a) {
  return { units: -a.units, scale: a.scale };
}
function abs(a) {
  return a.units < 0n ? negate(a) : a;
}
function compare(a, b) {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function formatDecimal(a) {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, "0");
    const point = digits.length - a.scale;
    digits = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.?0+$/, "");
  }
  return `${negative && digits !== "0" ? "-" : ""}${digits}`;
}

// src/core/gates/regression.ts
var TOLERANCE = { type: "number", minimum: 0 };
var regression = defineGate({
  type: "regression",
  summary: "candidate against active, element by element, within max_drop / max_drop_pct, or gaining min_gain",
  fields: {
    path: PATH,
    better: { enum: ["higher", "lower"] },
    max_drop: TOLERANCE,
    max_drop_pct: TOLERANCE,
    min_gain: { type: "number" }
  },
  required: ["path", "better"],
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const active = ctx.active;
    const { path, better, max_drop, max_drop_pct, min_gain } = ctx.options;
    const places = placesIn(path, active.value, doc.value);
    if (places.length === 0) return missing(doc, path);
    const failed = findingList();
    let compared = 0;
    for (const segments of places) {
      const where2 = lazyPath(segments);
      const now = valueAt(doc.value, segments);
      const before = valueAt(active.value, segments);
      if (before === void 0) continue;
      if (now === void 0) {
        failed.push({
          ...findingAt(doc, segments, { active: before, message: `${where2} is missing; the active version has ${show(before)}` }),
          path: String(where2)
        });
        continue;
      }
      if (typeof now !== "number" || typeof before !== "number") {
        const bad = typeof now !== "number" ? now : before;
        failed.push(findingAt(doc, segments, { observed: now, active: before, message: `${where2}: ${show(bad)} is not a number` }));
        continue;
      }
      compared++;
      if (clearlyWithin(now, before, better, max_drop, max_drop_pct, min_gain)) continue;
      const limit = limitOf(decimalOf(before), better, max_drop, max_drop_pct, min_gain);
      const beyond = compare(decimalOf(now), limit);
      if (better === "higher" ? beyond < 0 : beyond > 0) {
        const shown = formatDecimal(limit);
        failed.push(
          findingAt(doc, segments, {
            observed: now,
            active: before,
            limit: Number(shown),
            message: `${where2} is ${now}, ${better === "higher" ? "below" : "above"} the limit ${shown} (active ${before}, ${better} is better)`
          })
        );
      }
    }
    if (compared === 0 && failed.total === 0) return skip(`the active manifest has no value at ${path} to compare with`);
    return outcome(failed, `${plural(compared, "value")} within tolerance of active`, `${plural(failed.total, "value")} regressed beyond tolerance`);
  }
});
function limitOf(before, better, maxDrop, maxDropPct, minGain) {
  const toward = (d) => better === "higher" ? d : negate(d);
  const limits = [];
  if (maxDrop !== void 0) limits.push(subtract(before, toward(decimalOf(maxDrop))));
  if (maxDropPct !== void 0) limits.push(subtract(before, toward(shift(multiply(abs(before), decimalOf(maxDropPct)), 2))));
  if (minGain !== void 0) limits.push(add(before, toward(decimalOf(minGain))));
  if (limits.length === 0) return before;
  return limits.reduce((a, b) => (better === "higher" ? compare(a, b) >= 0 : compare(a, b) <= 0) ? a : b);
}
function clearlyWithin(now, before, better, maxDrop, maxDropPct, minGain) {
  if (!Number.isFinite(now) || !Number.isFinite(before)) return false;
  const sign = better === "higher" ? 1 : -1;
  let limit = null;
  let scale = Math.abs(now) + Math.abs(before);
  const strictest = (l) => {
    limit = limit === null ? l : sign > 0 ? Math.max(limit, l) : Math.min(limit, l);
  };
  if (maxDrop !== void 0) {
    strictest(before - sign * maxDrop);
    scale += Math.abs(maxDrop);
  }
  if (maxDropPct !== void 0) {
    const drop = Math.abs(before) * maxDropPct / 100;
    strictest(before - sign * drop);
    scale += drop;
  }
  if (minGain !== void 0) {
    strictest(before + sign * minGain);
    scale += Math.abs(minGain);
  }
  const bound = limit ?? before;
  return Number.isFinite(scale) && scale > 1e-290 && sign * (now - bound) > scale * 1e-9;
}

// src/core/gates/required.ts
var required = defineGate({
  type: "required",
  summary: "every path matches and is not null; with wildcards, in every place the wildcards reach",
  fields: { paths: { type: "array", minItems: 1, items: PATH } },
  required: ["paths"],
  needs: ["candidate"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const paths = ctx.options.paths;
    const failed = findingList();
    for (const path of paths) {
      const pattern = parsePath(path);
      const last = pattern[pattern.length - 1];
      const parents = last === WILDCARD ? [] : matchPath(doc.value, pattern.slice(0, -1));
      if (last === WILDCARD || parents.length === 0) {
        const matches = matchPath(doc.value, pattern);
        if (matches.length === 0) failed.push(missingAt(doc, path, `${path} is missing`));
        for (const m of matches)
          if (m.value === null) failed.push(findingAt(doc, m.segments, { observed: null, message: `${formatPath(m.segments)} is null` }));
        continue;
      }
      for (const parent of parents) {
        const segments = [...parent.segments, last];
        const child = matchPath(parent.value, [last]);
        if (child.length === 0)
          failed.push({ ...findingAt(doc, parent.segments, { message: `${formatPath(segments)} is missing` }), path: formatPath(segments) });
        else if (child[0].value === null) failed.push(findingAt(doc, segments, { observed: null, message: `${formatPath(segments)} is null` }));
      }
    }
    return outcome(failed, `all ${plural(paths.length, "required path")} present`, `${plural(failed.total, "required value")} missing`);
  }
});

// src/core/gates/rollout.ts
var rollout = defineGate({
  type: "rollout",
  summary: "the rollout percentage at path climbs one step of the ladder, after the step it leaves served min_days_per_step; a new version starts at the first step",
  fields: {
    path: PATH,
    steps: { type: "array", minItems: 1, items: { type: "number", minimum: 0, maximum: 100 }, description: "the ladder, ascending: [10, 25, 50, 100]" },
    min_days_per_step: { type: "number", minimum: 0 }
  },
  required: ["path", "steps"],
  // A step back (a demotion) is its to judge too: shrinking passes.
  on: ["promotion", "new", "update", "demotion"],
  needs: ["candidate", "change"],
  async evaluate(ctx) {
    const doc = ctx.candidate;
    const { path, steps, min_days_per_step: minDays } = ctx.options;
    const segs = concreteSegments(path);
    const next = valueAt(doc.value, segs);
    if (typeof next !== "number")
      return fail(`${path} must be a number`, [missingAt(doc, path, `${path} is ${next === void 0 ? "missing" : "not a number"}`)]);
    const at = (limit, message) => fail(message, [findingAt(doc, segs, { observed: next, limit, message })]);
    const prev = ctx.active ? valueAt(ctx.active.value, segs) : void 0;
    if (prev === void 0 || ctx.change.kind === "new" || ctx.change.kind === "promotion") {
      const what = ctx.change.kind === "promotion" ? `version ${ctx.change.to}` : "model";
      return next === steps[0] ? pass(`the new ${what} starts the rollout at ${next}%`) : at(steps[0], `a new ${what} starts the rollout at ${steps[0]}%, not ${next}%`);
    }
    if (next === prev) return pass(`rollout stays at ${next}%`);
    if (typeof prev === "number" && next < prev) return pass(`rollout reduced from ${prev}% to ${next}%`);
    const from = steps.indexOf(prev);
    const to = steps.indexOf(next);
    if (to === -1) return at(steps, `${next}% is not a step of the ladder ${steps.join(" \u2192 ")}`);
    if (from === -1) return at(steps, `the active ${JSON.stringify(prev)}% is not a step of the ladder ${steps.join(" \u2192 ")}`);
    if (to !== from + 1) return at(steps[from + 1], `the rollout may climb one step, from ${prev}% to ${steps[from + 1]}%, not to ${next}%`);
    if (minDays === void 0) return pass(`climbs from ${prev}% to ${next}%`);
    const events = await ctx.history();
    const since = heldForVersionSince(events, segs);
    if (since === null) return at(minDays, `the base branch's history does not show when ${prev}% started; fetch the full history (fetch-depth: 0)`);
    const days = daysBetween(since, ctx.now.getTime());
    const allowed2 = since + minDays * DAY;
    if (ctx.now.getTime() < allowed2)
      return at(
        minDays,
        `${prev}% has served ${plural(days, "day")} since ${whenOf(since)}, each step needs ${plural(minDays, "day")}: ${prev}% \u2192 ${next}% is allowed from ${whenOf(allowed2)}`
      );
    return pass(`climbs from ${prev}% to ${next}% after ${plural(days, "day")} at ${prev}%`);
  }
});

// src/core/json-schema.ts
var MAX_SCHEMA_ERRORS = 100;
function schemaErrors(errors, data) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const all = errors ?? [];
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    if (e.keyword === "if") continue;
    if (out.length === MAX_SCHEMA_ERRORS) {
      let omitted = 0;
      for (let j = i; j < all.length; j++) if (all[j].keyword !== "if") omitted++;
      out[out.length - 1].omitted = omitted;
      break;
    }
    const segments = pointerSegments(e.instancePath, data);
    let message;
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
        message = `must be one of: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
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
        const field = typeof segments[segments.length - 1] === "string" ? `${segments[segments.length - 1]} ` : "";
        const want = String(e.params.type).split(",").map((t) => `${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`).join(" or ");
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
    const key = `${segments.join("\0")}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ segments, message });
  }
  return out;
}
function pointerSegments(pointer, data) {
  if (!pointer) return [];
  const segs = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const seg = Array.isArray(node) ? Number(key) : key;
    segs.push(seg);
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return segs;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return `the ${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
function valueAtPointer(data, segments) {
  let node = data;
  for (const s of segments) node = node !== null && typeof node === "object" ? node[s] : void 0;
  return node;
}

// src/core/gates/schema.ts
var schema4 = defineGate({
  type: "schema",
  summary: "the manifest, or the file it references at `file`, validates against a JSON Schema (draft 2020-12)",
  fields: {
    schema: {
      type: "string",
      minLength: 1,
      format: "modelgate-schema-ref",
      description: "a path in the repository, or modelgate:NAME for a bundled schema"
    },
    file: PATH
  },
  required: ["schema"],
  needs: ["candidate"],
  evaluate(ctx) {
    const ready = ctx.options.file ? void 0 : ctx.schema.ready?.(ctx.options.schema);
    return ready ? judged(ctx.candidate, ctx.options.schema, ready) : evaluateAsync(ctx, ctx.options.schema, ctx.options.file);
  }
});
function failMessage(ref, listed, omitted) {
  return `${plural(listed + omitted, "schema error")} against ${ref}${omitted > 0 ? ` (the first ${MAX_SCHEMA_ERRORS} of each file are listed)` : ""}`;
}
function judged(doc, ref, validate2) {
  const errors = validate2(doc.value);
  const omitted = errors.reduce((n, e) => n + (e.omitted ?? 0), 0);
  const failed = errors.map((e) => findingAt(doc, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
  return outcome(failed, `valid against ${ref}`, failMessage(ref, failed.length, omitted));
}
async function evaluateAsync(ctx, ref, filePath) {
  const doc = ctx.candidate;
  const validate2 = await ctx.schema(ref);
  if (!filePath) return judged(doc, ref, validate2);
  let omitted = 0;
  const matches = matchPath(doc.value, filePath);
  if (matches.length === 0) return outcome([missingAt(doc, filePath, `${filePath} is missing`)], "", `${filePath} is missing`);
  const failed = [];
  for (const m of matches) {
    const referenced = await loadReferenced(ctx, doc, m.segments, m.value);
    if (Array.isArray(referenced)) {
      failed.push(...referenced);
      continue;
    }
    for (const e of validate2(referenced.value)) {
      omitted += e.omitted ?? 0;
      failed.push(findingAt(referenced, e.segments, { message: `${formatPath(e.segments) || "(document)"}: ${e.message}` }));
    }
  }
  return outcome(failed, `${plural(matches.length, "file")} valid against ${ref}`, failMessage(ref, failed.length, omitted));
}

// src/core/gates/soak.ts
var soak = defineGate({
  type: "soak",
  summary: "the active version (or its stage at `path`) has served at least min_days on the base branch, from git history; or, with `since`, a time in the manifest that old, counted from no earlier than the commit that brought it to the base branch; optionally with at most max_rollbacks in a window",
  fields: {
    min_days: { type: "number", minimum: 0 },
    of: { enum: ["version", "stage"], description: "what must have served: the version (default) or the stage at `path`" },
    path: PATH,
    since: { ...PATH, description: "a time in the manifest to count from; it counts only from when it reached the base branch" },
    max_rollbacks: { type: "integer", minimum: 0, description: "at most this many rollbacks of the model within `window`" },
    window: { ...DURATION, description: "the window for max_rollbacks (default: min_days)" },
    as: {
      type: "string",
      minLength: 1,
      description: "an alias (shadow): the candidate's content must be what that pointer of the same model holds at the base, and its version must have served there without a break for min_days (instead of since or the active version's time)"
    },
    except: { type: "array", items: PATH, description: "with `as`: paths that may differ between the two pointers (the stage field)" }
  },
  required: ["min_days"],
  // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword here.
  constraints: { if: { properties: { of: { const: "stage" } }, required: ["of"] }, then: { required: ["path"] } },
  needs: ["candidate", "history"],
  async evaluate(ctx) {
    const { min_days: minDays, since } = ctx.options;
    const candidate = ctx.candidate;
    const events = await ctx.history();
    const now = ctx.now.getTime();
    let start;
    let what;
    if (ctx.options.as !== void 0) {
      const ran = await ranAs(ctx.options.as, ctx.options.except ?? [], candidate, await ctx.servedAs(ctx.options.as), ctx.change.to);
      if ("refused" in ran) return fail(ran.refused, [{ message: ran.refused, file: ctx.change.path }]);
      start = ran.start;
      what = ran.what;
    } else if (since) {
      const segs = concreteSegments(since);
      const written = valueAt(candidate.value, segs);
      const at = toInstant(written);
      if (at === null)
        return fail(`${since} is missing or not a time`, [missingAt(candidate, since, `${since} must be an ISO-8601 time or epoch milliseconds`)]);
      const same = JSON.stringify(written);
      const first = events.find((e) => e.doc !== null && e.to === ctx.change.to && JSON.stringify(valueAt(e.doc.value, segs)) === same);
      const onBase = first !== void 0;
      const arrived = first?.time ?? now;
      start = Math.max(at, arrived);
      what = `${since} (${whenOf(at)}${arrived > at ? `, on the base branch${onBase ? ` for version ${ctx.change.to} since ${whenOf(arrived)}` : " since this change"}` : ""})`;
    } else {
      if (!ctx.active) return skip("no active manifest: the model is new, nothing has served yet");
      const last = events[events.length - 1];
      if (last?.kind === "retire") {
        const message = `nothing has served at ${ctx.change.path} since it was deleted on the base branch (${placeOf(last)}): no time to count toward ${plural(minDays, "day")}; a model brought back needs a waiver or an override`;
        const findings2 = [{ message, file: ctx.change.path }];
        if (ctx.options.max_rollbacks !== void 0) findings2.push(...rollbackFindings(ctx, events, minDays, ctx.options.max_rollbacks));
        return fail(findings2.map((f) => f.message).join("; "), findings2);
      }
      const stagePath = ctx.options.of === "stage" ? concreteSegments(ctx.options.path) : null;
      const held = heldSince(events, (e) => stagePath ? e.doc ? valueAt(e.doc.value, stagePath) : void 0 : e.to);
      if (!held) {
        return fail("the base branch's history does not reach back to when the active version started serving", [
          { message: "fetch the full history (actions/checkout with fetch-depth: 0)", file: ctx.change.path }
        ]);
      }
      start = held.time;
      const label = stagePath ? `stage ${JSON.stringify(valueAt(ctx.active.value, stagePath))}` : `version ${ctx.change.from}`;
      what = `${label}, active since ${whenOf(held.time)} (${held.commit.slice(0, 7)}${held.pr ? `, #${held.pr}` : ""})`;
    }
    const days = Math.max(0, daysBetween(start, now));
    const findings = [];
    const field = since ?? (ctx.options.of === "stage" ? ctx.options.path : void 0);
    if (now < start + minDays * DAY) {
      const detail = {
        observed: days,
        limit: minDays,
        message: `${what} has served ${plural(days, "day")}, needs ${plural(minDays, "day")}: allowed from ${whenOf(start + minDays * DAY)}`
      };
      findings.push(field ? findingAt(candidate, concreteSegments(field), detail) : { ...detail, file: ctx.change.path });
    }
    if (ctx.options.max_rollbacks !== void 0) findings.push(...rollbackFindings(ctx, events, minDays, ctx.options.max_rollbacks));
    if (findings.length > 0) return fail(findings.map((f) => f.message).join("; "), findings);
    return pass(`${what} has served ${plural(days, "day")} (needs ${minDays})${ctx.options.max_rollbacks !== void 0 ? ", rollbacks within limit" : ""}`);
  }
});
function ranAs(alias, except, candidate, events, version) {
  const name = `version ${version ?? "(none)"}`;
  if (!events || events.length === 0) return { refused: `${name} never served as ${alias} on the base branch: run it as ${alias} first` };
  const without2 = except.map((p) => concreteSegments(p));
  const content = (value) => canonical(stripPaths(value, without2));
  const wanted = content(candidate.value);
  const last = events[events.length - 1];
  if (!last.doc || content(last.doc.value) !== wanted) {
    const now = last.doc ? `${alias} holds version ${last.to ?? "(none)"}` : `the ${alias} manifest was removed`;
    const differs = last.doc && last.to === version ? `, with other content${except.length ? ` (besides ${except.join(", ")})` : ""}` : "";
    return { refused: `${name} is not what serves as ${alias} at the base: ${now}${differs}; promote the content that ran as ${alias}` };
  }
  const held = heldSince(events, (e) => e.to);
  return { start: held.time, what: `${name}, as ${alias} since ${whenOf(held.time)} (${held.commit.slice(0, 7)}${held.pr ? `, #${held.pr}` : ""})` };
}
function stripPaths(value, paths) {
  if (paths.length === 0) return value;
  const copy = structuredClone(value);
  for (const segs of paths) {
    const parent = valueAt(copy, segs.slice(0, -1));
    const key = segs[segs.length - 1];
    if (parent !== null && typeof parent === "object" && key !== void 0) delete parent[key];
  }
  return copy;
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_, v) => v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : v
  );
}
function rollbackFindings(ctx, events, minDays, max) {
  const windowMs = ctx.options.window === void 0 ? minDays * DAY : windowOf(ctx.options.window);
  const from = ctx.now.getTime() - windowMs;
  const rollbacks = events.filter((e) => e.kind === "rollback" && e.time >= from);
  if (rollbacks.length <= max) return [];
  const list = rollbacks.map((e) => `${e.from} \u2192 ${e.to} on ${whenOf(e.time)}`).join(", ");
  return [
    {
      observed: rollbacks.length,
      limit: max,
      file: ctx.change.path,
      message: `${plural(rollbacks.length, "rollback")} since ${whenOf(from)} (${list}), at most ${max} allowed`
    }
  ];
}
function windowOf(value) {
  const d = parseDuration(value);
  return d.isTime ? d.amount : d.amount * DAY;
}

// src/core/gates/transition.ts
var EDGES = { type: "object", additionalProperties: { type: "array", items: { type: "string" } } };
var transition = defineGate({
  type: "transition",
  summary: "the stage at path moves along an allowed edge (edges), or one step forward (order), or back along a demote edge; nothing leaves a terminal stage, also by rollback; retire_from names the stages a manifest may be deleted from",
  fields: {
    path: PATH,
    edges: { ...EDGES, description: "{ from: [to, \u2026] }" },
    order: { type: "array", minItems: 2, items: { type: "string" }, description: "stages in order; a move goes one step forward" },
    initial: { type: "array", minItems: 1, items: { type: "string" }, description: "stages a new model, or a new version, starts in" },
    demote: { ...EDGES, description: "moves back the policy allows, { from: [to, \u2026] }: a change that only makes them is a demotion" },
    terminal: { ...STRINGS, description: "stages a model no longer serves in and never leaves, also by rollback (only a new version starts again)" },
    retire_from: { ...STRINGS, description: "stages from which the manifest may be deleted (a retire)" }
  },
  required: ["path"],
  constraints: { oneOf: [{ required: ["edges"] }, { required: ["order"] }] },
  // It judges steps back as well; a rollback only where a stage is terminal, a deletion only where retire_from says where from.
  on: (options) => [
    "promotion",
    "new",
    "update",
    "demotion",
    ...options.terminal !== void 0 ? ["rollback"] : [],
    ...options.retire_from !== void 0 ? ["retire"] : []
  ],
  needs: ["change", "history"],
  async evaluate(ctx) {
    const path = ctx.options.path;
    const segs = concreteSegments(path);
    const terminal = ctx.options.terminal ?? [];
    const from = ctx.active ? valueAt(ctx.active.value, segs) : void 0;
    if (ctx.change.kind === "retire") {
      const active = ctx.active;
      const allowed3 = ctx.options.retire_from;
      if (!allowed3) return pass(`retired from ${String(from)}`);
      if (typeof from === "string" && allowed3.includes(from)) return pass(`retired from ${from}`);
      const message = `a model is retired (its manifest deleted) only from ${allowed3.join(" or ")}, not from ${from === void 0 ? "a manifest without a stage" : String(from)}: move it there first`;
      return fail(message, [findingAt(active, segs, { observed: from, limit: allowed3, message })]);
    }
    const doc = ctx.candidate;
    const to = valueAt(doc.value, segs);
    if (typeof to !== "string")
      return fail(`${path} must be a stage name`, [missingAt(doc, path, `${path} is ${to === void 0 ? "missing" : "not a string"}`)]);
    const refuse = (allowed3, message) => fail(message, [findingAt(doc, segs, { observed: to, limit: allowed3, message })]);
    const order2 = ctx.options.order;
    const edges = ctx.options.edges;
    const demote = ctx.options.demote ?? {};
    const freshVersion = ctx.change.kind === "promotion" && ctx.options.initial !== void 0;
    if (typeof from === "string" && terminal.includes(from) && from !== to && !freshVersion) {
      const again = ctx.options.initial ?? (order2 ? [order2[0]] : []);
      return refuse([], terminalMessage(ctx.change.kind, from, to, again));
    }
    if (from === void 0 || freshVersion) {
      const initial = ctx.options.initial ?? (order2 ? [order2[0]] : void 0);
      if (initial && !initial.includes(to)) return refuse(initial, `a new ${freshVersion ? "version" : "model"} starts in ${initial.join(" or ")}, not ${to}`);
      return pass(`starts in ${to}`);
    }
    if (ctx.change.kind === "rollback" && terminal.length > 0) {
      const ended = (await ctx.history()).find((e) => e.doc !== null && e.to === ctx.change.to && terminal.includes(valueAt(e.doc.value, segs)));
      if (ended) {
        const stage = String(valueAt(ended.doc?.value, segs));
        const again = ctx.options.initial ?? (order2 ? [order2[0]] : []);
        return refuse(
          [],
          `version ${ctx.change.to} reached ${stage}, a terminal stage, on ${ended.date.slice(0, 10)} (${ended.commit.slice(0, 7)}): a rollback cannot bring it back${again.length ? `; a new version starts again in ${again.join(" or ")}` : ""}`
        );
      }
    }
    if (from === to) return pass(`stays in ${to}`);
    if (ctx.change.kind === "rollback") return pass(`rolls back from ${from} to ${to}, a state that served`);
    const forward = order2 ? order2.indexOf(String(from)) >= 0 ? order2.slice(order2.indexOf(String(from)) + 1, order2.indexOf(String(from)) + 2) : [] : edges?.[String(from)] ?? [];
    const back = demote[String(from)] ?? [];
    if (forward.includes(to)) return pass(`${from} \u2192 ${to}`);
    if (back.includes(to)) return pass(`${from} \u2192 ${to}, a step back`);
    const allowed2 = [...forward, ...back];
    const options = allowed2.length ? `allowed from ${from}: ${allowed2.join(", ")}` : `nothing may follow ${from}`;
    return refuse(allowed2, `${from} \u2192 ${to} is not an allowed transition (${options})`);
  }
});
function terminalMessage(kind, from, to, again) {
  const how = kind === "rollback" ? "a rollback to a state that served before" : `a ${kind}`;
  const fresh = again.length ? `; a new version starts again in ${again.join(" or ")}` : "";
  return `${from} is a terminal stage: nothing leaves it, ${how} to ${to} included${fresh}`;
}

// src/core/gates/unchanged.ts
var unchanged = defineGate({
  type: "unchanged",
  summary: "the value at path is the same in candidate and active",
  fields: { path: PATH },
  required: ["path"],
  needs: ["candidate", "active"],
  evaluate(ctx) {
    const doc = ctx.candidate;
    const active = ctx.active;
    const path = ctx.options.path;
    const places = placesIn(path, doc.value, active.value);
    if (places.length === 0) return missing(doc, path);
    const failed = findingList();
    for (const segs of places) {
      const where2 = lazyPath(segs);
      const now = valueAt(doc.value, segs);
      const before = valueAt(active.value, segs);
      if (!sameValue(now, before)) {
        failed.push(findingAt(doc, segs, { observed: now ?? null, active: before ?? null, message: `${where2} changed from ${show(before)} to ${show(now)}` }));
      }
    }
    return outcome(failed, `${plural(places.length, "value")} unchanged`, `${plural(failed.total, "value")} changed`);
  }
});

// src/core/gates/index.ts
var GATE_TYPES = new Map(
  [
    schema4,
    required,
    includes,
    range,
    allowed,
    denied,
    notOlder,
    unchanged,
    regression,
    artifacts,
    fileHash,
    attestation,
    transition,
    soak,
    rollout,
    certified,
    approvals,
    psi2,
    ks,
    chiSquare,
    driftSeverity,
    abTest,
    expr
  ].map((g) => [g.type, g])
);
var DEFAULT_ON = ["promotion", "new", "update"];

// src/core/policy.ts
var DEFAULT_POLICY_PATH = ".modelgate/policy.yaml";
var PRESET_PREFIX = "modelgate:";
var DEFAULT_MANIFESTS = [{ glob: "models/*/manifest_active.json", model: "{1}", version: "version" }];
var gateValidatorCache = /* @__PURE__ */ new Map();
async function loadGateValidators(types) {
  await Promise.all(
    [...new Set(types)].filter((t) => !gateValidatorCache.has(t) && gateValidators[t]).map(async (t) => gateValidatorCache.set(t, await gateValidators[t]()))
  );
}
async function loadPolicy(source, path) {
  const layers = [];
  await collect(source, path, [], layers, null);
  const types = layers.flatMap(
    (l) => [...l.raw.gates ?? [], ...Object.values(l.raw.models ?? {}).flatMap((m) => m.gates ?? [])].map((g) => String(g.type ?? ""))
  );
  await loadGateValidators(types);
  return merge2(layers);
}
async function collect(source, ref, stack, out, from) {
  if (stack.includes(ref)) {
    throw new ModelgateError({ ...from ?? { file: ref }, message: `extends forms a cycle: ${[...stack, ref].join(" -> ")}` });
  }
  let text;
  if (ref.startsWith(PRESET_PREFIX)) {
    const name = ref.slice(PRESET_PREFIX.length);
    text = /^[a-z0-9-]+$/.test(name) ? await source.readPreset(name) : null;
    if (text === null) {
      const names = await source.presetNames();
      throw new ModelgateError({
        ...from ?? { file: ref },
        message: `unknown preset "${ref}"`,
        hint: `presets: ${names.map((n) => PRESET_PREFIX + n).join(", ")}`
      });
    }
  } else {
    text = await source.readRepoFile(ref);
    if (text === null) {
      throw new ModelgateError({
        ...from ?? { file: ref },
        message: from ? `extended policy ${ref} does not exist at the policy's commit` : `policy file ${ref} does not exist at the policy's commit`,
        hint: from ? void 0 : "create it with `modelgate init`, or name another with --policy"
      });
    }
  }
  const doc = parseDocument2(ref, text);
  const raw = doc.value;
  const validate2 = policy_document_default;
  if (!validate2(raw)) {
    throw new ModelgateError(
      schemaErrors(validate2.errors, raw).map((e) => ({ ...problemAt(doc, e.segments, e.message), ...plainer(e.segments, e.message, raw) }))
    );
  }
  const problems = await celProblems(doc, raw);
  const extended = raw.extends ?? [];
  for (let i = 0; i < extended.length; i++) {
    const next = resolveExtends(extended[i], ref);
    const at = { file: doc.file, ...doc.locate(["extends", i]) };
    if ("refused" in next) throw new ModelgateError({ ...at, message: next.refused });
    await collect(source, next.ref, [...stack, ref], out, at);
  }
  out.push({ doc, raw, problems });
}
async function celProblems(doc, raw) {
  const found = [];
  const scan = (gates, at) => (gates ?? []).forEach((g, i) => {
    for (const field of ["expr", "when"]) if (typeof g[field] === "string") found.push({ text: g[field], at: [...at, i, field] });
  });
  scan(raw.gates, ["gates"]);
  for (const [pattern, entry] of Object.entries(raw.models ?? {})) scan(entry.gates, ["models", pattern, "gates"]);
  if (found.length === 0) return [];
  const { celSyntaxError } = await import("./chunks/cel-5MGL4MQA.js");
  return found.flatMap(({ text, at }) => {
    const error2 = celSyntaxError(text);
    return error2 ? [problemAt(doc, at, `invalid CEL expression: ${error2}`)] : [];
  });
}
function plainer(segments, message, raw) {
  if (segments.length === 0 && (raw === null || typeof raw !== "object" || Array.isArray(raw))) {
    return { message: raw == null ? "the policy file is empty" : "a policy is a mapping", hint: "start it with `version: 1`, or run `modelgate init`" };
  }
  if (segments[0] === "manifests" && segments[2] === "alias" && message.startsWith("must match pattern")) {
    return {
      message: "alias must be a plain name (letters, digits, '.', '_', '-'), such as production or shadow, or {N} for the glob's Nth wildcard",
      hint: 'for models/*/manifest_*.json, alias: "{2}" names each manifest by its file name'
    };
  }
  if (segments[0] === "waivers" && segments[2] === "expires") {
    return { message: `expires must be a date written YYYY-MM-DD, such as 2026-12-31 (the waiver holds until the end of that day, UTC)` };
  }
  const unknown = /^unknown field "(.+)"$/.exec(message);
  if (unknown) return didYouMean(unknown[1], knownFields(segments));
  return {};
}
function knownFields(segments) {
  const schema5 = generatedFields();
  if (segments.length === 1) return schema5.top;
  if (segments[0] === "manifests") return ["glob", "model", "version", "alias"];
  if (segments[0] === "waivers") return ["gate", "model", "reason", "expires"];
  if (segments[0] === "override") return ["label", "actors", "require_reason"];
  if (segments[0] === "models" && segments.length === 3) return ["match", "gates", "disable"];
  return schema5.gate;
}
function generatedFields() {
  const gate = /* @__PURE__ */ new Set(["id", "type", "severity", "on", "description", "message", "when"]);
  for (const t of GATE_TYPES.values()) for (const f of Object.keys(t.fields)) gate.add(f);
  return { top: ["version", "extends", "manifests", "gates", "models", "override", "waivers"], gate: [...gate] };
}
function resolveExtends(written, from) {
  if (written.startsWith(PRESET_PREFIX)) return { ref: written };
  if (from.startsWith(PRESET_PREFIX)) return { refused: `a preset may only extend other presets, not "${written}"` };
  if (written.startsWith("/") || written.includes("\\")) return { refused: `extends "${written}": write a path relative to the policy file` };
  const ref = posix2.normalize(posix2.join(posix2.dirname(from), written));
  if (ref.startsWith("../") || ref === "..") return { refused: `extends "${written}" points outside the repository` };
  return { ref };
}
function problemAt(doc, segments, message) {
  return { file: doc.file, ...doc.locate(segments), message };
}
function merge2(layers) {
  const gates = /* @__PURE__ */ new Map();
  let manifests;
  let manifestsWhere;
  const models = [];
  const modelWhere = [];
  let override;
  const waivers = [];
  const problems = layers.flatMap((l) => l.problems);
  for (const { doc, raw } of layers) {
    const seen = /* @__PURE__ */ new Map();
    (raw.gates ?? []).forEach((gate, i) => {
      const first = seen.get(gate.id);
      if (first !== void 0) {
        problems.push({
          file: doc.file,
          ...doc.locate(["gates", i, "id"]),
          message: `gate id "${gate.id}" appears twice in this file (also gates[${first}], line ${doc.locate(["gates", first]).line})`,
          hint: "give each gate its own id; to change an inherited gate, write its id once, with the fields to change"
        });
        return;
      }
      seen.set(gate.id, i);
      const inherited = gate.type === void 0 ? gates.get(gate.id) : void 0;
      const entry = inherited ?? { config: {}, where: /* @__PURE__ */ new Map() };
      for (const [field, value] of Object.entries(gate)) {
        entry.config[field] = value;
        entry.where.set(field, { file: doc.file, ...doc.locate(["gates", i, field]) });
      }
      entry.where.set("", { file: doc.file, ...doc.locate(["gates", i]) });
      gates.set(gate.id, entry);
    });
    if (raw.manifests) {
      manifests = raw.manifests.map((m) => ({
        glob: m.glob,
        model: m.model ?? "{1}",
        version: m.version ?? "version",
        ...m.alias ? { alias: m.alias } : {}
      }));
      manifestsWhere = raw.manifests.map((_, i) => ({ file: doc.file, ...doc.locate(["manifests", i, "glob"]) }));
    }
    for (const [pattern, entry] of Object.entries(raw.models ?? {})) {
      const match = Object.entries(entry.match ?? {}).flatMap(([path, value]) => {
        const at2 = { file: doc.file, ...doc.locate(["models", pattern, "match", path]) };
        let pattern_;
        try {
          pattern_ = parsePath(path);
        } catch (err) {
          problems.push({
            ...at2,
            message: `models.${pattern}: match key "${path}" is not a path: ${err.message}`,
            hint: "write a dotted path into the manifest, such as strategy"
          });
          return [];
        }
        if (pattern_.some((seg) => seg === WILDCARD)) {
          problems.push({
            ...at2,
            message: `models.${pattern}: match key "${path}" has a wildcard; it must name one field`,
            hint: "write the field's path, such as strategy or meta.strategy"
          });
          return [];
        }
        return [{ path, segments: pattern_, value }];
      });
      models.push({ pattern, ...entry.match ? { match } : {}, gates: entry.gates ?? [], disable: entry.disable ?? [] });
      const at = (kind, n) => ({ file: doc.file, ...doc.locate(["models", pattern, kind, n]) });
      modelWhere.push({ gates: (entry.gates ?? []).map((_, i) => at("gates", i)), disable: (entry.disable ?? []).map((_, i) => at("disable", i)) });
    }
    if (raw.override) override = { ...override, ...raw.override };
    (raw.waivers ?? []).forEach((w, i) => {
      const where2 = { file: doc.file, ...doc.locate(["waivers", i]) };
      if (toInstant(w.expires) === null) problems.push({ ...where2, message: `waiver expires "${w.expires}" is not a date (YYYY-MM-DD)` });
      waivers.push({ ...w, where: where2 });
    });
  }
  const effective = [];
  for (const [id, { config, where: where2 }] of gates) {
    if (config.type === void 0) {
      problems.push({
        ...where2.get(""),
        message: `gate "${id}" has no type, and no earlier gate has this id`,
        hint: "give it a type, or check the id against the presets' gate ids"
      });
      continue;
    }
    const gate = withDefaults(config);
    for (const e of gateProblems(gate)) {
      const field = typeof e.segments[0] === "string" ? e.segments[0] : "";
      const unknown = /^unknown field "(.+)"$/.exec(e.message);
      const fields = [...Object.keys(GATE_TYPES.get(gate.type)?.fields ?? {}), "id", "type", "severity", "on", "description", "message", "when"];
      problems.push({
        ...where2.get(field) ?? where2.get("") ?? { file: layers[0].doc.file },
        message: `gate "${id}": ${e.message}`,
        ...unknown ? didYouMean(unknown[1], fields) : {}
      });
    }
    const alias = aliasProblem(gate, manifests ?? DEFAULT_MANIFESTS);
    if (alias) problems.push({ ...where2.get("as") ?? where2.get("") ?? { file: layers[0].doc.file }, ...alias });
    effective.push(gate);
  }
  const added = /* @__PURE__ */ new Map();
  models.forEach((entry, n) => {
    entry.gates.forEach((patch, i) => {
      const where2 = modelWhere[n].gates[i];
      const base = patch.type === void 0 ? added.get(patch.id) ?? gates.get(patch.id)?.config : void 0;
      if (patch.type !== void 0 || added.has(patch.id)) added.set(patch.id, { ...base, ...patch });
      if (!base && !patch.type) {
        problems.push({
          ...where2,
          message: `models.${entry.pattern}: no gate "${patch.id}" to change`,
          hint: didYouMean(patch.id, [...gates.keys(), ...added.keys()]).hint ?? "name an existing gate id, or give the new gate a type"
        });
        return;
      }
      for (const e of gateProblems(withDefaults({ ...base, ...patch }))) {
        problems.push({ ...where2, message: `models.${entry.pattern}, gate "${patch.id}": ${e.message}` });
      }
    });
    entry.disable.forEach((id, i) => {
      if (!gates.has(id) && !added.has(id)) {
        problems.push({
          ...modelWhere[n].disable[i],
          message: `models.${entry.pattern}: cannot disable unknown gate "${id}"`,
          ...didYouMean(id, [...gates.keys(), ...added.keys()])
        });
      }
    });
  });
  for (const w of waivers) {
    if (!gates.has(w.gate) && !models.some((m) => m.gates.some((g) => g.id === w.gate))) {
      problems.push({ ...w.where, message: `waiver names unknown gate "${w.gate}"`, ...didYouMean(w.gate, [...gates.keys()]) });
    }
  }
  if (problems.length > 0) {
    const order2 = layers.map((l) => l.doc.file);
    problems.sort((a, b) => order2.indexOf(a.file) - order2.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    throw new ModelgateError(problems);
  }
  return {
    files: layers.map((l) => l.doc.file),
    manifests: manifests ?? DEFAULT_MANIFESTS,
    gates: effective,
    models,
    override: override ? { label: override.label, actors: override.actors ?? [], require_reason: override.require_reason ?? false } : void 0,
    waivers,
    where: new Map([...gates].map(([id, g]) => [id, g.where])),
    manifestsWhere
  };
}
function aliasProblem(gate, manifests) {
  if (typeof gate.as !== "string") return null;
  const other = gate.since !== void 0 ? "since" : gate.of !== void 0 ? "of" : null;
  if (other) {
    return {
      message: `gate "${gate.id}": as and ${other} both say where the time starts; a soak gate counts from one`,
      hint: `keep as: ${gate.as} to count the run as ${gate.as}, or ${other} to count from the manifest, in two gates if both matter`
    };
  }
  const aliases = manifests.map((m) => m.alias).filter((a) => a !== void 0);
  if (aliases.some((a) => a === gate.as || /\{\d+\}/.test(a))) return null;
  return {
    message: `gate "${gate.id}": as: ${gate.as} names no alias of the policy's manifests${aliases.length ? ` (${aliases.join(", ")})` : ""}`,
    hint: aliases.length ? didYouMean(gate.as, aliases).hint ?? `name one of ${aliases.join(", ")}` : 'give each manifests rule an alias, such as { glob: "models/*/manifest_shadow.json", alias: shadow }'
  };
}
function withDefaults(config) {
  const typeOn = GATE_TYPES.get(String(config.type))?.on ?? DEFAULT_ON;
  const on = typeof typeOn === "function" ? typeOn(config) : typeOn;
  return { severity: "error", on, ...config };
}
function didYouMean(written, known) {
  const near = nearestKey(written, known);
  return near ? { hint: `did you mean "${near}"?` } : {};
}
function gateProblems(gate) {
  const validate2 = gateValidatorCache.get(gate.type);
  if (!validate2) return [{ segments: ["type"], message: `unknown gate type "${gate.type}"; the types are ${[...GATE_TYPES.keys()].join(", ")}` }];
  return validate2(gate) ? [] : schemaErrors(validate2.errors, gate);
}
var effectiveGates = /* @__PURE__ */ new WeakMap();
function entriesFor(policy, model, manifest) {
  return policy.models.filter(
    (entry) => entry.match ? entry.match.every((m) => valueAt(manifest, m.segments) === m.value) : entry.pattern === model || globMatch(entry.pattern, model)
  );
}
function selectorPaths(policy) {
  let paths = selectors.get(policy);
  if (!paths) {
    const out = /* @__PURE__ */ new Map();
    for (const e of policy.models) for (const m of e.match ?? []) out.set(m.path, m.segments);
    paths = [...out].map(([path, segments]) => ({ path, segments }));
    selectors.set(policy, paths);
  }
  return paths;
}
var selectors = /* @__PURE__ */ new WeakMap();
function gatesFor(policy, model, manifest) {
  const matching = policy.models.length === 0 ? [] : entriesFor(policy, model, manifest);
  const key = matching.length === 0 ? "" : matching.map((e) => policy.models.indexOf(e)).join(",");
  let cache = effectiveGates.get(policy);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    effectiveGates.set(policy, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const byId = new Map(policy.gates.map((g) => [g.id, g]));
  for (const entry of matching) {
    for (const patch of entry.gates) byId.set(patch.id, withDefaults(patch.type === void 0 ? { ...byId.get(patch.id), ...patch } : patch));
    for (const id of entry.disable) byId.delete(id);
  }
  const gates = [...byId.values()];
  cache.set(key, gates);
  return gates;
}
function waiverFor(policy, gate, model, now) {
  let expired;
  for (const w of policy.waivers) {
    if (w.gate !== gate) continue;
    if (w.model !== void 0 && w.model !== model && !globMatch(w.model, model)) continue;
    const ends = (toInstant(w.expires.slice(0, 10)) ?? 0) + 864e5;
    if (now.getTime() < ends) return { active: w };
    expired = w;
  }
  return { expired };
}

// src/git/fetch.ts
var FETCH_HINT = "check out with actions/checkout and fetch-depth: 0, so that the base, the head and their history are present";
async function ensureCommits(repo, base, head, log, pr) {
  const quick = await repo.probe(base, head);
  if (quick.present && !quick.shallow) return;
  const missing2 = async () => {
    const out = [];
    for (const sha of [base, head]) if (!await repo.hasCommit(sha)) out.push(sha);
    return out;
  };
  let absent = await missing2();
  if (absent.length > 0) {
    log(`fetching ${absent.join(", ")}, missing from the checkout`);
    for (const refspec of [...absent, ...pr ? [`+refs/pull/${pr}/head:refs/modelgate/pull/${pr}`] : []]) await repo.fetch([refspec]);
    absent = await missing2();
    if (absent.length > 0) {
      throw new ModelgateError({
        file: "checkout",
        message: `commit${absent.length > 1 ? "s" : ""} ${absent.join(", ")} cannot be found or fetched`,
        hint: FETCH_HINT
      });
    }
  }
  if (await repo.mergeBase(base, head) === null && await repo.isShallow()) {
    log("the checkout is shallow and the base and head share no commit in it; fetching the full history");
    await repo.fetch(["--unshallow"]);
    if (await repo.mergeBase(base, head) === null)
      throw new ModelgateError({ file: "checkout", message: "the base and the head have no common history", hint: FETCH_HINT });
  }
}

// src/git/repo.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync2, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

// src/core/lfs.ts
var LFS_POINTER_MAX = 1024;
var LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[^\n]*\n)*?oid sha256:([0-9a-f]{64})\n/;
function lfsPointerOid(content) {
  if (content.byteLength >= LFS_POINTER_MAX) return null;
  return LFS_POINTER.exec(Buffer.from(content).toString("utf8"))?.[1] ?? null;
}
function digestOf2(file, lfsPath) {
  if (file.kind !== "file") return { path: file.path, kind: file.kind, size: 0, sha256: null };
  const oid = lfsPointerOid(file.content);
  const size = file.content.byteLength;
  if (oid && lfsPath) return { path: file.path, kind: "file", size, sha256: oid, lfs: "object" };
  const sha256 = sha256Hex(file.content);
  return { path: file.path, kind: "file", size, sha256, ...oid ? { lfs: "pointer-not-lfs" } : {} };
}

// src/git/blob-reader.ts
import { spawn } from "node:child_process";

// src/git/env.ts
var GIT_ENV_SET = ["GIT_TERMINAL_PROMPT"];
function gitEnv() {
  const env = { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
  for (const key of ["PATH", "HOME", "TMPDIR", "SYSTEMROOT", "XDG_CONFIG_HOME"]) {
    const value = process.env[key];
    if (value !== void 0) env[key] = value;
  }
  return env;
}

// src/git/blob-reader.ts
var EMPTY = Buffer.alloc(0);
var DIGEST_HEAD = 1024;
var BlobReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  proc = null;
  /** Asked and not answered, oldest first from `first` (an index, not shift(): shifting a long array copies it). */
  pending = [];
  first = 0;
  buffer = EMPTY;
  failure = null;
  /** `--batch-command --buffer` until git refuses it, then `--batch`. */
  buffered = true;
  /** Whether the process has answered anything (a git that refuses the option answers nothing). */
  answered = false;
  /** Blobs asked for whole and not answered yet, by oid. */
  inflight = /* @__PURE__ */ new Map();
  read(oids) {
    return this.request(oids, false);
  }
  /** Hashes blobs as they stream from git: memory stays at one chunk, whatever the blobs' size. */
  digest(oids) {
    return this.request(oids, true);
  }
  /** Objects by any name cat-file accepts (an oid, `<ref>^{commit}`), with their type and oid. */
  objects(names) {
    return this.request(names, false, true);
  }
  request(oids, digest, typed = false) {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return Promise.resolve(/* @__PURE__ */ new Map());
    const proc = this.start();
    return new Promise((resolve3, reject) => {
      if (this.failure) return reject(this.failure);
      const request = { digest, typed, results: /* @__PURE__ */ new Map(), remaining: unique.length, resolve: resolve3, reject };
      const ask = [];
      for (const oid of unique) {
        const known = !digest && !typed ? this.inflight.get(oid) : void 0;
        if (known) {
          if (known.also) known.also.push(request);
          else known.also = [request];
        } else {
          const p = { oid, request };
          this.pending.push(p);
          if (!digest && !typed) this.inflight.set(oid, p);
          ask.push(oid);
        }
      }
      this.hold(proc, true);
      if (ask.length > 0) proc.stdin.write(this.command(ask));
    });
  }
  /** What asks git for these objects, in the process's mode. */
  command(names) {
    return this.buffered ? `contents ${names.join("\ncontents ")}
flush
` : `${names.join("\n")}
`;
  }
  /** The answer to the oldest pending blob; its call resolves with its last one. */
  answer(content, type = "", found = "") {
    this.answered = true;
    const p = this.take();
    if (this.inflight.get(p.oid) === p) this.inflight.delete(p.oid);
    deliver(p.request, p.oid, content, type, found);
    if (p.also) for (const request of p.also) deliver(request, p.oid, content, type, found);
  }
  waiting() {
    return this.pending.length - this.first;
  }
  /** The oldest pending blob, taken off the queue; the queue drops what was taken once that is most of it. */
  take() {
    const p = this.pending[this.first++];
    if (this.first === this.pending.length) {
      this.pending = [];
      this.first = 0;
    } else if (this.first >= 1024 && this.first * 2 >= this.pending.length) {
      this.pending = this.pending.slice(this.first);
      this.first = 0;
    }
    return p;
  }
  /** Every pending blob, taken off the queue. */
  drain() {
    const all = this.pending.slice(this.first);
    this.pending = [];
    this.first = 0;
    this.inflight.clear();
    return all;
  }
  close() {
    if (this.proc) {
      this.proc.stdin.end();
      this.proc = null;
    }
  }
  start() {
    if (this.proc) return this.proc;
    const args = this.buffered ? ["cat-file", "--batch-command", "--buffer"] : ["cat-file", "--batch"];
    const proc = spawn("git", args, { cwd: this.cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (d) => {
      stderr += d.toString();
    });
    proc.stdout.on("data", (chunk) => this.consume(chunk));
    const fail2 = (err) => {
      this.failure = err;
      for (const request of new Set(this.drain().flatMap((p) => [p.request, ...p.also ?? []]))) request.reject(err);
    };
    proc.on("error", (err) => fail2(new Error(`cannot run git cat-file: ${err.message}`)));
    proc.on("close", (code2) => {
      if (this.proc === proc) this.proc = null;
      if (this.buffered && !this.answered && code2 === 129) {
        this.buffered = false;
        this.buffer = EMPTY;
        if (this.waiting() > 0) {
          const again = this.start();
          this.hold(again, true);
          again.stdin.write(this.command(this.pending.slice(this.first).map((p) => p.oid)));
        }
        return;
      }
      if (this.waiting() > 0) fail2(new Error(`git cat-file exited with code ${code2}: ${stderr.trim()}`));
    });
    proc.stdin.on("error", () => {
    });
    proc.unref();
    for (const stream of [proc.stdin, proc.stdout, proc.stderr]) unrefStream(stream);
    this.proc = proc;
    return proc;
  }
  hold(proc, pending) {
    const stdout = proc.stdout;
    if (pending) stdout.ref?.();
    else stdout.unref?.();
  }
  /** The body being received: its size, and the chunks so far (large artifacts arrive in many), or its running hash. */
  body = null;
  consume(chunk) {
    this.consumeChunk(chunk);
    if (this.waiting() === 0 && this.proc) this.hold(this.proc, false);
  }
  consumeChunk(chunk) {
    let at = 0;
    let data = chunk;
    while (at < data.length && this.waiting() > 0) {
      if (at > 0 && (this.body || this.buffer.length > 0)) {
        data = data.subarray(at);
        at = 0;
      }
      if (this.body) {
        const need = this.body.size + 1 - this.body.got;
        const part = data.subarray(0, need);
        const body = this.body;
        if (body.hash) {
          const bytes = part.subarray(0, Math.max(0, body.size - body.got));
          body.hash.update(bytes);
          const kept = body.chunks.reduce((n, c) => n + c.length, 0);
          if (kept < DIGEST_HEAD) body.chunks.push(Buffer.from(bytes.subarray(0, DIGEST_HEAD - kept)));
        } else body.chunks.push(part);
        body.got += part.length;
        data = data.subarray(part.length);
        if (body.got === body.size + 1) {
          this.body = null;
          if (body.hash) this.answer({ size: body.size, sha256: body.hash.digest("hex"), head: Buffer.concat(body.chunks) });
          else {
            const all = Buffer.concat(body.chunks);
            this.answer(all.subarray(0, all.length - 1), body.type, body.oid);
          }
        }
        continue;
      }
      const joined = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data.subarray(at)]);
      if (joined !== data) at = 0;
      const eol = joined.indexOf(10, at);
      if (eol === -1) {
        this.buffer = Buffer.from(joined.subarray(at));
        return;
      }
      this.buffer = EMPTY;
      const sizeAt = joined.lastIndexOf(32, eol) + 1;
      const typeAt = sizeAt > at + 1 ? joined.lastIndexOf(32, sizeAt - 2) + 1 : 0;
      const size = typeAt > at ? decimalAt(joined, sizeAt, eol) : -1;
      data = joined;
      if (size < 0) {
        this.answer(null);
        at = eol + 1;
        continue;
      }
      const start = eol + 1;
      const { digest, typed } = this.pending[this.first].request;
      if (!digest && start + size < joined.length) {
        const content = joined.subarray(start, start + size);
        if (typed) this.answer(content, joined.toString("latin1", typeAt, sizeAt - 1), joined.toString("latin1", at, typeAt - 1));
        else this.answer(content);
        at = start + size + 1;
        continue;
      }
      this.body = {
        oid: joined.toString("latin1", at, typeAt - 1),
        size,
        type: joined.toString("latin1", typeAt, sizeAt - 1),
        chunks: [],
        got: 0,
        hash: digest ? sha256Hash() : null
      };
      at = start;
    }
  }
};
function deliver(request, oid, content, type, found) {
  request.results.set(oid, request.typed && content ? { type, content, oid: found } : content);
  if (--request.remaining === 0) request.resolve(request.results);
}
function decimalAt(bytes, from, to) {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function unrefStream(stream) {
  stream.unref?.();
}

// src/git/log.ts
import { spawn as spawn2 } from "node:child_process";
var LOG_ARGS = ["--first-parent", "--no-renames", "--raw", "-z", "--no-abbrev", "--format=%H%x00%P%x00%ct%x00%an%x00%s%x00%b%x00"];
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var GITLINK = "160000";
var PARENTS = /^(?:[0-9a-f]{40,64}(?: [0-9a-f]{40,64})*)?$/;
var RAW_LINE = /^\n?:/;
var RAW_FIELDS = /^\n?:(\S*) (\S*) ([0-9a-f]+) ([0-9a-f]+)(?: |$)/;
var ZERO_OID = /^0+$/;
var LogParser = class {
  constructor(onFiles) {
    this.onFiles = onFiles;
  }
  onFiles;
  commits = [];
  /** Whole fields not yet read, from `at`. */
  fields = [];
  at = 0;
  /** The text after the last NUL, as it came: a field still being written (a long message spans many chunks, joined once). */
  partial = [];
  /** The commit whose files are being read. */
  current = null;
  push(text) {
    const nul = text.indexOf("\0");
    if (nul === -1) {
      this.partial.push(text);
      return;
    }
    if (this.at > 0) {
      this.fields = this.fields.slice(this.at);
      this.at = 0;
    }
    this.partial.push(text.slice(0, nul));
    this.fields.push(this.partial.join(""));
    const parts = text.slice(nul + 1).split("\0");
    this.partial = [parts.pop()];
    for (let i = 0; i < parts.length; i++) this.fields.push(parts[i]);
    this.take(false);
  }
  /** The whole log, newest commit first; throws if it ends inside a commit's fields. */
  end() {
    this.fields.push(this.partial.join(""));
    this.partial = [];
    this.take(true);
    return this.commits;
  }
  take(done) {
    const f = this.fields;
    const files = [];
    for (; ; ) {
      if (this.current === null) {
        while (this.at < f.length && f[this.at] === "") this.at++;
        if (this.at >= f.length) break;
        if (f.length - this.at < 6) {
          if (done) throw unreadableLog(f[this.at]);
          break;
        }
        const at = this.at;
        const sha = f[at];
        const parents = f[at + 1];
        const ct = f[at + 2];
        const author = f[at + 3];
        const subject = f[at + 4];
        const body = f[at + 5];
        if (!OID.test(sha) || !PARENTS.test(parents) || !/^\d+$/.test(ct)) throw unreadableLog(sha);
        this.at += 6;
        this.current = { commit: sha, parents: parents ? parents.split(" ") : [], time: Number(ct) * 1e3, author, subject, body: body.trim(), files: [] };
        continue;
      }
      if (this.at >= f.length) {
        if (done) {
          this.commits.push(this.current);
          this.current = null;
        }
        break;
      }
      const field = f[this.at];
      if (field === "") {
        this.at++;
        continue;
      }
      if (!RAW_LINE.test(field)) {
        this.commits.push(this.current);
        this.current = null;
        continue;
      }
      if (this.at + 1 >= f.length) {
        if (done) throw unreadableLog(this.current.commit);
        break;
      }
      const raw = RAW_FIELDS.exec(field);
      if (!raw) throw unreadableLog(this.current.commit);
      const [, oldMode, newMode, oldOid, newOid] = raw;
      const path = f[this.at + 1];
      const file = { path, old: blobOf(oldMode, oldOid), new: blobOf(newMode, newOid), oldMode };
      this.current.files.push(file);
      files.push(file);
      this.at += 2;
    }
    if (files.length > 0) this.onFiles?.(files);
  }
};
function blobOf(mode, oid) {
  return ZERO_OID.test(oid) || mode === GITLINK ? null : oid;
}
function pathspecsOf(paths, globs = []) {
  return [...paths.map((p) => `:(literal)${p}`), ...globs.map((g) => `:(glob)${g}`)];
}
function streamLog(dir, commit, pathspecs, onFiles, extra = []) {
  return new Promise((resolve3, reject) => {
    const proc = spawn2("git", ["log", ...LOG_ARGS, ...extra, commit, "--", ...pathspecs], { cwd: dir, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const parser = new LogParser(onFiles);
    let failure = null;
    let stderr = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (text) => {
      if (failure) return;
      try {
        parser.push(text);
      } catch (err) {
        failure = err;
        proc.kill();
      }
    });
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (text) => {
      stderr += text;
    });
    proc.on("error", (err) => {
      failure ??= historyUnread(commit, `cannot run git log: ${err.message}`);
    });
    proc.on("close", (code2) => {
      if (failure) return reject(failure);
      if (code2 !== 0) return reject(historyUnread(commit, stderr.trim() || `git log exited with code ${code2}`));
      try {
        resolve3(parser.end());
      } catch (err) {
        reject(err);
      }
    });
  });
}
function historyUnread(commit, reason2) {
  return new ModelgateError({
    file: "git log",
    message: `git could not read the history of ${commit}: ${reason2.split("\n")[0] || "it failed"}`,
    hint: "run git fsck; in a partial or shallow clone, fetch the history first (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)"
  });
}
function unreadableLog(near) {
  return new ModelgateError({
    file: "git log",
    message: `the history could not be read near ${JSON.stringify(near.slice(0, 80))}: a commit does not have the shape git writes`,
    hint: "run git fsck; a commit object with a NUL byte in its message or name was made by hand"
  });
}

// src/git/prefetch.ts
var Prefetch = class {
  constructor(blobs, wanted, each) {
    this.blobs = blobs;
    this.wanted = wanted;
    this.each = each;
  }
  blobs;
  wanted;
  each;
  /** Each blob asked for, by oid: the read that brings it. */
  reads = /* @__PURE__ */ new Map();
  handed = [];
  add = (files) => {
    const mine = this.wanted ? files.filter((f) => this.wanted?.has(f.path)) : files;
    const fresh = [];
    const asked = /* @__PURE__ */ new Set();
    const ask = (oid) => {
      if (oid !== null && !this.reads.has(oid) && !asked.has(oid)) {
        asked.add(oid);
        fresh.push(oid);
      }
    };
    for (let i = 0; i < mine.length; i++) {
      ask(mine[i].old);
      ask(mine[i].new);
    }
    if (fresh.length > 0) {
      const read = this.blobs.read(fresh);
      read.catch(() => void 0);
      for (let i = 0; i < fresh.length; i++) this.reads.set(fresh[i], read);
    }
    if (mine.length > 0 && this.each) this.hand(mine, this.each);
  };
  /** Every state handed to `each` so far has been handled; rejects with what `each` threw. */
  async settled() {
    await Promise.all(this.handed);
  }
  hand(files, each) {
    const reads = /* @__PURE__ */ new Set();
    for (let i = 0; i < files.length; i++) {
      const { old, new: now } = files[i];
      if (old !== null) reads.add(this.reads.get(old));
      if (now !== null) reads.add(this.reads.get(now));
    }
    const handed = Promise.all(reads).then(
      (got) => {
        const give = (path, oid) => {
          if (oid === null) return;
          for (let i = 0; i < got.length; i++) {
            const c = got[i].get(oid);
            if (c !== void 0) {
              if (c) each(path, c);
              return;
            }
          }
        };
        for (let i = 0; i < files.length; i++) {
          give(files[i].path, files[i].old);
          give(files[i].path, files[i].new);
        }
      },
      () => void 0
    );
    handed.catch(() => void 0);
    this.handed.push(handed);
  }
};

// src/git/repo.ts
var TREE = "040000";
var execFileAsync = promisify(execFile);
var COMPLETION = { onClose: true, onExit: false };
async function gitAt(dir) {
  const { simpleGit } = await import("./chunks/dist-X73RD7H4.js");
  return simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, allowEnvironment: GIT_ENV_SET, completion: COMPLETION }).env(gitEnv());
}
var GitRepo = class _GitRepo {
  constructor(dir) {
    this.dir = dir;
    this.blobs = new BlobReader(dir);
  }
  dir;
  /** simple-git, loaded on first use: most runs read through the batch reader and the log alone. */
  git = null;
  blobs;
  /** Tree entries already known per commit, from diffs and listings, so no path is looked up twice. */
  entries = /* @__PURE__ */ new Map();
  /** Runs git with these arguments in the repository: its output, or a rejection when git fails. */
  async raw(args) {
    this.git ??= gitAt(this.dir);
    return (await this.git).raw(args);
  }
  /** Starts the batch reader ahead of the first read, off the critical path of a run that will read. */
  warmUp() {
    this.blobs.start();
  }
  /** One process: whether both commits are here and the clone is complete (the common case). */
  async probe(base, head) {
    try {
      const [shallow] = (await this.raw(["rev-parse", "--is-shallow-repository", `${base}^{commit}`, `${head}^{commit}`])).trim().split("\n");
      return { present: true, shallow: shallow === "true" };
    } catch {
      return { present: false, shallow: true };
    }
  }
  /**
   * Opens the repository and resolves refs through the batch reader every run starts anyway:
   * the top found as git finds it (the nearest folder with .git), names qualified by one
   * for-each-ref (skipped for HEAD and full oids). On any failure, step by step, so the error
   * names exactly what is missing.
   */
  static async openAt(dir, given) {
    const top = workTreeTop(dir);
    if (top !== null && given.every(([r]) => batchable(r))) {
      const quick = new _GitRepo(top);
      quick.warmUp();
      try {
        const shas = await quick.commitsOf(await qualifyRefs(quick, given));
        if (shas) return { repo: quick, shas };
      } catch {
      }
      quick.close();
    }
    const repo = await _GitRepo.open(dir);
    try {
      return { repo, shas: await repo.resolveAll(given) };
    } catch (err) {
      repo.close();
      throw err;
    }
  }
  /** The commits qualified names resolve to, through the batch reader; null when one does not. */
  async commitsOf(refs) {
    if (!refs.every(([r]) => batchable(r))) return null;
    const names = refs.map(([r]) => `${r}^{commit}`);
    const found = await this.blobs.objects(names);
    const shas = names.map((n) => found.get(n));
    return shas.every((o) => o?.type === "commit" && OID.test(o.oid)) ? shas.map((o) => o.oid) : null;
  }
  static async open(dir) {
    let top;
    try {
      top = (await (await gitAt(dir)).revparse(["--show-toplevel"])).trim();
    } catch {
      throw new ModelgateError({ file: dir, message: "not inside a git repository", hint: "run modelgate in a clone of the governed repository" });
    }
    return new _GitRepo(top);
  }
  close() {
    this.blobs.close();
  }
  /** The commit a ref names; a clear error when it does not exist here. */
  async resolve(ref, what = "revision") {
    if (ref.startsWith("-") || ref.length === 0) throw new ModelgateError({ file: ref, message: `invalid ${what} "${ref}"` });
    const [[qualified]] = await qualifyRefs(this, [[ref, what]]);
    const quick = await this.commitsOf([[qualified, what]]).catch(() => null);
    if (quick) return quick[0];
    try {
      return (await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${qualified}^{commit}`])).trim() || this.unknown(ref, what);
    } catch {
      return this.unknown(ref, what);
    }
  }
  /** Whether a ref exists here, named in full (refs/...), as `rev-parse --verify` would say: asked through the batch reader, no process started. */
  async hasRef(ref) {
    if (batchable(ref) && ref.startsWith("refs/")) {
      const found = await this.blobs.objects([ref]).catch(() => null);
      if (found) return found.get(ref) != null;
    }
    return this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", ref]).then((out) => out.trim() !== "").catch(() => false);
  }
  /** Several refs at once, in one process; the failing one is then named by resolve. */
  async resolveAll(given) {
    const refs = await qualifyRefs(this, given);
    const quick = await this.commitsOf(refs).catch(() => null);
    if (quick) return quick;
    return Promise.all(given.map(([r, what]) => this.resolve(r, what)));
  }
  unknown(ref, what) {
    throw new ModelgateError({
      file: ref,
      message: `${what} "${ref}" is not a commit in this repository`,
      hint: "fetch it first (git fetch origin <branch>); in GitHub Actions, check out with fetch-depth: 0"
    });
  }
  async hasCommit(sha) {
    try {
      await this.raw(["cat-file", "-e", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }
  async isShallow() {
    return (await this.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }
  /** Fetches objects from origin (no tags, no branch updates): what a shallow checkout lacks. */
  async fetch(refspecs) {
    try {
      await this.raw(["fetch", "--no-tags", "--quiet", "origin", ...refspecs]);
    } catch {
    }
  }
  /** Commits on the first-parent path from..to (all of to's when from is null). */
  async firstParentRange(from, to) {
    const out = await this.raw(["rev-list", "--first-parent", from ? `${from}..${to}` : to]);
    return new Set(out.split("\n").filter(Boolean));
  }
  /**
   * The fork point of a and b. When a is among b's nearest ancestors (a branch made from the
   * base, or GitHub's merge commit, whose first parent is the base), that is a itself: found by
   * walking b's parents through the batch reader, without a process. Otherwise git decides.
   */
  async mergeBase(a, b) {
    if (a === b || OID.test(a) && OID.test(b) && this.completeHistory() && await this.reaches(b, a, 64).catch(() => false)) return a;
    try {
      return (await this.raw(["merge-base", a, b])).trim() || null;
    } catch {
      return null;
    }
  }
  /**
   * Whether parent links in commit objects are the history git sees: not in a shallow clone
   * (where git cuts the history at the commits .git/shallow lists) nor with grafts (which
   * rewrite parents), and only where .git is a plain folder (a linked work tree or a
   * submodule keeps those files elsewhere: git decides).
   */
  completeHistory() {
    const dotGit = join(this.dir, ".git");
    try {
      return statSync(dotGit).isDirectory() && !existsSync2(join(dotGit, "shallow")) && !existsSync2(join(dotGit, "info", "grafts"));
    } catch {
      return false;
    }
  }
  /** Whether `target` is among the first `limit` commits reached from `from` by parent links (all parents, nearest first). */
  async reaches(from, target, limit) {
    const seen = /* @__PURE__ */ new Set([from]);
    let level = [from];
    while (level.length > 0 && seen.size <= limit) {
      const found = await this.blobs.objects(level);
      const next = [];
      for (const sha of level) {
        const object = found.get(sha);
        if (object?.type !== "commit") return false;
        for (const parent of parentsOf(object.content)) {
          if (parent === target) return true;
          if (!seen.has(parent)) {
            seen.add(parent);
            next.push(parent);
          }
        }
      }
      level = next;
    }
    return false;
  }
  async changedFiles(base, head) {
    const key = `${base}..${head}`;
    let diff = this.diffs.get(key);
    if (!diff) {
      diff = this.diff(base, head);
      this.diffs.set(key, diff);
    }
    return diff;
  }
  diffs = /* @__PURE__ */ new Map();
  /**
   * `git diff --raw --no-renames` of two commits, read through the batch reader: trees are
   * compared entry by entry and only subtrees whose oids differ are opened, as git does, so a
   * change to one manifest among 10,000 reads a handful of trees and starts no process.
   */
  async diff(base, head) {
    const [a, b] = await Promise.all([this.rootTree(base), this.rootTree(head)]);
    const files = [];
    const atBase = this.known(base);
    const atHead = this.known(head);
    let level = a === b ? [] : [[a, b, ""]];
    while (level.length > 0) {
      const parts = [];
      for (let k = 0; k < level.length; k += TREE_PAIRS) parts.push(level.slice(k, k + TREE_PAIRS));
      const reads = parts.map((part) => this.treesOf(part.flatMap(([x, y]) => [x, y].filter((o) => o !== null))));
      for (const r of reads) r.catch(() => {
      });
      const next = [];
      const change = (prefix, name, ea, eb, setBase, setHead) => {
        const path = prefix + name;
        const fa = ea && ea.mode !== TREE ? ea : null;
        const fb = eb && eb.mode !== TREE ? eb : null;
        if (setBase) atBase.set(path, ea);
        if (setHead) atHead.set(path, eb);
        if (fa || fb) {
          const file = { path, status: !fa ? "added" : !fb ? "deleted" : "modified" };
          if (fb?.mode === "120000") file.symlink = true;
          else if (fb?.mode === GITLINK) file.submodule = true;
          files.push(file);
        }
        const da = ea?.mode === TREE ? ea.oid : null;
        const db = eb?.mode === TREE ? eb.oid : null;
        if ((da || db) && da !== db) next.push([da, db, `${path}/`]);
      };
      for (const [k, part] of parts.entries()) {
        const trees = await reads[k];
        for (const [aOid, bOid, prefix] of part) {
          const ta = aOid ? trees.get(aOid) : null;
          const tb = bOid ? trees.get(bOid) : null;
          let i = 0;
          let j = 0;
          const na = ta?.size ?? 0;
          const nb = tb?.size ?? 0;
          while (i < na || j < nb) {
            const order2 = i >= na ? 1 : j >= nb ? -1 : ta.order(i, tb, j);
            if (order2 === 0) {
              if (!ta.sameAs(i, tb, j)) change(prefix, ta.name(i), ta.entry(i), tb.entry(j), true, true);
              i++;
              j++;
            } else if (order2 < 0) {
              change(prefix, ta.name(i), ta.entry(i), null, true, false);
              i++;
            } else {
              change(prefix, tb.name(j), null, tb.entry(j), false, true);
              j++;
            }
          }
        }
      }
      level = next;
    }
    const keyed = files.map((f) => ({ key: Buffer.from(f.path), f }));
    keyed.sort((x, y) => Buffer.compare(x.key, y.key));
    for (let i = 1; i < keyed.length; i++)
      if (keyed[i].key.equals(keyed[i - 1].key))
        throw oneText(keyed[i].f.path, `two changed paths that are not UTF-8 read as one text, ${JSON.stringify(keyed[i].f.path)}`);
    return keyed.map((k) => k.f);
  }
  /** A commit's root tree. */
  rootTree(commit) {
    let tree = this.roots.get(commit);
    if (!tree) {
      tree = this.blobs.objects([commit]).then((found) => {
        const object = found.get(commit);
        const oid = object?.type === "commit" ? /^tree ([0-9a-f]{40,64})\n/.exec(object.content.toString("latin1"))?.[1] : void 0;
        if (!oid) throw missingObject("commit", commit);
        return oid;
      });
      this.roots.set(commit, tree);
    }
    return tree;
  }
  roots = /* @__PURE__ */ new Map();
  /** A tree's entries by name, each tree read once. */
  async tree(oid) {
    return (await this.treesOf([oid])).get(oid);
  }
  /** Trees' entries by oid: those not read yet are asked of git in one request, and parsed together when it answers. */
  async treesOf(oids) {
    const unread = /* @__PURE__ */ new Set();
    const waits = /* @__PURE__ */ new Set();
    for (const oid of oids) {
      const known = this.trees.get(oid);
      if (known instanceof Promise) waits.add(known);
      else if (!known) unread.add(oid);
    }
    if (unread.size > 0) {
      const ask = [...unread];
      const reading = this.blobs.objects(ask).then((objects) => {
        for (const oid of ask) {
          const object = objects.get(oid);
          if (object?.type !== "tree") throw missingObject("tree", oid);
          this.trees.set(oid, new Tree(object.content, oid.length / 2, oid));
        }
      });
      reading.catch(() => {
      });
      for (const oid of ask) this.trees.set(oid, reading);
      waits.add(reading);
    }
    if (waits.size > 0) await Promise.all(waits);
    const out = /* @__PURE__ */ new Map();
    for (const oid of oids) out.set(oid, this.trees.get(oid));
    return out;
  }
  /** Trees by oid: parsed, or the read they wait on (a failed read stays, so its error is given again). */
  trees = /* @__PURE__ */ new Map();
  /** The entry at a path of a commit, walking its trees; null where nothing is. */
  async entryAt(commit, path) {
    const segments = path.split("/");
    if (segments.some((s) => s === "")) return null;
    let tree = await this.tree(await this.rootTree(commit));
    for (let i = 0; i < segments.length - 1; i++) {
      const e = tree.get(segments[i]);
      if (!e || e.mode !== TREE) return null;
      tree = await this.tree(e.oid);
    }
    return tree.get(segments[segments.length - 1]) ?? null;
  }
  async listFiles(commit) {
    const out = await this.raw(["ls-tree", "-r", "-z", "--full-tree", commit]);
    const known = this.known(commit);
    const paths = [];
    const listed = /* @__PURE__ */ new Set();
    for (const line of out.split("\0")) {
      if (!line) continue;
      const entry = parseTreeLine(line);
      if (listed.has(entry.path))
        throw oneText(entry.path, `commit ${commit} has two paths that are not UTF-8 and read as one text, ${JSON.stringify(entry.path)}`);
      listed.add(entry.path);
      known.set(entry.path, { mode: entry.mode, oid: entry.oid });
      paths.push(entry.path);
    }
    return paths;
  }
  async readFiles(commit, paths) {
    const wanted = await this.entriesOf(commit, paths);
    const oids = wanted.flatMap(([, e]) => e && (e.mode.startsWith("100") || e.mode === "120000") ? [e.oid] : []);
    const blobs = await this.blobs.read(oids.filter((oid) => !this.newest.has(oid)));
    for (const oid of oids) if (this.newest.has(oid)) blobs.set(oid, this.newest.get(oid) ?? null);
    const out = /* @__PURE__ */ new Map();
    for (const [path, e] of wanted) {
      if (!e) out.set(path, null);
      else {
        const content = blobs.get(e.oid);
        if (content === null) throw missingObject("blob", e.oid, path);
        out.set(path, { path, kind: kindOf(e.mode), content: content ?? new Uint8Array() });
      }
    }
    return out;
  }
  async digestFiles(commit, paths) {
    const wanted = await this.entriesOf(commit, paths);
    const digests = await this.blobs.digest(wanted.flatMap(([, e]) => e?.mode.startsWith("100") ? [e.oid] : []));
    const pointers = wanted.flatMap(([p, e]) => {
      const d = e?.mode.startsWith("100") ? digests.get(e.oid) : void 0;
      return d && lfsPointerOid(d.head) ? [p] : [];
    });
    const lfs = pointers.length > 0 ? await this.lfsPaths(commit, pointers) : /* @__PURE__ */ new Set();
    const out = /* @__PURE__ */ new Map();
    for (const [path, e] of wanted) {
      const d = e?.mode.startsWith("100") ? digests.get(e.oid) : void 0;
      if (!e) out.set(path, null);
      else if (!d) out.set(path, { path, kind: kindOf(e.mode), size: 0, sha256: null });
      else {
        const oid = lfsPointerOid(d.head);
        if (oid && lfs.has(path)) out.set(path, { path, kind: "file", size: d.size, sha256: oid, lfs: "object" });
        else out.set(path, { path, kind: "file", size: d.size, sha256: d.sha256, ...oid ? { lfs: "pointer-not-lfs" } : {} });
      }
    }
    return out;
  }
  /**
   * The paths that .gitattributes at the commit marks filter=lfs, by git's own rules
   * (check-attr). git 2.40 reads attributes from a commit (--source); older git reads them
   * from an index, so one is built for the commit in a temporary file, outside the repository.
   */
  async lfsPaths(commit, paths) {
    const args = ["-c", "core.attributesFile=/dev/null", "check-attr", "-z", "filter", "--"];
    let out;
    try {
      out = await this.raw([...args.slice(0, 3), `--source=${commit}`, ...args.slice(3), ...paths]);
    } catch {
      const dir = await mkdtemp(join(tmpdir(), "modelgate-index-"));
      try {
        const env = { ...gitEnv(), GIT_INDEX_FILE: join(dir, "index") };
        await execFileAsync("git", ["read-tree", commit], { cwd: this.dir, env });
        out = (await execFileAsync("git", [...args.slice(0, 3), "--cached", ...args.slice(3), ...paths], { cwd: this.dir, env, maxBuffer: 1 << 26 })).stdout;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    const tokens = out.split("\0");
    const lfs = /* @__PURE__ */ new Set();
    for (let i = 0; i + 2 < tokens.length; i += 3) if (tokens[i + 2] === "lfs") lfs.add(tokens[i]);
    return lfs;
  }
  /** Tree entries of paths at a commit, walked through the batch reader; concurrent readers of a path share one lookup. */
  async entriesOf(commit, paths) {
    const known = this.known(commit);
    for (const p of paths) if (!known.has(p)) known.set(p, this.entryAt(commit, p));
    const entries = paths.map((p) => [p, known.get(p)]);
    if (!entries.some(([, e]) => e instanceof Promise)) return entries;
    return Promise.all(entries.map(async ([p, e]) => [p, await e]));
  }
  /**
   * The first-parent history of a commit for paths or globs, oldest first, with each file's
   * states. The blobs are asked for while git is still listing; `each` may see states early, as
   * they arrive (a caller's head start on parsing them), not necessarily all of them.
   */
  async log(commit, spec, each) {
    const prefetch = new Prefetch(this.blobs, spec.globs?.length ? null : new Set(spec.paths), each);
    const raw = await this.rawLog(commit, spec, prefetch.add);
    let commits;
    if (spec.globs?.length) commits = raw.commits;
    else {
      const at = [];
      for (const path of new Set(spec.paths)) for (const e of raw.byPath.get(path) ?? []) at.push(e);
      at.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      commits = [];
      for (const [ci, fi] of at) {
        const c = raw.commits[ci];
        const last2 = commits[commits.length - 1];
        if (last2?.commit === c.commit) last2.files.push(c.files[fi]);
        else commits.push({ ...c, files: [c.files[fi]] });
      }
    }
    const needed = /* @__PURE__ */ new Set();
    const reads = /* @__PURE__ */ new Set();
    const rest = [];
    const need = (oid) => {
      if (oid === null || needed.has(oid)) return;
      needed.add(oid);
      const read = prefetch.reads.get(oid);
      if (read) reads.add(read);
      else rest.push(oid);
    };
    for (let i = 0; i < commits.length; i++) {
      const files = commits[i].files;
      for (let j = 0; j < files.length; j++) {
        need(files[j].old);
        need(files[j].new);
      }
    }
    if (rest.length > 0) reads.add(this.blobs.read(rest));
    const blobs = /* @__PURE__ */ new Map();
    for (const got of await Promise.all(reads))
      got.forEach((content2, oid) => {
        if (needed.has(oid)) blobs.set(oid, content2);
      });
    await prefetch.settled();
    const content = (oid, path) => {
      if (oid === null) return null;
      const got = blobs.get(oid);
      if (got === null) throw missingObject("blob", oid, path);
      return got ?? null;
    };
    const out = new Array(commits.length);
    const last = /* @__PURE__ */ new Map();
    for (let i = 0; i < commits.length; i++) {
      const c = commits[commits.length - 1 - i];
      const files = new Array(c.files.length);
      for (let j = 0; j < c.files.length; j++) {
        const f = c.files[j];
        files[j] = { path: f.path, before: content(f.old, f.path), after: content(f.new, f.path) };
        last.set(f.path, f.new);
      }
      out[i] = { commit: c.commit, parents: c.parents, time: c.time, author: c.author, subject: c.subject, body: c.body, files };
    }
    last.forEach((oid) => {
      if (oid) this.newest.set(oid, blobs.get(oid) ?? null);
    });
    return out;
  }
  async addsAndDeletes(commit, globs) {
    if (globs.length === 0) return [];
    const log = await streamLog(this.dir, commit, pathspecsOf([], globs), void 0, ["--diff-filter=AD"]);
    const turns = [];
    for (const { files, ...c } of log)
      for (const f of files) {
        const before = c.parents[0] ?? null;
        const deleted = f.old !== null && f.new === null;
        if (deleted && before !== null && f.old !== null) {
          const known = this.known(before);
          if (!known.has(f.path)) known.set(f.path, { mode: f.oldMode, oid: f.old });
        }
        turns.push({ path: f.path, deleted, commit: c, before });
      }
    return turns;
  }
  /**
   * `git log` of a commit for paths or globs, parsed and indexed by path. A log for paths is kept:
   * a later log of paths it covers (a check asks one batch of manifests at a time) is read from it.
   */
  rawLog(commit, spec, onFiles) {
    const byPaths = !spec.globs?.length;
    const paths = spec.paths ?? [];
    if (byPaths) {
      const kept = this.logs.find((l) => l.commit === commit && paths.every(l.covers));
      if (kept) return kept.log;
    }
    const folders = byPaths && paths.length > MAX_PATHSPECS ? coveringFolders(paths) : null;
    const pathspecs = pathspecsOf(folders ?? paths, spec.globs);
    const log = pathspecs.length === 0 ? Promise.resolve({ commits: [], byPath: /* @__PURE__ */ new Map() }) : streamLog(this.dir, commit, pathspecs, onFiles).then(indexLog);
    if (byPaths) {
      const exact = new Set((folders ?? paths).filter((p) => !p.endsWith("/")));
      const under = (folders ?? []).filter((p) => p.endsWith("/"));
      this.logs.push({ commit, covers: (p) => exact.has(p) || under.some((f) => p.startsWith(f)), log });
    }
    return log;
  }
  logs = [];
  /** Blobs a log read as some path's newest state, by oid: what a check reads next at the base. */
  newest = /* @__PURE__ */ new Map();
  known(commit) {
    let m = this.entries.get(commit);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.entries.set(commit, m);
    }
    return m;
  }
};
var TREE_PAIRS = 500;
var S_IFMT = 61440;
var S_IFDIR = 16384;
var S_IFREG = 32768;
var S_IFLNK = 40960;
var SLASH = 47;
var Tree = class {
  constructor(content, oidBytes, oid) {
    this.content = content;
    this.oidBytes = oidBytes;
    const at = this.at;
    let text = false;
    for (let i = 0; i < content.length; ) {
      let mode = 0;
      let space = i;
      for (; space < content.length && content[space] >= 48 && content[space] <= 55; space++) mode = (mode << 3) + content[space] - 48 >>> 0;
      const nul = content.indexOf(0, space + 1);
      if (space === i || content[space] !== 32 || nul === -1 || nul + 1 + oidBytes > content.length) throw malformedTree(oid, "an entry cut short");
      const name = space + 1;
      const len = nul - name;
      const dots = len <= 2 && content[name] === 46 && (len === 1 || content[name + 1] === 46);
      let slash = false;
      for (let k = name; k < nul && !slash; k++) {
        slash = content[k] === SLASH;
        if (content[k] >= 128) text = true;
      }
      if (len === 0 || dots || slash) throw malformedTree(oid, `an entry named ${JSON.stringify(content.toString("utf8", name, nul))}`);
      const n = at.length / 3;
      at.push(name, nul, mode);
      if (n > 0) {
        const order2 = this.compare(n - 1, n);
        if (order2 === 0) throw malformedTree(oid, `two entries named ${JSON.stringify(this.name(n))}`);
        if (order2 > 0) throw malformedTree(oid, `entries out of order (${JSON.stringify(this.name(n - 1))} before ${JSON.stringify(this.name(n))})`);
        if (this.isTree(n) && this.startsWithName(n - 1, n) && this.fileNamed(n)) throw malformedTree(oid, `two entries named ${JSON.stringify(this.name(n))}`);
      }
      i = nul + 1 + oidBytes;
    }
    if (text) this.names(oid);
  }
  content;
  oidBytes;
  /** Per entry: where its name starts, where its NUL is, and its mode as git reads it (octal). */
  at = [];
  byName = null;
  /** Entry indexes by name, built on first lookup; with a tree's oid, two names of one text are refused. */
  names(oid) {
    if (!this.byName) {
      const byName = /* @__PURE__ */ new Map();
      for (let i = 0; i < this.size; i++) {
        const name = this.name(i);
        if (oid !== void 0 && byName.has(name))
          throw oneText(`tree ${oid}`, `git tree ${oid} has two entries whose names are not UTF-8 and read as one text, ${JSON.stringify(name)}`);
        byName.set(name, i);
      }
      this.byName = byName;
    }
    return this.byName;
  }
  get size() {
    return this.at.length / 3;
  }
  name(i) {
    return this.content.toString("utf8", this.at[3 * i], this.at[3 * i + 1]);
  }
  oid(i) {
    const nul = this.at[3 * i + 1];
    return this.content.toString("hex", nul + 1, nul + 1 + this.oidBytes);
  }
  isTree(i) {
    return (this.at[3 * i + 2] & S_IFMT) === S_IFDIR;
  }
  /** The mode as git reads it (canon_mode) and ls-tree writes it: a tree is 040000, a file 100644 or 100755. */
  mode(i) {
    const mode = this.at[3 * i + 2];
    const type = mode & S_IFMT;
    if (type === S_IFDIR) return "040000";
    if (type === S_IFLNK) return "120000";
    if (type === S_IFREG) return mode & 73 ? "100755" : "100644";
    return "160000";
  }
  entry(i) {
    return { mode: this.mode(i), oid: this.oid(i) };
  }
  /** The entry of a name, or undefined. */
  get(name) {
    const i = this.names().get(name);
    return i === void 0 ? void 0 : this.entry(i);
  }
  /** Whether entry i of this tree and entry j of other have one mode (as git reads it) and one oid. */
  sameAs(i, other, j) {
    if (this.mode(i) !== other.mode(j) || this.oidBytes !== other.oidBytes) return false;
    const a = this.at[3 * i + 1] + 1;
    const b = other.at[3 * j + 1] + 1;
    for (let k = 0; k < this.oidBytes; k++) if (this.content[a + k] !== other.content[b + k]) return false;
    return true;
  }
  /** git's order of entry i of this tree and entry j of other: names byte by byte, a folder's name as if it ended in "/". */
  order(i, other, j) {
    return compareNames(this.content, this.at[3 * i], this.at[3 * i + 1], this.isTree(i), other.content, other.at[3 * j], other.at[3 * j + 1], other.isTree(j));
  }
  compare(i, j) {
    const c = this.content;
    const ai = this.at[3 * i];
    const bi = this.at[3 * i + 1];
    const aj = this.at[3 * j];
    const bj = this.at[3 * j + 1];
    if (bi - ai === bj - aj && sameRange(c, ai, c, aj, bi - ai)) return 0;
    return compareNames(c, ai, bi, this.isTree(i), c, aj, bj, this.isTree(j));
  }
  /** Whether entry i's name starts with entry n's name. */
  startsWithName(i, n) {
    const an = this.at[3 * n];
    const len = this.at[3 * n + 1] - an;
    return this.at[3 * i + 1] - this.at[3 * i] >= len && sameRange(this.content, this.at[3 * i], this.content, an, len);
  }
  /** Whether an entry before n that is not a folder has n's name: found by halving, entries being in order. */
  fileNamed(n) {
    const an = this.at[3 * n];
    const bn = this.at[3 * n + 1];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareNames(this.content, this.at[3 * mid], this.at[3 * mid + 1], this.isTree(mid), this.content, an, bn, false) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < n && !this.isTree(lo) && this.at[3 * lo + 1] - this.at[3 * lo] === bn - an && sameRange(this.content, this.at[3 * lo], this.content, an, bn - an);
  }
};
function sameRange(a, a0, b, b0, length) {
  for (let k = 0; k < length; k++) if (a[a0 + k] !== b[b0 + k]) return false;
  return true;
}
function compareNames(a, a0, a1, aTree, b, b0, b1, bTree) {
  const la = a1 - a0;
  const lb = b1 - b0;
  const common = Math.min(la, lb);
  for (let k = 0; k < common; k++) {
    const d = a[a0 + k] - b[b0 + k];
    if (d !== 0) return d;
  }
  const ca = la > common ? a[a0 + common] : aTree ? SLASH : 0;
  const cb = lb > common ? b[b0 + common] : bTree ? SLASH : 0;
  return ca - cb;
}
function oneText(file, what) {
  return new ModelgateError({
    file,
    message: `${what}: modelgate cannot tell them apart`,
    hint: "name files and folders in UTF-8 (rename them with git mv)"
  });
}
function missingObject(type, oid, path) {
  return new ModelgateError({
    file: path ?? `${type} ${oid}`,
    message: `git cannot read ${path !== void 0 ? `${path} (${type} ${oid})` : `${type} ${oid}`}: it is missing from this clone`,
    hint: "fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)"
  });
}
function malformedTree(oid, what) {
  return new ModelgateError({
    file: `tree ${oid}`,
    message: `git tree ${oid} has ${what}, which git never writes`,
    hint: "run git fsck: the tree was made by hand; rewrite the commits that carry it"
  });
}
function parentsOf(commit) {
  const lines = commit.toString("latin1").split("\n");
  const parents = [];
  if (!lines[0]?.startsWith("tree ")) return parents;
  for (let i = 1; i < lines.length; i++) {
    const m = /^parent ([0-9a-f]{40}(?:[0-9a-f]{24})?)$/.exec(lines[i]);
    if (!m) break;
    parents.push(m[1]);
  }
  return parents;
}
function workTreeTop(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync2(join(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
function batchable(ref) {
  return ref.length > 0 && !ref.startsWith("-") && !/[\s\x00-\x1f\x7f]/.test(ref);
}
function parseTreeLine(line) {
  const tab = line.indexOf("	");
  const [mode, , oid] = line.slice(0, tab).split(" ");
  return { mode, oid, path: line.slice(tab + 1) };
}
function kindOf(mode) {
  if (mode === "120000") return "symlink";
  if (mode === "160000") return "submodule";
  if (mode === "040000") return "directory";
  return "file";
}
function indexLog(commits) {
  const byPath = /* @__PURE__ */ new Map();
  commits.forEach((c, ci) => {
    c.files.forEach((f, fi) => {
      const at = byPath.get(f.path);
      if (at) at.push([ci, fi]);
      else byPath.set(f.path, [[ci, fi]]);
    });
  });
  return { commits, byPath };
}
var MAX_PATHSPECS = 64;
function coveringFolders(paths) {
  let best = null;
  for (let depth = 1; ; depth++) {
    const specs = /* @__PURE__ */ new Set();
    let deeper = false;
    for (const p of paths) {
      const parts = p.split("/");
      if (parts.length > depth) {
        specs.add(`${parts.slice(0, depth).join("/")}/`);
        deeper = true;
      } else specs.add(p);
      if (specs.size > MAX_PATHSPECS) return best;
    }
    best = [...specs];
    if (!deeper) return best;
  }
}
var REF_NAME = /^([A-Za-z0-9._/+-]+)([~^].*)?$/;
async function qualifyRefs(git2, refs) {
  const names = refs.map(([r]) => {
    const m = REF_NAME.exec(r);
    if (!m || m[1].startsWith("refs/") || /^[A-Z_]*HEAD$/.test(m[1]) || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(m[1])) return null;
    return { name: m[1], rest: m[2] ?? "" };
  });
  const wanted = [...new Set(names.flatMap((n) => n ? [n.name] : []))];
  if (wanted.length === 0) return refs;
  let out;
  try {
    const patterns = wanted.flatMap((n) => [`refs/heads/${n}`, `refs/remotes/origin/${n}`, `refs/remotes/${n}`, `refs/tags/${n}`, `refs/${n}`]);
    out = await git2.raw(["for-each-ref", "--format=%(refname)%00%(objectname)%00%(*objectname)", ...patterns]);
  } catch {
    return refs;
  }
  const commits = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [refname, object, peeled] = line.split("\0");
    if (refname) commits.set(refname, peeled || object);
  }
  return refs.map(([ref, what], i) => {
    const n = names[i];
    if (!n) return [ref, what];
    const ranks = [
      [`refs/heads/${n.name}`],
      [`refs/remotes/origin/${n.name}`, ...n.name.includes("/") ? [`refs/remotes/${n.name}`] : []],
      [`refs/tags/${n.name}`, `refs/${n.name}`, `refs/remotes/${n.name}/HEAD`]
    ];
    for (const rank of ranks) {
      const found = rank.filter((r) => commits.has(r));
      if (found.length === 0) continue;
      if (new Set(found.map((r) => commits.get(r))).size > 1) {
        throw new ModelgateError({
          file: ref,
          message: `${what} "${ref}" is ambiguous: ${found.join(" and ")} name different commits`,
          hint: `name the one you mean in full, e.g. --${what === "base" || what === "head" ? what : "ref"} ${found[0]}${n.rest}`
        });
      }
      return [`${found[0]}${n.rest}`, what];
    }
    return [ref, what];
  });
}

// src/github/client.ts
var GitHubError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
var GitHubClient = class {
  constructor(options) {
    this.options = options;
    this.owner = options.owner;
    this.repo = options.repo;
  }
  options;
  client;
  owner;
  repo;
  calls = 0;
  /** octokit loads on the first call: a run that needs no API (no comment, no approvals) never pays for it. */
  get octokit() {
    this.client ??= import("./chunks/github-PFGJFHEE.js").then(({ getOctokit }) => this.create(getOctokit));
    return this.client;
  }
  create(factory) {
    const options = this.options;
    const octokit = factory(options.token, { baseUrl: options.apiUrl });
    const timeout = options.timeoutMs ?? 3e4;
    const attempts = options.attempts ?? 4;
    const backoff = options.backoffMs ?? 1e3;
    const maxWait = options.maxWaitMs ?? 6e4;
    octokit.hook.wrap("request", async (request, params) => {
      for (let attempt = 1; ; attempt++) {
        options.signal?.throwIfAborted();
        this.calls++;
        const attemptSignal = AbortSignal.timeout(timeout);
        const signal = options.signal ? AbortSignal.any([options.signal, attemptSignal]) : attemptSignal;
        try {
          let onAbort;
          const deadline = new Promise((_, reject) => {
            onAbort = () => reject(Object.assign(new Error(`no answer within ${timeout} ms`), { status: void 0, timedOut: true }));
            signal.addEventListener("abort", onAbort, { once: true });
          });
          try {
            return await Promise.race([request({ ...params, request: { ...params.request, signal } }), deadline]);
          } finally {
            if (onAbort) signal.removeEventListener("abort", onAbort);
          }
        } catch (err) {
          const e = err;
          if (options.signal?.aborted) throw new GitHubError(0, `${params.method} ${params.url}: stopped at the run's deadline`);
          const timedOut = e.timedOut === true || e.name === "AbortError" || attemptSignal.aborted;
          if (timedOut && params.method !== "GET") throw new GitHubError(0, `${params.method} ${params.url}: no answer within ${timeout} ms`);
          const wait = retryDelay(e.status, e.response?.headers ?? {}, backoff * 2 ** (attempt - 1));
          if (wait === null || attempt >= attempts || wait > maxWait) {
            throw new GitHubError(e.status ?? 0, `${params.method} ${params.url}: ${e.status ?? "network error"} ${e.message ?? ""}`.trim());
          }
          options.log?.(`GitHub answered ${e.status ?? "with a network error"} to ${params.method} ${params.url}; retrying in ${Math.round(wait / 1e3)} s`);
          await new Promise((r) => setTimeout(r, wait));
        }
      }
    });
    return octokit;
  }
  /**
   * The login comments written with this token carry, or null when GitHub will not say:
   * `GET /user` answers 403 to GitHub App installation tokens (and to the workflow token).
   */
  async ownLogin() {
    try {
      return (await (await this.octokit).rest.users.getAuthenticated()).data.login;
    } catch (err) {
      if (err instanceof GitHubError && (err.status === 403 || err.status === 401 || err.status === 404)) return null;
      throw err;
    }
  }
  async listComments(issue2) {
    const octokit = await this.octokit;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue2, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", author: c.user?.login ?? "", bot: c.user?.type === "Bot" }));
  }
  /** Creates a comment; returns it as GitHub stored it, which names the token's own login. */
  async createComment(issue2, body) {
    const { data } = await (await this.octokit).rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue2, body });
    return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "", bot: data.user?.type === "Bot" };
  }
  /** The pull request's head commit now (a newer push may have come since the event). */
  async currentHead(pr) {
    return (await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr })).data.head.sha;
  }
  /** A pull request as GitHub has it now: after a merge, the facts the audit note records. */
  async pullRequest(pr) {
    const { data } = await (await this.octokit).rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: pr });
    return {
      number: data.number,
      head: data.head.sha,
      author: data.user?.login ?? "",
      body: data.body ?? "",
      labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
      merged: data.merged_at !== null,
      mergeCommit: data.merge_commit_sha ?? null
    };
  }
  /** The pull requests GitHub associates with a commit (for a commit on the default branch: the one merged as it). */
  async pullsOfCommit(sha) {
    const octokit = await this.octokit;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
    return data.map((p) => ({ number: p.number, mergeCommit: p.merge_commit_sha ?? null, merged: p.merged_at !== null }));
  }
  async updateComment(id, body) {
    await (await this.octokit).rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body });
  }
  /** Deletes a comment; one already gone (another run removed it) is fine. */
  async deleteComment(id) {
    try {
      await (await this.octokit).rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id });
    } catch (err) {
      if (!(err instanceof GitHubError && err.status === 404)) throw err;
    }
  }
  /** Each reviewer's latest verdict (a later review replaces an earlier one; comments change nothing), with its commit. */
  async reviews(pr) {
    const octokit = await this.octokit;
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: pr, per_page: 100 });
    const latest = /* @__PURE__ */ new Map();
    for (const r of reviews) {
      if (r.user && r.state !== "COMMENTED" && r.state !== "PENDING")
        latest.set(r.user.login, { login: r.user.login, state: r.state, commit: r.commit_id ?? "", association: r.author_association });
    }
    return [...latest.values()];
  }
  /**
   * The Sigstore bundles of the artifact attestations stored on this repository for a sha256
   * (GET /repos/{owner}/{repo}/attestations/sha256:...): the first 100, which is more than one
   * artifact gathers. None is a 404. Bundles GitHub keeps only behind `bundle_url` are left out.
   */
  async attestations(sha256) {
    try {
      const { data } = await (await this.octokit).request("GET /repos/{owner}/{repo}/attestations/{subject_digest}", {
        owner: this.owner,
        repo: this.repo,
        subject_digest: `sha256:${sha256}`,
        per_page: 100
      });
      return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== void 0 && b !== null);
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return [];
      throw err;
    }
  }
  /** The user's permission on the repository: admin, write, read or none (maintain counts as write). */
  async permission(login) {
    try {
      const { data } = await (await this.octokit).rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login });
      return data.permission;
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return "none";
      throw err;
    }
  }
  /** The last `labeled` event of a label that is on the pull request now: who applied it, its id and time. */
  async labelApplied(issue2, label) {
    const octokit = await this.octokit;
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: this.owner, repo: this.repo, issue_number: issue2, per_page: 100 });
    let applied = null;
    for (const e of events) {
      const name = e.label?.name;
      if (name !== label) continue;
      if (e.event === "labeled") applied = e.actor?.login ? { actor: e.actor.login, id: e.id, at: e.created_at } : null;
      if (e.event === "unlabeled") applied = null;
    }
    return applied;
  }
  async isTeamMember(org, team, login) {
    try {
      const { data } = await (await this.octokit).rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
      return data.state === "active";
    } catch (err) {
      if (err instanceof GitHubError && err.status === 404) return false;
      throw err;
    }
  }
};
function retryDelay(status, headers, backoff) {
  const after = headers["retry-after"];
  if (after !== void 0 && /^\d+$/.test(after)) return Number(after) * 1e3;
  const rateLimited = (status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0";
  if (rateLimited) {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - Date.now()) + 1e3 : backoff;
  }
  if (status === 429) return backoff;
  if (status === void 0 || status === 0 || status >= 500) return backoff;
  return null;
}

// src/github/pull-request.ts
async function readPullRequest(client, policy, facts) {
  const notes = [];
  const gates = [...policy.gates, ...policy.models.flatMap((m) => m.gates)].filter((g) => g.type === "approvals");
  const pr = { number: facts.number, author: facts.author, labels: facts.labels, approvals: [], teams: {}, body: facts.body };
  if (gates.length > 0) {
    const reviews = await client.reviews(facts.number);
    const short2 = facts.head.slice(0, 7);
    pr.notCounted = [];
    for (const r of reviews.filter((r2) => r2.state === "APPROVED")) {
      if (r.commit === facts.head) pr.approvals.push(r.login);
      else pr.notCounted.push({ login: r.login, reason: `approved ${r.commit.slice(0, 7) || "an older commit"}, not the head ${short2}` });
    }
    const author = facts.author.toLowerCase();
    if (gates.some((g) => !g.from)) {
      pr.writers = [];
      for (const r of reviews) {
        if (!pr.approvals.includes(r.login) || r.login.toLowerCase() === author) continue;
        if (r.association === "OWNER" || ["admin", "maintain", "write"].includes(await client.permission(r.login))) pr.writers.push(r.login);
      }
    }
    const teamsNamed = /* @__PURE__ */ new Set();
    for (const g of gates) for (const who of g.from ?? []) if (who.startsWith("@")) teamsNamed.add(who);
    for (const team of teamsNamed) pr.teams[team] = await members(client, team, pr.approvals);
  }
  const rule = policy.override;
  if (!rule?.label || !facts.labels.includes(rule.label)) return { pr, notes };
  const applied = await client.labelApplied(facts.number, rule.label);
  if (!applied) {
    notes.push(`The label ${rule.label} is on the pull request, but the issue events show no one applying it: the override is not honoured.`);
    return { pr, notes };
  }
  const actor = applied.actor;
  const listed = await isListed(client, rule.actors, actor);
  if (!listed) {
    notes.push(`The label ${rule.label} was applied by ${actor}, who is not listed in override.actors: the override is not honoured.`);
    return { pr, notes };
  }
  const short = facts.head.slice(0, 7);
  const labeledNow = facts.trigger?.action === "labeled" && facts.trigger.label === rule.label;
  const recorded = facts.record && facts.record.event === applied.id;
  if (!labeledNow && !(recorded && facts.record?.head === facts.head)) {
    const when = recorded ? `on ${facts.record?.head.slice(0, 7)}, before the push of ${short}` : `before ${short} became the head (or its run was cancelled)`;
    notes.push(
      `The label ${rule.label} was applied by ${actor} ${when}: an override holds only for the head it was given on. Remove the label and apply it again to force-promote ${short}.`
    );
    return { pr, notes };
  }
  const reason2 = overrideReason(facts.body);
  if (rule.require_reason && !reason2) {
    notes.push(`The label ${rule.label} was applied by ${actor}, but the pull request body has no "Override-Reason:" line: the override is not honoured.`);
    return { pr, notes };
  }
  notes.push(`Force-promote: ${rule.label} applied by ${actor} on ${short}${reason2 ? `, reason: ${reason2}` : ""}. A new push needs the label applied again.`);
  return { pr, notes, override: { actor, reason: reason2 ?? "(no reason given)" }, record: { head: facts.head, event: applied.id } };
}
async function isListed(client, actors, login) {
  for (const who of actors) {
    if (!who.startsWith("@") && who.toLowerCase() === login.toLowerCase()) return true;
  }
  for (const who of actors) {
    if (who.startsWith("@") && (await members(client, who, [login])).length > 0) return true;
  }
  return false;
}
async function members(client, team, logins) {
  const [org, slug] = team.slice(1).split("/");
  if (!org || !slug) return [];
  const out = [];
  for (const login of logins) if (await client.isTeamMember(org, slug, login)) out.push(login);
  return out;
}
function overrideReason(body) {
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^\s*>/.test(line) || /^( {4}|\t)/.test(line)) continue;
    const m = /^\s*Override-Reason:\s*(\S.*?)\s*$/.exec(line);
    if (m) return m[1];
  }
  return null;
}

// src/render/words.ts
function modelLabel(c) {
  return c.alias !== void 0 ? `${c.model} (${c.alias})` : c.model;
}
function changeVerb(c) {
  const m = modelLabel(c);
  if (c.result === "fail" && c.gates?.length === 0) return `change ${m}, whose manifest cannot be read`;
  switch (c.kind) {
    case "new":
      return `add ${m} ${c.to ?? ""}`.trim();
    case "retire":
      return `retire ${m} ${c.from ?? ""}`.trim();
    case "rollback":
      return `roll back ${m} ${c.from} \u2192 ${c.to}`;
    case "promotion":
      return `promote ${m} ${c.from} \u2192 ${c.to}`;
    case "update":
      return `update ${m} ${c.to ?? ""} in place`.trim();
    case "demotion":
      return `demote ${m} ${c.to ?? ""}`.trim();
  }
}
function shortRef(ref) {
  return /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref;
}
function verdictLine(report) {
  if (report.result === "error") return "modelgate could not run: the policy or the command is invalid";
  const n = report.changes.length;
  if (n === 0 && report.errors.length === 0) return "no governed manifest changed";
  const failed = report.changes.filter((c) => c.result === "fail").length;
  const what = `${n} model change${n === 1 ? "" : "s"}`;
  if (report.result === "pass") {
    const warned = report.summary.warned ? `, ${report.summary.warned} warning${report.summary.warned === 1 ? "" : "s"}` : "";
    return `${what} pass${n === 1 ? "es" : ""}${warned}`;
  }
  const errs = report.errors.length ? `${report.errors.length} error${report.errors.length === 1 ? "" : "s"} in the files or the policy` : "";
  return [failed ? `${failed} of ${what} fail${failed === 1 ? "s" : ""}` : "", errs].filter(Boolean).join("; ");
}
var STATUS_ICON = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F", overridden: "\u{1F6E1}\uFE0F" };
function place(f) {
  if (!f.file) return "";
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}
var INVISIBLE = /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8]/g;
function showInvisible(text) {
  return text.replace(INVISIBLE, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
function escapeTerminal(text) {
  const shown = showInvisible(text).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it escapes
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
  return shown.replace(/^(\s*)::/, "$1\\::");
}

// src/render/markdown.ts
var BREAK3 = "<!-- -->";
function escapeMarkdown(text, max = 300) {
  let t = showInvisible(text.replace(/\s*[\r\n\t]+\s*/g, " ")).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it shows
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`
  );
  if (t.length > max) t = `${t.slice(0, max - 1)}\u2026`;
  return t.replace(/([\\`*_[\]|#~])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, `@${BREAK3}`).replace(/#/g, `#${BREAK3}`).replace(/:\/\//g, `:${BREAK3}//`).replace(/\b(www)\./gi, `$1${BREAK3}.`);
}
function code(text) {
  return `<code>${escapeMarkdown(text, 120)}</code>`;
}
function renderMarkdown(report, options = {}) {
  const max = options.maxCell ?? 300;
  const icon = report.result === "pass" ? "\u2705" : "\u274C";
  const lines = [`### ${icon} modelgate: ${escapeMarkdown(verdictLine(report))}`, ""];
  if (report.result === "error") {
    for (const e of report.errors) lines.push(`- ${code(place(e))} ${escapeMarkdown(e.message, max)}${e.hint ? ` \u2014 ${escapeMarkdown(e.hint, max)}` : ""}`);
    lines.push("", `<sub>judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""}</sub>`);
    return `${lines.join("\n")}
`;
  }
  const forced = report.changes.flatMap((c) => c.gates).filter((g) => g.override?.by === "label");
  if (forced.length > 0) {
    const { actor, reason: reason2 } = forced[0].override;
    lines.push(
      `> \u{1F6E1}\uFE0F **Force-promoted** by ${escapeMarkdown(actor ?? "an override")}: ${escapeMarkdown(reason2, 300)}. ${forced.length} failing gate${forced.length === 1 ? " is" : "s are"} overridden, not passed.`,
      ""
    );
  }
  for (const note of report.notes ?? []) lines.push(`> ${escapeMarkdown(note, 500)}`, "");
  const passing = report.changes.filter((c) => c.result === "pass");
  const failing = report.changes.filter((c) => c.result !== "pass");
  if (passing.length > 0) lines.push(`**Merging this pull request will** ${passing.map((c) => escapeMarkdown(changeVerb(c))).join("; ")}.`, "");
  if (failing.length > 0) {
    const blocked = failing.map((c) => {
      const n = c.gates.filter((g) => g.status === "fail").length;
      return `${escapeMarkdown(changeVerb(c))}${n > 0 ? ` (${n} gate${n === 1 ? "" : "s"} failed)` : ""}`;
    });
    lines.push(`**Not yet:** ${blocked.join("; ")}.`, "");
  }
  for (const e of report.errors) lines.push(`- \u274C ${code(place(e))} ${escapeMarkdown(e.message, max)}`);
  if (report.errors.length) lines.push("");
  for (const c of report.changes) {
    lines.push(
      `#### ${c.result === "pass" ? "\u2705" : "\u274C"} ${code(c.model)}${c.alias !== void 0 ? ` (${escapeMarkdown(c.alias)})` : ""} \xB7 ${c.kind} ${versions(c.from, c.to)}`,
      ""
    );
    if (c.gates.length === 0) {
      lines.push(c.result === "pass" ? "No gate applies to this change." : "The manifest could not be read; see the errors above.", "");
      continue;
    }
    lines.push("| | gate | result | details |", "|---|---|---|---|");
    for (const g of order(c.gates)) lines.push(`| ${STATUS_ICON[g.status]} | ${code(g.id)} | ${g.status} | ${details(g, max)} |`);
    lines.push("");
  }
  const s = report.summary;
  lines.push(
    `<sub>${s.changes} change${s.changes === 1 ? "" : "s"} \xB7 ${s.gates} gate${s.gates === 1 ? "" : "s"} \xB7 ${s.failed} failed \xB7 ${s.warned} warned \xB7 ${s.overridden} overridden \xB7 ${s.waived} waived \xB7 policy ${code(report.policy.path)} at ${code(shortRef(report.policy.ref))} \xB7 judged ${code(shortRef(report.head))}${options.judged ? ` (${escapeMarkdown(options.judged, 200)})` : ""} \xB7 modelgate ${escapeMarkdown(report.tool.version)}</sub>`
  );
  return `${lines.join("\n")}
`;
}
function versions(from, to) {
  if (from && to && from !== to) return `${code(from)} \u2192 ${code(to)}`;
  return code(to ?? from ?? "?");
}
function order(gates) {
  const rank = { fail: 0, warn: 1, overridden: 2, pass: 3, skip: 4 };
  return [...gates].sort((a, b) => rank[a.status] - rank[b.status]);
}
function details(g, max) {
  const parts = [escapeMarkdown(g.message, max)];
  if (g.override)
    parts.push(
      `${g.override.by === "waiver" ? "waived" : "overridden"}${g.override.actor ? ` by ${escapeMarkdown(g.override.actor)}` : ""}: ${escapeMarkdown(g.override.reason, max)}${g.override.expires ? ` (until ${escapeMarkdown(g.override.expires)})` : ""}`
    );
  if (g.status !== "pass" && g.status !== "skip") {
    const shown = g.findings.slice(0, 5);
    for (const f of shown) {
      const where2 = place(f);
      if (f.message === g.message) {
        if (where2) parts[0] += ` (${code(where2)})`;
        continue;
      }
      parts.push(`${f.message ? escapeMarkdown(f.message, max) : escapeMarkdown(f.path ?? "")}${where2 ? ` (${code(where2)})` : ""}`);
    }
    if (g.findings.length > shown.length) parts.push(`\u2026 and ${g.findings.length - shown.length} more`);
  }
  return parts.join("<br>");
}

// src/render/comment.ts
var COMMENT_MARKER = "<!-- modelgate:report -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_LIMIT_BYTES = 1e6;
function headMarker(sha) {
  return `<!-- modelgate:head ${sha} -->`;
}
function readOverrideRecord(body) {
  const m = /<!-- modelgate:override head=([0-9a-f]{40,64}) event=(\d+) -->/.exec(leadingMarkers(body));
  return m ? { head: m[1], event: Number(m[2]) } : null;
}
function leadingMarkers(body) {
  const lines = body.split("\n");
  const end = lines.findIndex((l) => !l.startsWith("<!-- modelgate:"));
  return lines.slice(0, end === -1 ? lines.length : end).join("\n");
}
function renderComment(report, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const tail = rollbackHint(report.changes);
  const marker = [
    COMMENT_MARKER,
    options.prHead ? headMarker(options.prHead) : "",
    options.override ? `<!-- modelgate:override head=${options.override.head} event=${options.override.event} -->` : ""
  ].filter(Boolean).join("\n");
  const md = { judged: options.judged };
  const full = [marker, renderMarkdown(report, md), charts(report.changes), tail].filter(Boolean).join("\n");
  if (full.length <= limit) return full;
  const pointer = `

**The report is cut here.** ${options.summaryUrl ? `The full report is in the [job summary](${options.summaryUrl}).` : "The full report is in the job summary of this run."}
`;
  const compact = [marker, renderMarkdown(onlyFailures(report), { ...md, maxCell: 200 }), tail].filter(Boolean).join("\n");
  const body = compact.length + pointer.length <= limit ? compact : cutAtLine(compact, limit - pointer.length);
  return body + pointer;
}
function renderSummary(report, options = {}) {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const extra = options.extra ?? "";
  const full = renderMarkdown(report, { judged: options.judged }) + extra;
  if (Buffer.byteLength(full) <= limit) return full;
  const pointer = `

**The summary is cut here** (GitHub shows at most 1 MiB of it). The whole report is the JSON file at the action's \`report-path\` output.
`;
  const compact = renderMarkdown(onlyFailures(report), { judged: options.judged, maxCell: 200 }) + extra;
  const room = limit - Buffer.byteLength(pointer);
  return (Buffer.byteLength(compact) <= room ? compact : cutAtBytes(compact, room)) + pointer;
}
function cutAtBytes(text, max) {
  let cut2 = cutAtLine(text, max);
  while (Buffer.byteLength(cut2) > max) cut2 = cutAtLine(cut2, cut2.length - 1);
  return cut2;
}
function onlyFailures(report) {
  return {
    ...report,
    changes: report.changes.map((c) => ({
      ...c,
      gates: c.gates.filter((g) => g.status === "fail" || g.status === "warn").map((g) => ({ ...g, findings: g.findings.slice(0, 3) }))
    }))
  };
}
function cutAtLine(text, max) {
  const cut2 = text.slice(0, Math.max(0, max));
  const nl = cut2.lastIndexOf("\n");
  return nl > 0 ? cut2.slice(0, nl) : cut2;
}
function rollbackHint(changes) {
  const promoted = changes.filter((c) => c.kind === "promotion" && c.result === "pass" && c.from);
  if (promoted.length === 0) return "";
  const cmds = promoted.map(
    (c) => `<code>modelgate rollback ${escapeMarkdown(c.model)}${c.alias !== void 0 ? ` --alias ${escapeMarkdown(c.alias)}` : ""}</code> (back to ${escapeMarkdown(c.from ?? "")})`
  ).join(", ");
  return `
**To roll back** after merging: revert this pull request with GitHub's Revert button, or run ${cmds}.
`;
}
function charts(changes) {
  const out = [];
  for (const c of changes) {
    for (const g of c.gates) {
      const points = comparable(g).slice(0, 12);
      if (points.length === 0) continue;
      const labels = distinctLabels(points.map((p) => p.path));
      const values = (xs) => `[${xs.map(plainDecimal).join(", ")}]`;
      out.push(
        `<details><summary>${escapeMarkdown(modelLabel(c))} \xB7 ${escapeMarkdown(g.id)}: candidate against active</summary>`,
        "",
        "```mermaid",
        "xychart-beta",
        `  title "${chartText(`${c.model} ${g.id}`).slice(-60)}"`,
        `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
        `  bar ${values(points.map((p) => p.active))}`,
        `  line ${values(points.map((p) => p.observed))}`,
        "```",
        "",
        "Bars: active. Line: candidate.",
        "</details>",
        ""
      );
    }
  }
  return out.join("\n");
}
function chartText(s) {
  return showInvisible(s).replace(/["\\\n\r`<>]/g, "");
}
function distinctLabels(paths) {
  const short = paths.map((p) => {
    const t = chartText(p);
    return t.length > 28 ? `\u2026${t.slice(-27)}` : t;
  });
  const seen = /* @__PURE__ */ new Map();
  for (const l of short) seen.set(l, (seen.get(l) ?? 0) + 1);
  return short.map((l, i) => seen.get(l) === 1 ? l : `${i + 1}: ${l}`);
}
var decimal;
function plainDecimal(x) {
  decimal ??= new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 6 });
  return decimal.format(x);
}
function comparable(g) {
  return g.findings.flatMap(
    (f) => typeof f.observed === "number" && typeof f.active === "number" && f.path ? [{ path: f.path, observed: f.observed, active: f.active }] : []
  );
}

// src/github/sticky.ts
function ownComments(comments, identity) {
  const marked = comments.filter((c) => c.body.includes(COMMENT_MARKER));
  if (identity) return marked.filter((c) => c.author === identity);
  const bots = marked.filter((c) => c.bot);
  return bots.filter((c) => c.author === bots[0]?.author);
}
async function upsertComment(client, issue2, body, identity, create, listed) {
  const mine = ownComments(listed ?? await client.listComments(issue2), identity);
  if (mine.length > 0) {
    const [keep, ...extra] = mine;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.body === body) return { action: "unchanged", id: keep.id, author: keep.author };
    await client.updateComment(keep.id, body);
    return { action: "updated", id: keep.id, author: keep.author };
  }
  if (!create) return { action: "none" };
  let created;
  try {
    created = await client.createComment(issue2, body);
  } catch (err) {
    if (!(err instanceof GitHubError && err.status === 0)) throw err;
    const landed = (await client.listComments(issue2)).find((c) => c.body === body && (identity ? c.author === identity : c.bot));
    if (!landed) throw err;
    created = landed;
  }
  const after = ownComments(await client.listComments(issue2), created.author);
  if (after.length > 1) {
    const [keep, ...extra] = after;
    for (const c of extra) await client.deleteComment(c.id);
    if (keep.id !== created.id) await client.updateComment(keep.id, body);
    return { action: "created", id: keep.id, author: created.author };
  }
  return { action: "created", id: created.id, author: created.author };
}

// src/core/governed.ts
function governedFiles(policy, paths) {
  const out = [];
  for (const path of paths) {
    const g = governedFile(policy, path);
    if (g) out.push(g);
  }
  return out;
}
var matched = /* @__PURE__ */ new WeakMap();
function governedFile(policy, path) {
  let known = matched.get(policy.manifests);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    matched.set(policy.manifests, known);
  }
  let g = known.get(path);
  if (g === void 0) {
    g = null;
    for (const rule of policy.manifests) {
      const captures = globMatch(rule.glob, path);
      if (captures) {
        g = { path, rule, captures };
        break;
      }
    }
    known.set(path, g);
  }
  return g;
}
function modelName(g, doc) {
  const template = g.rule.model;
  const parts = templateParts(template);
  if (parts.length > 1) return fill(parts, g.captures);
  const named = doc ? valueAt(doc.value, concreteSegments(template)) : void 0;
  return typeof named === "string" || typeof named === "number" ? String(named) : null;
}
function namedByField(rule) {
  return templateParts(rule.model).length === 1;
}
function aliasOf(g) {
  const template = g.rule.alias;
  if (template === void 0) return null;
  return fill(templateParts(template), g.captures);
}
var templates = /* @__PURE__ */ new Map();
function templateParts(template) {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\d+)\}/);
    templates.set(template, parts);
  }
  return parts;
}
function fill(parts, captures) {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (captures[Number(parts[i]) - 1] ?? "") + parts[i + 1];
  return out;
}
function versionOf(g, doc) {
  const v = valueAt(doc.value, concreteSegments(g.rule.version));
  return typeof v === "string" || typeof v === "number" ? String(v) : null;
}
function foldPath(path) {
  return path.normalize("NFC").toLowerCase();
}
function mayHoldGoverned(policy, dir) {
  const parts = dir.split("/");
  return policy.manifests.some((rule) => {
    const glob = rule.glob.split("/");
    for (let i = 0; i < parts.length; i++) {
      if (glob[i] === void 0) return false;
      if (glob[i].includes("**")) return true;
      if (!globMatch(glob[i], parts[i])) return false;
    }
    return glob.length > parts.length;
  });
}
function governedWhenFolded(policy, path) {
  const folded = foldPath(path);
  return policy.manifests.some((rule) => globMatch(foldPath(rule.glob), folded) !== null);
}

// src/core/lifecycle.ts
var NO_LIFECYCLE = { stages: [], rollouts: [] };
function concrete(path) {
  if (typeof path !== "string") return null;
  try {
    const segs = parsePath(path);
    return segs.every((s) => typeof s !== "symbol") ? segs : null;
  } catch {
    return null;
  }
}
var lifecycles = /* @__PURE__ */ new WeakMap();
function lifecycleOf(gates) {
  let known = lifecycles.get(gates);
  if (!known) {
    known = lifecycleFrom(gates);
    lifecycles.set(gates, known);
  }
  return known;
}
function lifecycleFrom(gates) {
  const out = { stages: [], rollouts: [] };
  for (const g of gates) {
    const path = concrete(g.path);
    if (!path) continue;
    if (g.type === "transition") {
      out.stages.push({
        path,
        demote: g.demote ?? {},
        terminal: g.terminal ?? [],
        gate: g.id
      });
    } else if (g.type === "rollout") {
      out.rollouts.push(path);
    }
  }
  return out;
}
function without(value, paths) {
  const copy = structuredClone(value);
  for (const path of paths) {
    if (path.length === 0) return null;
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === "number") parent[key] = null;
    else if (parent !== null && typeof parent === "object") delete parent[String(key)];
  }
  return copy;
}
function isDemotion(lifecycle, active, candidate) {
  const paths = [...lifecycle.stages.map((s) => s.path), ...lifecycle.rollouts];
  if (paths.length === 0) return false;
  if (!sameValue(without(active, paths), without(candidate, paths))) return false;
  let moved = false;
  for (const s of lifecycle.stages) {
    const from = valueAt(active, s.path);
    const to = valueAt(candidate, s.path);
    if (sameValue(from, to)) continue;
    if (typeof from !== "string" || typeof to !== "string" || !s.demote[from]?.includes(to)) return false;
    moved = true;
  }
  for (const path of lifecycle.rollouts) {
    const from = valueAt(active, path);
    const to = valueAt(candidate, path);
    if (sameValue(from, to)) continue;
    if (typeof from !== "number" || typeof to !== "number" || to >= from) return false;
    moved = true;
  }
  return moved;
}

// src/core/change.ts
function classify(active, candidate, served, versionOf2, lifecycle = NO_LIFECYCLE) {
  if (!candidate) return { kind: "retire", from: active?.version ?? null, to: null, against: active?.doc ?? null, same: false };
  let against = active;
  if (!against) {
    const last = [...served].reverse().find((e) => e.doc !== null);
    if (!last?.doc) return { kind: "new", from: null, to: candidate.version, against: null, same: false };
    against = { doc: last.doc, version: versionOf2(last.doc) };
  }
  const base = { from: against.version, to: candidate.version, against: against.doc };
  if (active && sameValue(active.doc.value, candidate.doc.value)) return { kind: "update", ...base, same: true };
  if (served.some((e) => e.doc !== null && e.to === candidate.version && sameValue(e.doc.value, candidate.doc.value)))
    return { kind: "rollback", ...base, same: false };
  if (active && candidate.version === active.version)
    return { kind: isDemotion(lifecycle, active.doc.value, candidate.doc.value) ? "demotion" : "update", ...base, same: false };
  const reused = candidate.version === null ? void 0 : served.find((e) => e.doc !== null && e.to === candidate.version && !sameValue(e.doc.value, candidate.doc.value));
  return { kind: "promotion", ...base, same: false, ...reused ? { reused } : {} };
}
function unreadableKind(active, candidate) {
  return !active ? "new" : !candidate ? "retire" : "update";
}

// src/core/history.ts
var REVERT = /This reverts commit ([0-9a-f]{7,40})/;
function prNumber(subject) {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : null;
}
function documents(limits = DEFAULT_LIMITS) {
  const parsed = /* @__PURE__ */ new Map();
  return (path, content) => {
    if (!content) return null;
    let states = parsed.get(path);
    if (!states) {
      states = /* @__PURE__ */ new Map();
      parsed.set(path, states);
    }
    let doc = states.get(content);
    if (doc === void 0) {
      doc = parseState(path, content, limits);
      states.set(content, doc);
    }
    return doc;
  };
}
function historyOf(policy, log, limits = DEFAULT_LIMITS, docs = documents(limits)) {
  const replay = replayer(policy, docs);
  const events = [];
  for (let i = 0; i < log.length; i++) {
    const c = log[i];
    const facts = commitFacts(c);
    for (let j = 0; j < c.files.length; j++) {
      const event = replay(c, c.files[j], facts);
      if (event) events.push(event);
    }
  }
  return events;
}
function historiesByPath(policy, log, limits = DEFAULT_LIMITS) {
  const entries = /* @__PURE__ */ new Map();
  for (const c of log) {
    for (const f of c.files) {
      const list = entries.get(f.path);
      if (list) list.push([c, f]);
      else entries.set(f.path, [[c, f]]);
    }
  }
  const known = /* @__PURE__ */ new Map();
  return (path) => {
    const list = entries.get(path);
    if (!list) return [];
    const replay = replayer(policy, documents(limits));
    const events = [];
    for (const [c, f] of list) {
      let facts = known.get(c);
      if (!facts) {
        facts = commitFacts(c);
        known.set(c, facts);
      }
      const event = replay(c, f, facts);
      if (event) events.push(event);
    }
    return events;
  };
}
function commitFacts(c) {
  const reverts = REVERT.exec(c.subject) ?? REVERT.exec(c.body);
  return { reverted: reverts?.[1] ?? null, date: new Date(c.time).toISOString(), pr: prNumber(c.subject) };
}
function replayer(policy, parse3) {
  const lifecycles2 = /* @__PURE__ */ new Map();
  const lifecycleFor = (model) => {
    let lifecycle = lifecycles2.get(model);
    if (!lifecycle) {
      lifecycle = lifecycleOf(gatesFor(policy, model));
      lifecycles2.set(model, lifecycle);
    }
    return lifecycle;
  };
  const paths = /* @__PURE__ */ new Map();
  return (c, f, { reverted, date, pr }) => {
    const g = governedFile(policy, f.path);
    if (!g) return null;
    const before = parse3(f.path, f.before);
    const after = parse3(f.path, f.after);
    let known = paths.get(f.path);
    if (!known) {
      known = { earlier: [], name: null, alias: aliasOf(g), last: null };
      paths.set(f.path, known);
    }
    const earlier = known.earlier;
    const state = (doc) => {
      if (!doc) return null;
      if (known.last?.doc === doc) return known.last;
      return { doc, version: versionOf(g, doc) };
    };
    const model = known.name ?? modelName(g, before ?? after) ?? f.path;
    const unreadable3 = f.before && !before || f.after && !after;
    const now = state(after);
    const { kind, from, to } = unreadable3 ? { kind: unreadableKind(f.before !== null, f.after !== null), from: state(before)?.version ?? null, to: now?.version ?? null } : classify(state(before), now, earlier, (d) => state(d)?.version ?? null, lifecycleFor(model));
    known.last = now;
    const revertsHere = reverted ? earlier.find((e) => e.commit.startsWith(reverted))?.commit ?? null : null;
    const alias = known.alias;
    const event = {
      model,
      ...alias !== null ? { alias } : {},
      path: f.path,
      kind,
      from,
      to,
      commit: c.commit,
      date,
      time: c.time,
      author: c.author,
      pr,
      reverts: revertsHere,
      doc: after,
      content: f.after
    };
    known.name ??= model;
    earlier.push(event);
    return event;
  };
}
function parseState(path, content, limits) {
  try {
    return parseDocument2(path, content, limits);
  } catch {
    return null;
  }
}
function groupByPath(events) {
  const byPath = /* @__PURE__ */ new Map();
  for (const e of events) {
    const list = byPath.get(e.path) ?? [];
    list.push(e);
    byPath.set(e.path, list);
  }
  return byPath;
}

// src/git/notes.ts
import { execFile as execFile2, spawn as spawn3 } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
function git(dir, args) {
  return new Promise((resolve3) => {
    execFile2(
      "git",
      args,
      { cwd: dir, env: gitEnv(), maxBuffer: 64 << 20, encoding: "utf8" },
      (err, stdout, stderr) => resolve3({ ok: !err, stdout: String(stdout), stderr: String(stderr) })
    );
  });
}
function reason(run) {
  const lines = run.stderr.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("hint:"));
  return lines.slice(0, 3).join(" ").slice(0, 500) || "git gave no reason";
}
function catBlobs(dir, oids) {
  if (oids.length === 0) return Promise.resolve([]);
  return new Promise((resolve3) => {
    const child = spawn3("git", ["cat-file", "--batch"], { cwd: dir, env: gitEnv(), stdio: ["pipe", "pipe", "ignore"] });
    const chunks = [];
    child.stdout.on("data", (d) => chunks.push(d));
    child.on("error", () => resolve3(oids.map(() => "")));
    child.on("close", () => {
      const all = Buffer.concat(chunks);
      const out = [];
      let at = 0;
      for (let i = 0; i < oids.length; i++) {
        const eol = all.indexOf(10, at);
        if (eol < 0) break;
        const header = all.subarray(at, eol).toString("utf8").split(" ");
        at = eol + 1;
        if (header[1] === "missing" || header.length < 3) {
          out.push("");
          continue;
        }
        const size = Number(header[2]);
        out.push(all.subarray(at, at + Math.min(size, MAX_NOTE_BYTES + 1)).toString("utf8"));
        at += size + 1;
      }
      resolve3(out);
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(`${oids.join("\n")}
`);
  });
}
var AuditNotes = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  async hasOrigin() {
    return (await git(this.dir, ["remote", "get-url", "origin"])).ok;
  }
  /** Each annotated commit and its note's blob; empty without the ref. */
  async list() {
    const run = await git(this.dir, ["notes", `--ref=${NOTES_REF}`, "list"]);
    const out = /* @__PURE__ */ new Map();
    if (!run.ok) return out;
    for (const line of run.stdout.split("\n")) {
      const [blob, commit] = line.trim().split(/\s+/);
      if (blob && commit) out.set(commit, blob);
    }
    return out;
  }
  /** The notes of the given commits, as text: one git process lists the notes, one reads them all. */
  async read(commits) {
    const blobs = await this.list();
    const wanted = [...new Set(commits)].filter((c) => blobs.has(c));
    const texts = await catBlobs(
      this.dir,
      wanted.map((c) => blobs.get(c))
    );
    return new Map(wanted.map((c, i) => [c, texts[i] ?? ""]));
  }
  /** The note on a commit, or null. */
  async show(commit) {
    const run = await git(this.dir, ["notes", `--ref=${NOTES_REF}`, "show", commit]);
    return run.ok ? run.stdout : null;
  }
  /** Replaces the local notes ref with origin's, so notes written since are kept. False with why when origin has none or cannot be reached. */
  async fetch() {
    const run = await git(this.dir, ["fetch", "--no-tags", "--quiet", "origin", `+${NOTES_REF}:${NOTES_REF}`]);
    return { ok: run.ok, why: run.ok ? "" : reason(run) };
  }
  /** Adds a note with exactly this text (no whitespace clean-up), as modelgate's committer. */
  async add(commit, text) {
    const scratch = mkdtempSync(join2(tmpdir2(), "modelgate-note-"));
    try {
      const file = join2(scratch, "note.json");
      writeFileSync(file, text);
      const blob = await git(this.dir, ["hash-object", "-w", "--", file]);
      if (!blob.ok) return { ok: false, why: reason(blob) };
      const run = await git(this.dir, [
        "-c",
        "user.name=modelgate",
        "-c",
        "user.email=modelgate@users.noreply.github.com",
        "notes",
        `--ref=${NOTES_REF}`,
        "add",
        "-C",
        blob.stdout.trim(),
        commit
      ]);
      return { ok: run.ok, why: run.ok ? "" : reason(run) };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  /**
   * Pushes the notes ref to origin (never forced); `moved` when origin's ref moved on meanwhile:
   * since the fetch (rejected as non-fast-forward) or during the push itself (origin cannot lock the ref).
   */
  async push() {
    const run = await git(this.dir, ["push", "--quiet", "origin", `${NOTES_REF}:${NOTES_REF}`]);
    const text = `${run.stdout}
${run.stderr}`;
    return {
      ok: run.ok,
      moved: !run.ok && /non-fast-forward|fetch first|! \[rejected\]|cannot lock ref|failed to update ref/.test(text),
      why: run.ok ? "" : reason(run)
    };
  }
};

// src/bundled.ts
import { existsSync as existsSync3 } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname as dirname2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync3(join3(dir, "policies")) && existsSync3(join3(dir, "package.json"))) return dir;
    dir = dirname2(dir);
  }
  throw new Error("modelgate's policies/ folder was not found next to the program");
}
async function readPreset(name) {
  return readIfExists(join3(packageRoot(), "policies", `${name}.yaml`));
}
async function presetNames() {
  const files = await readdir(join3(packageRoot(), "policies"));
  return files.filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5)).sort();
}
async function readBundledSchema(name) {
  return readIfExists(join3(packageRoot(), "schemas", `${name}.schema.json`));
}
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

// src/core/engine.ts
async function check(given) {
  const input = { ...given, reader: listingOnce(given.reader) };
  const { reader, policy, base, head } = input;
  const changed = await reader.changedFiles(input.diffBase ?? base, head);
  const governed = governedFiles(
    policy,
    changed.map((c) => c.path)
  );
  const historyFor = (paths) => {
    const events = paths.length > 0 ? reader.log(base, { paths }).then((log) => historiesByPath(policy, log, input.limits)) : Promise.resolve(() => []);
    events.catch(() => {
    });
    return events;
  };
  const first = governed.slice(0, READ_BATCH).map((g) => g.path);
  const firstHistory = historyFor(first);
  const historyOfBatch = (paths) => paths.length === first.length && paths.every((p, i) => p === first[i]) ? firstHistory : historyFor(paths);
  const errors = [];
  if (governed.length === 0) errors.push(...await emptyGlobs(input, head));
  errors.push(...await layoutProblems(input, changed, governed));
  const others = changed.filter((c) => !governedFile(policy, c.path)).map((c) => c.path);
  const referencing = others.length > 0 ? await manifestsReferencing(input, others, new Set(governed.map((g) => g.path))) : /* @__PURE__ */ new Map();
  const subjects = [...governed, ...[...referencing.keys()].map((p) => governedFile(policy, p))];
  const pointers = /* @__PURE__ */ new Map();
  const servedAs = (model) => async (alias) => {
    let histories = pointers.get(alias);
    if (!histories) {
      histories = pointerHistories(input, base, alias);
      pointers.set(alias, histories);
    }
    return (await histories).get(model) ?? null;
  };
  const judgeErrors = [];
  const changes = [];
  const broken = [];
  const read = (paths) => {
    const history = historyOfBatch(paths);
    return Promise.all([reader.readFiles(head, paths), history.then(() => reader.readFiles(base, paths)), history]);
  };
  for await (const [items, [headFiles, baseFiles, served]] of inBatches(subjects, read)) {
    const batch = [];
    for (let k = 0; k < items.length; k++) {
      if (k > 0 && k % YIELD_EVERY === 0) await ioTurn();
      const g = items[k];
      const atHead = headFiles.get(g.path) ?? null;
      const atBase = baseFiles.get(g.path) ?? null;
      const events = served(g.path);
      const candidate = parseGoverned(atHead, input.limits, errors);
      const newest = events.at(-1);
      const active = newest?.doc && newest.doc.file === g.path && newest.content && atBase?.kind === "file" && sameBytes(newest.content, atBase.content) ? { doc: newest.doc, failed: false } : parseGoverned(atBase, input.limits, errors);
      if (candidate.failed || active.failed) {
        broken.push(unreadable(g, candidate.doc, active.doc, { candidate: atHead !== null, active: atBase !== null }));
      } else {
        const subject = subjectOf(policy, g, candidate.doc, active.doc, events, referencing.get(g.path), servedAs, errors);
        if (subject) batch.push(judgeChange(input, subject, head, judgeErrors));
      }
    }
    changes.push(...await Promise.all(batch));
  }
  errors.push(...judgeErrors);
  return reportOf(input, base, [...changes, ...broken], errors);
}
function eventsOf(g, model, events) {
  const wanted = foldPath(model);
  let holder = null;
  const out = [];
  for (const e of events) {
    if (e.doc) {
      const name = modelName(g, e.doc);
      holder = name === null ? null : foldPath(name);
    }
    if (holder === wanted) out.push(e);
  }
  return out.length === events.length ? events : out;
}
function subjectOf(policy, g, candidate, activeDoc, events, files, servedAs, errors) {
  const identity = identityOf(g, activeDoc, candidate, errors);
  if (identity === null) return null;
  const own = activeDoc === null && candidate !== null && namedByField(g.rule) ? eventsOf(g, identity.model, events) : events;
  const state = (doc) => doc ? { doc, version: versionOf(g, doc) } : null;
  const c = classify(state(activeDoc), state(candidate), own, (d) => versionOf(g, d), lifecycleOf(gatesFor(policy, identity.model)));
  if (c.same && !files) return null;
  const alias = aliasOf(g);
  return {
    g,
    model: identity.model,
    candidate,
    against: c.against,
    change: {
      model: identity.model,
      ...alias !== null ? { alias } : {},
      path: g.path,
      kind: c.kind,
      from: c.from,
      to: c.to,
      ...c.same && files ? { files } : {}
    },
    history: async () => own,
    servedAs: servedAs(identity.model),
    snapshot: false,
    reused: c.reused,
    ...identity.renamed ? { renamed: identity.renamed } : {}
  };
}
var READ_BATCH = 256;
async function* inBatches(governed, read, ahead = 3) {
  const pending = [];
  let next = 0;
  const ask = () => {
    while (pending.length < ahead && next < governed.length) {
      const items = governed.slice(next, next + READ_BATCH);
      const batch = read(items.map((g) => g.path));
      batch.catch(() => {
      });
      pending.push([items, batch]);
      next += READ_BATCH;
    }
  };
  ask();
  while (pending.length > 0) {
    const [items, batch] = pending.shift();
    const data = await batch;
    ask();
    yield [items, data];
  }
}
var YIELD_EVERY = 8;
function ioTurn() {
  return new Promise((resolve3) => setImmediate(resolve3));
}
function listingOnce(reader) {
  const listings = /* @__PURE__ */ new Map();
  return {
    changedFiles: (base, head) => reader.changedFiles(base, head),
    readFiles: (commit, paths) => reader.readFiles(commit, paths),
    digestFiles: (commit, paths) => reader.digestFiles(commit, paths),
    log: (commit, spec) => reader.log(commit, spec),
    addsAndDeletes: (commit, globs) => reader.addsAndDeletes(commit, globs),
    listFiles(commit) {
      let listing = listings.get(commit);
      if (!listing) {
        listing = reader.listFiles(commit);
        listings.set(commit, listing);
      }
      return listing;
    }
  };
}
function reportOf(input, base, changes, errors) {
  changes.sort((a, b) => a.model.localeCompare(b.model) || a.path.localeCompare(b.path));
  const configuration = errors.some((e) => e.kind === "configuration");
  return {
    schema_version: 1,
    tool: { name: "modelgate", version: input.version },
    result: configuration ? "error" : errors.length > 0 || changes.some((c) => c.result === "fail") ? "fail" : "pass",
    base,
    head: input.head,
    policy: { path: input.policyRef.path, ref: input.policyRef.ref, files: input.policy.files },
    changes,
    errors: errors.map(({ kind: _, ...problem }) => problem),
    summary: summarize(changes)
  };
}
function unreadable(g, candidate, active, exists) {
  const doc = active ?? candidate;
  const model = modelName(g, doc) ?? g.path;
  const alias = aliasOf(g);
  return {
    model,
    ...alias !== null ? { alias } : {},
    path: g.path,
    kind: unreadableKind(exists.active, exists.candidate),
    from: active ? versionOf(g, active) : null,
    to: candidate ? versionOf(g, candidate) : null,
    result: "fail",
    gates: []
  };
}
function parseGoverned(file, limits, errors) {
  if (!file) return { doc: null, failed: false };
  if (file.kind !== "file") {
    errors.push({
      file: file.path,
      message: `a governed manifest must be a regular file, this is a ${file.kind}`,
      hint: "commit the manifest itself, not a link to it"
    });
    return { doc: null, failed: true };
  }
  try {
    return { doc: parseDocument2(file.path, file.content, limits ?? DEFAULT_LIMITS), failed: false };
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    errors.push(...err.problems);
    return { doc: null, failed: true };
  }
}
function identityOf(g, active, candidate, errors) {
  const model = modelName(g, active ?? candidate);
  if (model === null) {
    const doc = active ?? candidate;
    errors.push({
      kind: "configuration",
      file: doc.file,
      ...doc.locate([]),
      message: `the policy names models by "${g.rule.model}", which ${doc.file} does not have`,
      hint: `add "${g.rule.model}" to the manifest, or name models by the path ("{1}" for the glob's first wildcard)`
    });
    return null;
  }
  const written = active && candidate ? modelName(g, candidate) : model;
  return written !== model ? { model, renamed: written ?? "" } : { model };
}
async function pointerHistories(input, base, alias) {
  const at = governedFiles(input.policy, await input.reader.listFiles(base)).filter((g) => aliasOf(g) === alias);
  const out = /* @__PURE__ */ new Map();
  if (at.length === 0) return out;
  const log = await input.reader.log(base, { paths: at.map((g) => g.path) });
  for (const [, list] of groupByPath(historyOf(input.policy, log, input.limits))) {
    const model = list[list.length - 1].model;
    if (!out.has(model)) out.set(model, list);
  }
  return out;
}
async function manifestsReferencing(input, changedFiles, already) {
  const { reader, policy, head } = input;
  const all = governedFiles(policy, await reader.listFiles(head)).filter((g) => !already.has(g.path));
  if (all.length === 0) return /* @__PURE__ */ new Map();
  const wanted = new Set(changedFiles);
  const docs = await reader.readFiles(
    head,
    all.map((g) => g.path)
  );
  const out = /* @__PURE__ */ new Map();
  for (const g of all) {
    const file = docs.get(g.path);
    if (file?.kind !== "file") continue;
    let doc;
    try {
      doc = parseDocument2(g.path, file.content, input.limits ?? DEFAULT_LIMITS);
    } catch {
      continue;
    }
    const hits = /* @__PURE__ */ new Set();
    forEachString(doc.value, (s) => {
      const safe = safeRepoPath(s, g.path);
      if ("path" in safe && wanted.has(safe.path)) hits.add(safe.path);
    });
    const model = modelName(g, doc) ?? g.path;
    for (const gate of gatesFor(policy, model, doc.value)) {
      if (gate.type !== "file_hash" || !Array.isArray(gate.files)) continue;
      for (const f of changedFiles) if (gate.files.some((glob) => globMatch(glob, f))) hits.add(f);
    }
    if (hits.size > 0) out.set(g.path, [...hits].sort());
  }
  return out;
}
function forEachString(value, visit4) {
  if (typeof value === "string") visit4(value);
  else if (Array.isArray(value)) for (const v of value) forEachString(v, visit4);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) forEachString(v, visit4);
}
async function layoutProblems(input, changed, governed) {
  const { policy } = input;
  const problems = [];
  for (const c of changed) {
    if (c.status === "deleted" || governedFile(policy, c.path)) continue;
    if (c.symlink && mayHoldGoverned(policy, c.path)) {
      problems.push({
        file: c.path,
        message: `${c.path} is a symbolic link where governed manifests live: the manifests it serves would pass no gate`,
        hint: "commit the model's folder and manifest themselves, not a link to them"
      });
    } else if (c.submodule && mayHoldGoverned(policy, c.path)) {
      problems.push({
        file: c.path,
        message: `${c.path} is a submodule where governed manifests live: the manifests it serves are another repository's, and pass no gate`,
        hint: "commit the model's folder and manifest themselves, not a submodule"
      });
    } else if (governedWhenFolded(policy, c.path)) {
      problems.push({
        file: c.path,
        message: `${c.path} differs from the governed layout only in case or Unicode form: on macOS and Windows it is a governed manifest no gate saw`,
        hint: "write the path exactly as the policy's manifests glob does"
      });
    }
  }
  const addedPaths = new Set(changed.flatMap((c) => c.status === "added" ? [c.path] : []));
  const added = governed.filter((g) => addedPaths.has(g.path));
  if (added.length === 0) return problems;
  const all = governedFiles(policy, await input.reader.listFiles(input.head));
  const byFold = /* @__PURE__ */ new Map();
  for (const o of all) pushTo(byFold, foldPath(o.path), o.path);
  for (const g of added) {
    const twin = byFold.get(foldPath(g.path))?.find((p) => p !== g.path);
    if (twin !== void 0) {
      problems.push({
        file: g.path,
        message: `${g.path} and ${twin} differ only in case or Unicode form: one file on macOS and Windows, two models here`,
        hint: `change ${twin} instead, or give the new model a distinct name`
      });
    }
  }
  problems.push(...await takenModels(input, added, all, changed));
  return problems;
}
async function takenModels(input, added, atHead, changed) {
  const head = await heldModels(input, input.head, atHead);
  const own = new Map(head.map((h) => [h.g.path, h]));
  const stale = input.diffBase !== void 0 && input.diffBase !== input.base;
  const kept = stale ? /* @__PURE__ */ new Set([...changed.map((c) => c.path), ...await input.reader.listFiles(input.base)]) : null;
  const byKey = /* @__PURE__ */ new Map();
  for (const h of head) if (!kept || kept.has(h.g.path)) pushTo(byKey, h.key, h);
  let base;
  const problems = [];
  const unheld = [];
  for (const g of added) {
    const mine = own.get(g.path);
    if (mine === void 0) continue;
    const clash = (o) => o.g.path !== g.path;
    const alias = aliasOf(g);
    const twins = byKey.get(mine.key)?.filter(clash);
    if (twins?.length) {
      problems.push({
        file: g.path,
        message: `${g.path} names a model that ${twins.map((o) => o.g.path).join(", ")} already names${otherForm(mine, twins)}: one model, one manifest${alias !== null ? ` per alias (${alias})` : ""}`,
        hint: "give the new model its own name"
      });
      continue;
    }
    if (!base) {
      base = /* @__PURE__ */ new Map();
      const listed = !stale ? governedFiles(
        input.policy,
        changed.flatMap((c) => c.status === "added" ? [] : [c.path])
      ) : governedFiles(input.policy, await input.reader.listFiles(input.base));
      for (const h of await heldModels(input, input.base, listed)) pushTo(base, h.key, h);
    }
    const served = base.get(mine.key)?.filter(clash);
    if (served?.length) {
      const paths = served.map((o) => o.g.path);
      problems.push({
        file: g.path,
        message: `${g.path} names model ${mine.name}${alias !== null ? ` (alias ${alias})` : ""}, which serves at ${paths.join(", ")} on the base${otherForm(mine, served)}: a model keeps its manifest's path (at a new path it would be judged as new, without the gates that compare it with what serves)`,
        hint: `change ${paths.join(" or ")} instead`
      });
    } else unheld.push(mine);
  }
  if (unheld.length > 0) problems.push(...await servedBefore(input, unheld));
  return problems;
}
async function servedBefore(input, unheld) {
  const { policy, reader } = input;
  const turns = await reader.addsAndDeletes(
    input.base,
    policy.manifests.map((r) => r.glob)
  );
  const seen = /* @__PURE__ */ new Set();
  const present = /* @__PURE__ */ new Set();
  for (const t of turns) {
    if (!seen.has(t.path) && !t.deleted) present.add(t.path);
    seen.add(t.path);
  }
  const gone = turns.flatMap((t) => {
    const g = t.deleted ? governedFile(policy, t.path) : null;
    return g ? [{ g, t }] : [];
  });
  const byBefore = /* @__PURE__ */ new Map();
  for (const { g, t } of gone) if (namedByField(g.rule) && t.before !== null) pushTo(byBefore, t.before, g);
  const contents = /* @__PURE__ */ new Map();
  const at = (commit, path) => `${commit}\0${path}`;
  await Promise.all(
    [...byBefore].map(async ([commit, list]) => {
      const files = await reader.readFiles(
        commit,
        list.map((g) => g.path)
      );
      for (const [path, file] of files) contents.set(at(commit, path), file);
    })
  );
  const newest = /* @__PURE__ */ new Map();
  for (const { g, t } of gone) {
    const held = heldBy(input, g, contents.get(at(t.before, g.path)));
    if (held && !newest.has(held.key)) newest.set(held.key, { ...held, t });
  }
  const problems = [];
  for (const mine of unheld) {
    const before = newest.get(mine.key);
    if (!before || before.g.path === mine.g.path) continue;
    const alias = aliasOf(mine.g);
    const where2 = placeOf({ commit: before.t.commit.commit, pr: prNumber(before.t.commit.subject), time: before.t.commit.time });
    problems.push({
      file: mine.g.path,
      message: `${mine.g.path} names model ${mine.name}${alias !== null ? ` (alias ${alias})` : ""}, which served at ${before.g.path}${otherForm(mine, [before])} until it was deleted on the base branch (${where2}): a model keeps its manifest's path (at a new path it would be judged as new, without its history)`,
      hint: present.has(before.g.path) ? `${before.g.path} holds another model since: give this model a name of its own` : `add it at ${before.g.path}, where it is judged against its last served state; a different model takes a name of its own`
    });
  }
  return problems;
}
async function heldModels(input, commit, governed) {
  const read = governed.filter((g) => namedByField(g.rule));
  const files = read.length > 0 ? await input.reader.readFiles(
    commit,
    read.map((g) => g.path)
  ) : /* @__PURE__ */ new Map();
  const out = [];
  for (const g of governed) {
    const held = heldBy(input, g, files.get(g.path));
    if (held) out.push(held);
  }
  return out;
}
function heldBy(input, g, file) {
  let name;
  if (!namedByField(g.rule)) name = modelName(g, null);
  else {
    if (file?.kind !== "file") return null;
    try {
      name = modelName(g, parseDocument2(g.path, file.content, input.limits ?? DEFAULT_LIMITS));
    } catch {
      return null;
    }
  }
  return name === null ? null : { g, name, key: `${foldPath(name)}\0${foldPath(aliasOf(g) ?? "")}` };
}
function otherForm(mine, others) {
  const other = others.find((o) => o.name !== mine.name);
  return other ? ` (as ${other.name}, the same name but for case or Unicode form)` : "";
}
function pushTo(map2, key, value) {
  const list = map2.get(key);
  if (list) list.push(value);
  else map2.set(key, [value]);
}
async function emptyGlobs(input, commit) {
  const all = await input.reader.listFiles(commit);
  const problems = [];
  input.policy.manifests.forEach((rule, i) => {
    if (all.some((p) => globMatch(rule.glob, p))) return;
    const name = rule.glob.split("/").pop() ?? "";
    const sameName = /[*?[{]/.test(name) ? [] : all.filter((p) => p.split("/").pop() === name);
    if (sameName.length === 0) return;
    const suggestion = suggestGlob(rule.glob, sameName[0]);
    problems.push({
      kind: "configuration",
      ...input.policy.manifestsWhere?.[i] ?? { file: input.policyRef.path },
      message: `manifests glob "${rule.glob}" matches no file at ${commit.slice(0, 12)}, so the policy governs nothing; ${sameName.length === 1 ? `${sameName[0]} has` : `${sameName.length} files have`} the name it looks for`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `write a glob that matches ${sameName[0]}`
    });
  });
  return problems;
}
function suggestGlob(glob, example) {
  const want = glob.split("/");
  const have = example.split("/");
  if (want.length !== have.length) return null;
  const out = want.map((part, i) => /[*?[]/.test(part) ? part : have[i]);
  const suggestion = out.join("/");
  return suggestion !== glob && globMatch(suggestion, example) ? suggestion : null;
}
async function judgeChange(input, s, head, errors) {
  const selector = (s.against ?? s.candidate)?.value;
  const gates = applying(gatesFor(input.policy, s.model, selector), s.change.kind);
  const readFiles = (paths) => input.reader.readFiles(head, paths);
  const digestFiles = (paths) => input.reader.digestFiles(head, paths);
  const listFiles = () => input.reader.listFiles(head);
  const readPolicyFile = async (path) => (await input.reader.readFiles(input.policyRef.ref, [path])).get(path) ?? null;
  const pending = gates.map((gate) => {
    const ctx = {
      gate,
      options: gate,
      change: s.change,
      candidate: s.candidate,
      active: s.against,
      now: input.now,
      pr: input.pr,
      readFiles,
      digestFiles,
      listFiles,
      history: s.history,
      snapshot: s.snapshot,
      servedAs: s.servedAs,
      schema: input.schema,
      readPolicyFile,
      ...input.attestations ? { attestations: input.attestations } : {}
    };
    return runGate(gate, ctx, s.snapshot);
  });
  const outcomes = pending.some((o) => o instanceof Promise) ? await Promise.all(pending) : pending;
  const all = [];
  if (s.reused) all.push(versionReused(s));
  if (s.renamed !== void 0) all.push(renamedInPlace(s));
  all.push(...selectorChanged(input.policy, s));
  for (let i = 0; i < gates.length; i++) {
    const mistakes = policyMistakes(input.policy, gates[i], outcomes[i], s);
    if (mistakes.length > 0) errors.push(...mistakes);
    all.push(judge(input.policy, gates[i], s.model, outcomes[i], input.now, "override" in input ? input.override : void 0));
  }
  return { ...s.change, result: all.some((r) => r.status === "fail") ? "fail" : "pass", gates: all };
}
function applying(gates, kind) {
  let byKind = applyingTo.get(gates);
  if (!byKind) {
    byKind = /* @__PURE__ */ new Map();
    applyingTo.set(gates, byKind);
  }
  let list = byKind.get(kind);
  if (!list) {
    list = gates.filter((g) => g.on.includes(kind));
    byKind.set(kind, list);
  }
  return list;
}
var applyingTo = /* @__PURE__ */ new WeakMap();
var NEED_REASON = {
  candidate: (c) => c.candidate ? null : `no candidate manifest: the change is a ${c.change.kind}`,
  active: (c, snapshot) => snapshot ? SNAPSHOT : c.active ? null : "no active manifest to compare with: the model is new",
  change: (_, snapshot) => snapshot ? SNAPSHOT : null,
  history: (_, snapshot) => snapshot ? SNAPSHOT : null,
  pr: (c) => c.pr ? null : "no pull request: approvals are read by the GitHub Action"
};
var SNAPSHOT = "judges a change between two commits; validate looks at one commit";
function runGate(gate, ctx, snapshot) {
  const type = GATE_TYPES.get(gate.type);
  if (!type) throw new ModelgateError({ file: "policy", message: `unknown gate type "${gate.type}"` });
  for (const need of type.needs) {
    const reason2 = NEED_REASON[need](ctx, snapshot);
    if (reason2) return { status: "skip", message: reason2, findings: [] };
  }
  return gate.when === void 0 ? type.evaluate(ctx) : runWhen(gate.when, type, ctx);
}
async function runWhen(when, type, ctx) {
  const { evaluateCel } = await import("./chunks/cel-5MGL4MQA.js");
  const result = evaluateCel(when, celBindings(ctx));
  if ("error" in result)
    return { status: "fail", message: `when could not be evaluated: ${result.error}`, findings: [{ message: result.error, file: ctx.change.path }] };
  if (result.value !== true) {
    if (typeof result.value !== "boolean") return { status: "fail", message: `when must be a bool, it returned ${typeof result.value}`, findings: [] };
    return { status: "skip", message: `not applicable: ${when} is false`, findings: [] };
  }
  return type.evaluate(ctx);
}
var NO_PROBLEMS = Object.freeze([]);
function policyMistakes(policy, gate, outcome2, s) {
  if (gate.type === "required" || !s.candidate || outcome2.findings.length === 0) return NO_PROBLEMS;
  const out = [];
  for (const f of outcome2.findings) {
    if (!f.missing || !f.path || f.file !== s.candidate.file) continue;
    if (s.against && s.against !== s.candidate && matchPath(s.against.value, f.path).length > 0) continue;
    let pattern;
    try {
      pattern = parsePath(f.path);
    } catch {
      continue;
    }
    const near = nearestPattern(s.candidate.value, pattern);
    if (!near) continue;
    const field = Object.entries(gate).find(([, v]) => v === f.path || Array.isArray(v) && v.includes(f.path))?.[0] ?? "";
    const where2 = policy.where?.get(gate.id);
    const at = where2?.get(field) ?? where2?.get("") ?? { file: policy.files[policy.files.length - 1] ?? "policy" };
    out.push({
      kind: "configuration",
      ...at,
      message: `gate "${gate.id}": ${field || "path"} ${f.path} matches nothing in ${s.candidate.file}`,
      hint: `did you mean ${formatPattern(near)}?`
    });
  }
  return out;
}
function judge(policy, gate, model, outcome2, now, override) {
  const { findings, findings_total } = boundFindings(outcome2.findings);
  const report = {
    id: gate.id,
    type: gate.type,
    severity: gate.severity,
    status: outcome2.status,
    message: outcome2.status === "fail" && gate.message !== void 0 ? gate.message : outcome2.message,
    findings: findings.length === 0 ? findings : findings.map(({ missing: _, ...f }) => f)
  };
  if (findings_total !== void 0) report.findings_total = findings_total;
  if (gate.description) report.description = gate.description;
  if (outcome2.status !== "fail") return report;
  const waiver = waiverFor(policy, gate.id, model, now);
  if (waiver.active) {
    report.status = "overridden";
    report.override = { by: "waiver", reason: waiver.active.reason, expires: waiver.active.expires };
  } else if (gate.severity === "warning") {
    report.status = "warn";
  } else if (override) {
    report.status = "overridden";
    report.override = { by: "label", reason: override.reason, actor: override.actor };
  }
  if (!waiver.active && waiver.expired) report.message += ` (a waiver expired on ${waiver.expired.expires})`;
  return report;
}
function versionReused(s) {
  const e = s.reused;
  const doc = s.candidate;
  const segments = parsePath(s.g.rule.version).filter((x) => x !== WILDCARD);
  return {
    id: "version-identity",
    type: "version",
    severity: "error",
    status: "fail",
    message: `version ${s.change.to} served earlier with other content (${e.commit.slice(0, 7)}, ${e.date.slice(0, 10)}): a version names one content; give this content a new version`,
    findings: [{ path: s.g.rule.version, observed: s.change.to, file: doc.file, ...doc.locate(segments), message: `${s.change.to} is taken` }]
  };
}
function selectorChanged(policy, s) {
  if (!s.against || !s.candidate || s.against === s.candidate || s.change.kind === "rollback") return [];
  const candidate = s.candidate;
  const against = s.against;
  return selectorPaths(policy).flatMap(({ path, segments }) => {
    const was = valueAt(against.value, segments);
    const now = valueAt(candidate.value, segments);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    const show2 = (v) => v === void 0 ? "nothing" : JSON.stringify(v);
    return [
      {
        id: "policy-match",
        type: "selector",
        severity: "error",
        status: "fail",
        message: `${path} changes from ${show2(was)} to ${show2(now)} in place: the policy's models: entries select gates by ${path}, so this change is judged by the rules for ${show2(was)}, and may not switch them; a model of another ${path} is a new model in its own manifest`,
        findings: [
          {
            path,
            observed: now ?? null,
            active: was ?? null,
            file: candidate.file,
            ...now === void 0 ? candidate.locatePattern(path) : candidate.locate(segments)
          }
        ]
      }
    ];
  });
}
function renamedInPlace(s) {
  const doc = s.candidate;
  return {
    id: "model-identity",
    type: "identity",
    severity: "error",
    status: "fail",
    message: `the manifest renames model ${s.model} to ${JSON.stringify(s.renamed)} in place: retire ${s.model} and add the new model in its own manifest`,
    findings: [{ path: s.g.rule.model, observed: s.renamed, file: doc.file, ...doc.locatePattern(s.g.rule.model) }]
  };
}

// src/core/schemas.ts
import { posix as posix3 } from "node:path";
var REPO_BASE = "https://repo.modelgate.invalid/";
function schemaCompiler(files) {
  let compiler;
  let check2;
  const getAjv = () => compiler ??= import("./chunks/ajv-UH75ZJM7.js").then((m) => {
    check2 = m.checkSchema;
    return m.createAjv({ strict: false });
  });
  const compiled2 = /* @__PURE__ */ new Map();
  const ready = /* @__PURE__ */ new Map();
  const loaded = /* @__PURE__ */ new Set();
  async function load2(ref, from) {
    const key = ref.startsWith(PRESET_PREFIX) ? `${REPO_BASE}modelgate/${ref.slice(PRESET_PREFIX.length)}` : REPO_BASE + ref;
    if (loaded.has(key)) return key;
    loaded.add(key);
    let text;
    if (ref.startsWith(PRESET_PREFIX)) {
      const name = ref.slice(PRESET_PREFIX.length);
      text = /^[a-z0-9-]+$/.test(name) ? await files.readBundled(name) : null;
    } else {
      const refused = schemaRefError(ref);
      if (refused) throw new ModelgateError({ file: from ?? ref, message: `schema ${refused}` });
      try {
        text = await files.readRepoFile(posix3.normalize(ref));
      } catch (err) {
        if (err instanceof ModelgateError) throw err;
        throw new ModelgateError({ file: from ?? ref, message: `schema ${ref} cannot be read at the policy's commit: ${err.message.trim()}` });
      }
    }
    if (text === null) {
      throw new ModelgateError({
        file: from ?? ref,
        message: `schema ${ref} does not exist${ref.startsWith(PRESET_PREFIX) ? " among modelgate's schemas" : " at the policy's commit"}`
      });
    }
    const doc = parseDocument2(ref, text);
    if (doc.value === null || typeof doc.value !== "object")
      throw new ModelgateError({ file: ref, line: 1, column: 1, message: "a JSON Schema must be an object" });
    const schema5 = { ...doc.value, $id: key };
    if (!ref.startsWith(PRESET_PREFIX)) {
      for (const target of externalRefs(schema5)) {
        const path = posix3.normalize(posix3.join(posix3.dirname(ref), target));
        if (path.startsWith("../") || path.startsWith("/")) throw new ModelgateError({ file: ref, message: `$ref "${target}" points outside the repository` });
        await load2(path, ref);
      }
    }
    const ajv = await getAjv();
    const invalid2 = check2?.(schema5) ?? [];
    if (invalid2.length > 0) throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${invalid2.join("; ")}` });
    try {
      ajv.addSchema(schema5, key);
    } catch (err) {
      throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${err.message}` });
    }
    return key;
  }
  const source = (ref) => {
    let v = compiled2.get(ref);
    if (v) return v;
    const bundled = ref.startsWith(PRESET_PREFIX) ? presetValidators[ref.slice(PRESET_PREFIX.length)] : void 0;
    v = bundled ? bundled().then((fn) => (value) => fn(value) ? [] : schemaErrors(fn.errors, value)) : compile(ref);
    compiled2.set(ref, v);
    v.then(
      (validator) => ready.set(ref, validator),
      () => {
      }
    );
    return v;
  };
  async function compile(ref) {
    const key = await load2(ref, null);
    const ajv = await getAjv();
    let validate2;
    try {
      validate2 = ajv.getSchema(key);
    } catch (err) {
      throw new ModelgateError({ file: ref, message: `invalid JSON Schema: ${err.message}` });
    }
    return (value) => validate2(value) ? [] : schemaErrors(validate2.errors, value);
  }
  return Object.assign(source, { ready: (ref) => ready.get(ref) });
}
function externalRefs(node, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(node)) for (const item of node) externalRefs(item, out);
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && !v.startsWith("#") && !/^[a-z][a-z0-9+.-]*:/i.test(v)) out.add(v.split("#")[0]);
      else externalRefs(v, out);
    }
  }
  return out;
}

// src/git/worktree.ts
import { closeSync, constants as constants2, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync } from "node:fs";
import { join as join4 } from "node:path";
var WORKTREE = "(working tree)";
var WorkingTree = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  async changedFiles(base, head) {
    if (head !== WORKTREE) return this.repo.changedFiles(base, head);
    const [diff, untracked] = await Promise.all([
      this.repo.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, "--"]),
      this.repo.raw(["ls-files", "-z", "--others", "--exclude-standard"])
    ]);
    const out = [];
    const tokens = diff.split("\0");
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const [, newMode, , , status] = tokens[i].slice(1).split(" ");
      out.push({
        path: tokens[i + 1],
        status: status === "A" ? "added" : status === "D" ? "deleted" : "modified",
        ...newMode === "120000" ? { symlink: true } : newMode === "160000" ? { submodule: true } : {}
      });
    }
    for (const path of untracked.split("\0").filter(Boolean)) {
      out.push({ path, status: "added", ...this.kindOf(path) === "symlink" ? { symlink: true } : {} });
    }
    return out;
  }
  async listFiles(commit) {
    if (commit !== WORKTREE) return this.repo.listFiles(commit);
    const [listed, deleted] = await Promise.all([
      this.repo.raw(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]),
      this.repo.raw(["ls-files", "-z", "--deleted"])
    ]);
    const gone = new Set(deleted.split("\0"));
    return [...new Set(listed.split("\0").filter((p) => p && !gone.has(p)))];
  }
  async readFiles(commit, paths) {
    if (commit !== WORKTREE) return this.repo.readFiles(commit, paths);
    return new Map(paths.map((p) => [p, this.read(p)]));
  }
  async digestFiles(commit, paths) {
    if (commit !== WORKTREE) return this.repo.digestFiles(commit, paths);
    const files = paths.map((p) => [p, this.read(p)]);
    const pointers = files.flatMap(([p, f]) => f?.kind === "file" && lfsPointerOid(f.content) ? [p] : []);
    const lfs = /* @__PURE__ */ new Set();
    if (pointers.length > 0) {
      const out = (await this.repo.raw(["check-attr", "-z", "filter", "--", ...pointers])).split("\0");
      for (let i = 0; i + 2 < out.length; i += 3) if (out[i + 2] === "lfs") lfs.add(out[i]);
    }
    return new Map(files.map(([p, f]) => [p, f ? digestOf2(f, lfs.has(p)) : null]));
  }
  log(commit, spec) {
    return this.repo.log(commit, spec);
  }
  addsAndDeletes(commit, globs) {
    return this.repo.addsAndDeletes(commit, globs);
  }
  /**
   * A file on disk as git would store it; a link anywhere on the way is reported as a link,
   * never followed, and only a regular file is ever opened (a FIFO or a device is not a file
   * git stores). A path that is not there is null; one that is there but cannot be read stops
   * the run with an error naming it, never read as absent (a manifest that cannot be read must
   * not look deleted, which would pass a change as a retirement).
   */
  read(path) {
    const full = join4(this.repo.dir, path);
    const kind = this.kindOf(path);
    if (kind === null) return null;
    if (kind === "symlink") return { path, kind, content: Buffer.from(linkText(full)) };
    if (kind === "directory") return { path, kind, content: new Uint8Array() };
    let fd;
    try {
      fd = openSync(full, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0) | (constants2.O_NONBLOCK ?? 0));
    } catch (err) {
      const code2 = err.code;
      if (code2 === "ELOOP") return { path, kind: "symlink", content: Buffer.from(linkText(full)) };
      if (code2 === "ENOENT" || code2 === "ENOTDIR") return null;
      throw unreadable2(path, err);
    }
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { path, kind: "directory", content: new Uint8Array() };
      if (!stat.isFile()) return null;
      return { path, kind: "file", content: readOpen(fd, stat.size) };
    } catch (err) {
      throw unreadable2(path, err);
    } finally {
      closeSync(fd);
    }
  }
  kindOf(path) {
    const cut2 = path.lastIndexOf("/");
    const parent = cut2 < 0 ? "directory" : this.folderKind(path.slice(0, cut2));
    if (parent !== "directory") return parent;
    const stat = this.lstat(path);
    if (!stat) return null;
    return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : null;
  }
  /**
   * What a folder on the way to a file is: a directory, a link (not followed), or nothing
   * usable. Read from its parent's listing where the parent can be listed, one readdir per
   * parent (10,000 model folders under models/ cost one system call, not 10,000 lstat calls);
   * by lstat where it cannot, or where the listing does not have the name as git spells it (a
   * file system that folds case or Unicode form).
   */
  folderKind(folder) {
    const known = this.folders.get(folder);
    if (known !== void 0) return known;
    const cut2 = folder.lastIndexOf("/");
    const parent = cut2 < 0 ? "" : folder.slice(0, cut2);
    let kind = parent === "" ? "directory" : this.folderKind(parent);
    if (kind === "directory") {
      const entry = this.listing(parent)?.get(folder.slice(cut2 + 1));
      if (entry && (entry.isSymbolicLink() || entry.isDirectory())) kind = entry.isSymbolicLink() ? "symlink" : "directory";
      else {
        const stat = this.lstat(folder);
        kind = !stat ? null : stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "directory" : null;
      }
    }
    this.folders.set(folder, kind);
    return kind;
  }
  /** A folder's entries by name, or undefined when it cannot be listed (Node.js asks lstat where the file system does not say an entry's type). */
  listing(folder) {
    if (!this.listings.has(folder)) {
      let entries;
      try {
        entries = new Map(readdirSync(join4(this.repo.dir, folder), { withFileTypes: true }).map((d) => [d.name, d]));
      } catch {
        entries = void 0;
      }
      this.listings.set(folder, entries);
    }
    return this.listings.get(folder);
  }
  /** lstat of a path in the work tree: null where nothing is; an error naming the path where something is that cannot be looked at. */
  lstat(path) {
    try {
      return lstatSync(join4(this.repo.dir, path), { throwIfNoEntry: false }) ?? null;
    } catch (err) {
      if (err.code === "ENOTDIR") return null;
      throw unreadable2(path, err);
    }
  }
  folders = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
};
function unreadable2(path, err) {
  const code2 = err.code ?? "";
  return new ModelgateError({
    file: path,
    message: `${path} is in the working tree but cannot be read${code2 === "EACCES" || code2 === "EPERM" ? ": permission denied" : code2 ? ` (${code2})` : ""}`,
    hint: "give your user read access to the file and the folders above it, or name a commit to judge instead (--head, --ref)"
  });
}
function readOpen(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, buffer, done, size - done, null);
    if (n === 0) break;
    done += n;
  }
  return done < size ? buffer.subarray(0, done) : buffer;
}
function linkText(full) {
  try {
    return readlinkSync(full);
  } catch {
    return "";
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/runner.ts
async function runCheck(settings) {
  const baseRef = settings.base ?? await defaultBase(settings.cwd);
  const {
    repo,
    shas: [headCommit, base]
  } = await GitRepo.openAt(settings.cwd, [
    [settings.head ?? "HEAD", "head"],
    [baseRef, "base"]
  ]);
  repo.warmUp();
  const reader = settings.head === void 0 ? new WorkingTree(repo) : repo;
  const head = settings.head === void 0 ? WORKTREE : headCommit;
  try {
    const policyCommit = settings.policyRef === "head" ? head : base;
    const policyPath = settings.policy ?? DEFAULT_POLICY_PATH;
    const fork = repo.mergeBase(base, headCommit).then((sha) => sha ?? base);
    const changed = fork.then((from) => reader.changedFiles(from, head));
    changed.catch(() => {
    });
    const source = policySource(reader, policyCommit);
    if (settings.policyRef !== "head" && await source.readRepoFile(policyPath) === null) {
      return await adoption(reader, head, base, policyPath, await changed);
    }
    const [diffBase, policy] = await Promise.all([fork, loadPolicy(source, policyPath)]);
    const facts = settings.pullRequest ? await settings.pullRequest(policy) : settings.previewOverride ? previewOverride(policy, policyPath, settings.previewOverride) : void 0;
    const notes = [...facts?.notes ?? []];
    const policyErrors = [];
    if (settings.policyRef !== "head") {
      const paths = new Set((await changed).map((c) => c.path));
      const touched = [policyPath, ...policy.files].filter((f, i, all) => paths.has(f) && all.indexOf(f) === i);
      if (touched.length > 0) {
        notes.unshift(`This change edits the policy (${touched.join(", ")}). The base commit's policy decides here; the edit takes effect once merged.`);
        policyErrors.push(...await policyProblems(reader, head, policyPath));
      }
    }
    const report = await check({
      reader,
      policy,
      policyRef: { path: policyPath, ref: policyCommit },
      base,
      diffBase,
      head,
      now: settings.now ?? /* @__PURE__ */ new Date(),
      version: VERSION,
      schema: schemaCompiler({ readRepoFile: (p) => readRepoFile(reader, policyCommit, p), readBundled: readBundledSchema }),
      pr: facts?.pr,
      override: facts?.override,
      attestations: settings.attestations
    });
    if (policyErrors.length > 0) {
      report.errors.push(...policyErrors);
      if (report.result === "pass") report.result = "fail";
    }
    if (head === WORKTREE) notes.push("Judged the working tree, uncommitted edits included; --head names a commit to judge instead.");
    if (notes.length > 0) report.notes = notes;
    return report;
  } finally {
    repo.close();
  }
}
function previewOverride(policy, policyPath, given) {
  const rule = policy.override;
  if (!rule?.label) {
    throw new ModelgateError({
      file: policyPath,
      message: "the policy has no override block, so no force-promote can be previewed",
      hint: "add override: { label: modelgate/force-promote, actors: [LOGIN], require_reason: true } to the policy"
    });
  }
  const login = given.actor.replace(/^@/, "");
  const listed = rule.actors.some((a) => a.toLowerCase() === login.toLowerCase());
  if (!listed) {
    const teams = rule.actors.filter((a) => a.includes("/"));
    return {
      notes: [
        `Override preview: ${login} is not listed in override.actors (${rule.actors.join(", ") || "none"})${teams.length ? `; team members are resolved by the action, which asks GitHub` : ""}: the override would not be honoured.`
      ]
    };
  }
  if (rule.require_reason && !given.reason?.trim()) {
    return {
      notes: ['Override preview: the policy requires a reason (an "Override-Reason:" line in the pull request body); give one with --override-reason.']
    };
  }
  return {
    override: { actor: login, reason: given.reason?.trim() || "(no reason given)" },
    notes: [
      `Override preview: as if ${login} applied ${rule.label}${given.reason ? ` with the reason "${given.reason.trim()}"` : ""}. On GitHub the action honours it only when the label is applied by a listed actor on the pull request's head.`
    ]
  };
}
async function policyProblems(repo, head, policyPath) {
  try {
    await loadPolicy(policySource(repo, head), policyPath);
    return [];
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return err.problems.map((p) => ({ ...p, message: `the policy as this change leaves it: ${p.message}` }));
  }
}
async function adoption(repo, head, base, policyPath, changed) {
  const policyRef = { path: policyPath, ref: head, files: [policyPath] };
  if (!changed.some((c) => c.path === policyPath)) {
    throw new ModelgateError({
      file: policyPath,
      message: `policy file ${policyPath} does not exist at the base commit ${base.slice(0, 12)}`,
      hint: "create it with `modelgate init` and merge it first, or name another with --policy"
    });
  }
  const problems = await policyProblems(repo, head, policyPath);
  const report = errorReport(VERSION, head, base, policyRef, problems);
  report.result = problems.length > 0 ? "fail" : "pass";
  report.notes = [
    problems.length > 0 ? `This change adds the policy ${policyPath}, and it does not load: fix it before merging.` : `This change adds the policy ${policyPath}, and it loads. Governance starts when it merges: manifests are judged from the next change on.`
  ];
  return report;
}
function policySource(repo, commit) {
  return { readRepoFile: (p) => readRepoFile(repo, commit, p), readPreset, presetNames };
}
async function readRepoFile(repo, commit, path) {
  const file = (await repo.readFiles(commit, [path])).get(path);
  if (!file) return null;
  if (file.kind !== "file") throw new ModelgateError({ file: path, message: `${path} is a ${file.kind}; policy and schema files must be regular files` });
  return file.content;
}
async function defaultBase(cwd) {
  const repo = await GitRepo.open(cwd);
  try {
    for (const candidate of ["origin/HEAD", "origin/main", "main", "origin/master", "master"]) {
      try {
        await repo.resolve(candidate);
        return candidate;
      } catch {
      }
    }
  } finally {
    repo.close();
  }
  throw new ModelgateError({
    file: "--base",
    message: "no base given and none of origin/HEAD, main or master exists",
    hint: "name the base branch: modelgate check --base <branch>"
  });
}

// src/registry.ts
async function policyAt(repo, commit, path = DEFAULT_POLICY_PATH) {
  const source = policySource(repo, commit);
  if (await source.readRepoFile(path) === null) return { files: [], manifests: DEFAULT_MANIFESTS, gates: [], models: [], waivers: [] };
  return loadPolicy(source, path);
}
async function readHistory(settings) {
  return (await historyWithPolicy(settings)).events;
}
async function historyWithPolicy(settings) {
  const commit = /^[0-9a-f]{40}$/.test(settings.ref) ? settings.ref : await settings.repo.resolve(settings.ref, "ref");
  const policy = await policyAt(settings.repo, commit, settings.policy);
  const docs = documents();
  const log = await settings.repo.log(commit, { globs: policy.manifests.map((m) => m.glob) }, (path, content) => {
    if (governedFile(policy, path)) docs(path, content);
  });
  return { events: historyOf(policy, log, void 0, docs), policy };
}
function historyJson(events, audit) {
  return events.map((e) => ({
    model: e.model,
    ...e.alias !== void 0 ? { alias: e.alias } : {},
    path: e.path,
    kind: e.kind,
    from: e.from,
    to: e.to,
    commit: e.commit,
    date: e.date,
    author: e.author,
    pr: e.pr,
    reverts: e.reverts,
    ...audit ? { audit: audit(e) } : {}
  }));
}

// src/render/annotations.ts
var ANNOTATION_CAP = 10;
function annotations(report) {
  const all = [];
  for (const e of report.errors) all.push({ level: "error", title: "modelgate: error", message: e.message, file: e.file, line: e.line, column: e.column });
  for (const c of report.changes) {
    for (const g of c.gates) {
      if (g.status !== "fail" && g.status !== "warn") continue;
      const level = g.status === "fail" ? "error" : "warning";
      for (const f of g.findings) {
        all.push({
          level,
          title: `modelgate ${g.id} (${modelLabel(c)})`,
          message: f.message ?? g.message,
          file: f.file ?? c.path,
          line: f.line,
          column: f.column
        });
      }
    }
  }
  for (const a of all) {
    a.message = a.message.split("\n").map(escapeTerminal).join("\n");
    a.title = escapeTerminal(a.title);
  }
  const shown = [];
  const count = { error: 0, warning: 0 };
  for (const a of all) {
    if (count[a.level] < ANNOTATION_CAP) {
      count[a.level]++;
      shown.push(a);
    }
  }
  return { shown, hidden: all.length - shown.length };
}

// src/render/json.ts
function renderJson(value, indent = true) {
  return `${indent ? JSON.stringify(value, null, 2) : JSON.stringify(value)}
`;
}
var PIECE = 1 << 16;

// src/render/registry.ts
function auditLine(audit) {
  if (!audit) return null;
  if (audit.status === "unreadable") return `audit: unreadable note, not trusted: ${audit.problem}`;
  const parts = [`verdict ${audit.result}`, audit.approvals.length ? `approved by ${audit.approvals.join(", ")}` : "no approvals recorded"];
  if (audit.override) parts.push(`overridden by ${audit.override.actor} (${JSON.stringify(audit.override.reason)})`);
  for (const w of audit.waivers) parts.push(`waived ${w.gate} (${JSON.stringify(w.reason)}${w.expires ? `, expires ${w.expires}` : ""})`);
  return `audit: ${parts.join("; ")}`;
}

// src/action/audit.ts
var PERMISSION_HINT = "the job needs permissions: contents: write and a checkout that keeps its credentials (actions/checkout's default persist-credentials: true); or set audit-notes: false";
async function recordAudit(s, io, client, repo, events, now) {
  const outcome2 = { records: [], written: [], kept: [], pushed: false };
  const notes = new AuditNotes(repo.dir);
  if (!await notes.hasOrigin()) {
    io.warning("modelgate: the audit notes were not written: this checkout has no origin remote to push refs/notes/modelgate to.");
    return outcome2;
  }
  const commits = [...new Set(events.map((e) => e.commit))];
  const records = [];
  for (const commit of commits) {
    try {
      const note = await judgeMerge(s, io, client, repo, commit, events.find((e) => e.commit === commit)?.pr ?? null, now);
      const check2 = note ? readAuditNote(noteText(note), commit) : null;
      if (check2 && "problem" in check2) io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${check2.problem}`);
      else if (note) records.push(note);
    } catch (err) {
      if (!(err instanceof GitHubError) && !(err instanceof ModelgateError)) throw err;
      io.warning(`modelgate: no audit note for ${commit.slice(0, 7)}: ${err.message}`);
    }
  }
  outcome2.records = records;
  if (records.length === 0) return outcome2;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const fetched = await notes.fetch();
    if (attempt === 2 && !fetched.ok) {
      io.warning(
        `modelgate: origin's refs/notes/modelgate moved during the push and could not be fetched again (${fetched.why}); re-run the job to write the audit notes.`
      );
      return outcome2;
    }
    outcome2.written = [];
    outcome2.kept = [];
    for (const note of records) {
      const existing = await notes.show(note.commit);
      if (existing !== null) {
        const read = readAuditNote(existing, note.commit);
        if ("note" in read) io.info(`modelgate: ${note.commit.slice(0, 7)} already has an audit note (written ${read.note.written_at}); it is kept.`);
        else
          io.warning(
            `modelgate: ${note.commit.slice(0, 7)} already has a note in refs/notes/modelgate that is not a valid audit note (${read.problem}); it is left in place and no audit note was written for this commit.`
          );
        outcome2.kept.push(note.commit);
        continue;
      }
      const added = await notes.add(note.commit, noteText(note));
      if (!added.ok) {
        io.warning(`modelgate: the audit note for ${note.commit.slice(0, 7)} could not be written: ${added.why}`);
        continue;
      }
      outcome2.written.push(note.commit);
    }
    if (outcome2.written.length === 0) return outcome2;
    const pushed = await notes.push();
    if (pushed.ok) {
      outcome2.pushed = true;
      io.info(
        `modelgate: audit note${outcome2.written.length === 1 ? "" : "s"} pushed to origin's refs/notes/modelgate for ${outcome2.written.map((c) => c.slice(0, 7)).join(", ")}`
      );
      return outcome2;
    }
    if (!pushed.moved || attempt === 2) {
      io.warning(
        `modelgate: the audit note${outcome2.written.length === 1 ? "" : "s"} for ${outcome2.written.map((c) => c.slice(0, 7)).join(", ")} could not be pushed to origin's refs/notes/modelgate (${pushed.why}): ${pushed.moved ? "the notes ref kept moving; re-run the job" : PERMISSION_HINT}. The merge itself is unaffected.`
      );
      return outcome2;
    }
    io.info("modelgate: origin's refs/notes/modelgate moved during the push; fetching it and writing the notes again.");
  }
  return outcome2;
}
async function judgeMerge(s, io, client, repo, commit, numberInMessage, now) {
  const [base] = await repo.resolveAll([[`${commit}^1`, "the merge's first parent"]]).catch(() => [null]);
  if (!base) {
    io.info(`modelgate: ${commit.slice(0, 7)} is a root commit: there is no base to judge it against, so no audit note.`);
    return null;
  }
  const pr = await mergedPullRequest(client, commit, numberInMessage);
  let approvals2 = [];
  let override = null;
  let reviewsRead = false;
  const policyPath = s.policy ?? DEFAULT_POLICY_PATH;
  const report = await runCheck({
    cwd: repo.dir,
    base,
    head: commit,
    policy: s.policy,
    now,
    // As the pull request's check reads them: only `attestation` gates that name no bundle file.
    attestations: (sha256) => client.attestations(sha256),
    pullRequest: pr ? async (policy) => {
      const record = await ownRecord(s, client, pr.number);
      const verified = await readPullRequest(client, policy, {
        number: pr.number,
        author: pr.author,
        labels: pr.labels,
        body: pr.body,
        head: pr.head,
        record
      });
      if (verified.pr.notCounted) {
        reviewsRead = true;
        approvals2 = verified.pr.approvals;
      }
      if (verified.override) override = { label: policy.override?.label ?? "", actor: verified.override.actor, reason: verified.override.reason };
      return verified;
    } : void 0
  }).catch((err) => {
    if (!(err instanceof ModelgateError)) throw err;
    return errorReport(VERSION, commit, base, { path: policyPath, ref: base, files: [] }, err.problems);
  });
  if (pr && !reviewsRead) approvals2 = (await client.reviews(pr.number)).filter((r) => r.state === "APPROVED" && r.commit === pr.head).map((r) => r.login);
  return auditNote(report, {
    commit,
    base,
    pullRequest: pr ? { number: pr.number, author: pr.author, head: pr.head } : null,
    approvals: approvals2,
    override,
    now
  });
}
async function mergedPullRequest(client, commit, numberInMessage) {
  const listed = await client.pullsOfCommit(commit);
  const number = listed.find((p) => p.merged && p.mergeCommit === commit)?.number ?? numberInMessage;
  if (number === null) return null;
  try {
    const pr = await client.pullRequest(number);
    return pr.merged && pr.mergeCommit === commit ? pr : null;
  } catch (err) {
    if (err instanceof GitHubError && err.status === 404) return null;
    throw err;
  }
}
async function ownRecord(s, client, pr) {
  const identity = s.commentAuthor ?? await client.ownLogin();
  const mine = ownComments(await client.listComments(pr), identity);
  return mine[0] ? readOverrideRecord(mine[0].body) : null;
}

// src/action/run.ts
async function runAction(s, io, now = /* @__PURE__ */ new Date(), signal) {
  const client = new GitHubClient({ token: s.token, apiUrl: s.apiUrl, owner: s.owner, repo: s.repo, timeoutMs: s.timeoutMs, log: io.info, signal });
  try {
    if (s.push) await reportPush(s, io, client, now);
    else await checkChange(s, io, client, now);
  } finally {
    io.info(`modelgate made ${client.calls} GitHub API call${client.calls === 1 ? "" : "s"}`);
  }
}
async function judgedRange(s, io) {
  const repo = await GitRepo.open(s.cwd);
  try {
    const pr = s.pr;
    if (pr?.merge) {
      if (!await repo.hasCommit(pr.merge)) await repo.fetch([`+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]).catch(() => {
      });
      if (!await repo.hasCommit(pr.merge)) await repo.fetch([pr.merge]).catch(() => {
      });
      const merge3 = pr.merge;
      const parentsOf2 = async () => await repo.hasCommit(merge3) ? await repo.resolveAll([
        [`${merge3}^1`, "the merge's base"],
        [`${merge3}^2`, "the merge's head"]
      ]).catch(() => null) : null;
      let parents = await parentsOf2();
      if (!parents && await repo.isShallow()) {
        await repo.fetch(["--deepen=1", `+refs/pull/${pr.number}/merge:refs/modelgate/pull/${pr.number}/merge`]);
        parents = await parentsOf2();
      }
      if (parents && parents[1] === pr.head) {
        await ensureCommits(repo, parents[0], pr.merge, io.info, pr.number);
        return { base: parents[0], head: pr.merge, what: `the merge of head ${pr.head.slice(0, 7)} into base ${parents[0].slice(0, 7)}` };
      }
    }
    const range2 = pr ?? s.mergeGroup;
    if (!range2) throw new Error("no base and head in the event");
    await ensureCommits(repo, range2.base, range2.head, io.info, pr?.number);
    const note = pr ? `GitHub's merge commit for this pull request is not available (a conflict, or not computed yet): the head ${pr.head.slice(0, 7)} is judged against the base, and what merging produces may differ.` : void 0;
    return { base: range2.base, head: range2.head, note };
  } finally {
    repo.close();
  }
}
async function checkChange(s, io, client, now) {
  const range2 = s.pr ?? s.mergeGroup;
  if (!range2) throw new Error("no base and head in the event");
  const pr = s.pr;
  const own = pr && (s.comment !== "never" || pr.labels.length > 0) ? await readOwnComment(s, io, client, pr.number) : void 0;
  let report;
  let judged2 = { base: range2.base, head: range2.head };
  let record;
  try {
    judged2 = await judgedRange(s, io);
    report = await runCheck({
      cwd: s.cwd,
      base: judged2.base,
      head: judged2.head,
      policy: s.policy,
      policyRef: s.policyRef,
      now,
      // Read only by `attestation` gates that name no bundle file.
      attestations: (sha256) => client.attestations(sha256),
      pullRequest: pr ? async (policy) => {
        const verified = await readPullRequest(client, policy, {
          number: pr.number,
          author: pr.author,
          labels: pr.labels,
          body: pr.body,
          head: pr.head,
          trigger: { action: pr.action, label: pr.label },
          record: own?.record
        });
        record = verified.record;
        return verified;
      } : void 0
    });
    if (judged2.note) report.notes = [judged2.note, ...report.notes ?? []];
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    report = errorReport(VERSION, judged2.head, judged2.base, { path: s.policy ?? DEFAULT_POLICY_PATH, ref: judged2.base, files: [] }, err.problems);
  }
  writeFileSync2(s.reportPath, renderJson(report));
  io.setOutput("result", report.result);
  io.setOutput(
    "changes",
    JSON.stringify(report.changes.map((c) => ({ model: c.model, path: c.path, kind: c.kind, from: c.from, to: c.to, result: c.result })))
  );
  io.setOutput("report-path", s.reportPath);
  const { shown, hidden } = annotations(report);
  for (const a of shown) io.annotate(a);
  for (const p of report.result === "error" ? report.errors : []) io.annotate(problemAnnotation(p));
  const overflow = hidden > 0 ? `
${hidden} more finding${hidden === 1 ? " is" : "s are"} in this report but not annotated: GitHub shows at most 10 errors and 10 warnings a step.
` : "";
  await io.summary(renderSummary(report, { extra: overflow, judged: judged2.what }));
  if (pr && s.comment !== "never" && own) await comment(s, io, client, report, { ...own, judged: judged2.what, honoured: record });
  const warned = report.summary.warned > 0;
  if (s.failOn === "never") return;
  if (report.result === "error")
    io.setFailed(`modelgate could not run: ${report.errors.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column}` : ""}: ${e.message}`).join("; ")}`);
  else if (report.result === "fail")
    io.setFailed(
      `modelgate: ${report.summary.failed} gate${report.summary.failed === 1 ? "" : "s"} failed${report.errors.length ? `, ${report.errors.length} file(s) unreadable` : ""}`
    );
  else if (s.failOn === "warning" && warned)
    io.setFailed(`modelgate: ${report.summary.warned} gate warning${report.summary.warned === 1 ? "" : "s"} (fail-on: warning)`);
}
async function readOwnComment(s, io, client, pr) {
  try {
    const identity = s.commentAuthor ?? await client.ownLogin();
    const comments = await client.listComments(pr);
    const mine = ownComments(comments, identity);
    return { identity, comments, record: mine[0] ? readOverrideRecord(mine[0].body) : null };
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    io.warning(`The pull request's comments could not be read (${err.message}); the verdict stands, the report is in the job summary.`);
    return { identity: null, record: null };
  }
}
async function comment(s, io, client, report, o) {
  const pr = s.pr;
  const create = s.comment === "always" || report.changes.length > 0 || report.errors.length > 0;
  const body = renderComment(report, { summaryUrl: s.runUrl, prHead: pr.head, judged: o.judged, override: o.honoured });
  try {
    const current = await client.currentHead(pr.number);
    if (current !== pr.head) {
      io.info(
        `The pull request's head is now ${current.slice(0, 7)}; this run judged ${pr.head.slice(0, 7)}, so the comment is left to the run for the newer head.`
      );
      return;
    }
    const done = await upsertComment(client, pr.number, body, o.identity, create, o.comments);
    if (done.action !== "none") io.info(`results comment ${done.action}${done.id ? ` (${done.id})` : ""}${done.author ? ` by ${done.author}` : ""}`);
  } catch (err) {
    if (!(err instanceof GitHubError)) throw err;
    if (err.status === 403 || err.status === 404) {
      io.warning(
        "The results comment could not be written: the token is read-only here (as for pull requests from forks). The verdict stands; the report is in the job summary."
      );
    } else if (err.status === 422) {
      io.warning(`GitHub refused the results comment (${err.message}); the report is in the job summary.`);
    } else {
      io.warning(`The results comment could not be written (${err.message}); the report is in the job summary.`);
    }
  }
}
function problemAnnotation(p) {
  return {
    level: "error",
    title: "modelgate: configuration",
    message: p.message + (p.hint ? ` (${p.hint})` : ""),
    file: p.file,
    line: p.line,
    column: p.column
  };
}
async function reportPush(s, io, client, now) {
  const push = s.push;
  const empty = () => {
    io.setOutput("result", "pass");
    io.setOutput("changes", "[]");
  };
  if (push.ref !== `refs/heads/${push.defaultBranch}` || /^0+$/.test(push.after)) {
    io.info(`push to ${push.ref}: modelgate reports only pushes to the default branch (${push.defaultBranch})`);
    return empty();
  }
  const repo = await GitRepo.open(s.cwd);
  try {
    const before = /^0+$/.test(push.before) ? null : push.before;
    if (before) await ensureCommits(repo, before, push.after, io.info);
    const range2 = await repo.firstParentRange(before, push.after);
    const events = (await readHistory({ repo, ref: push.after, policy: s.policy })).filter((e) => range2.has(e.commit));
    const changes = historyJson(events);
    writeFileSync2(s.reportPath, `${JSON.stringify(changes, null, 2)}
`);
    io.setOutput("result", "pass");
    io.setOutput("changes", JSON.stringify(changes));
    io.setOutput("report-path", s.reportPath);
    const audit = s.auditNotes && events.length > 0 ? await recordAudit(s, io, client, repo, events, now) : null;
    const recorded = (e) => {
      const note = audit?.records.find((n) => n.commit === e.commit);
      const line = note ? auditLine(eventAudit(noteText(note), e.commit, e.path)) : null;
      return line ? `<br>${escapeMarkdown(line, 1e3)}` : "";
    };
    const lines = events.map((e) => `- ${escapeMarkdown(changeVerb(e))}${e.pr ? ` (#${e.pr})` : ""}, commit \`${e.commit.slice(0, 7)}\`${recorded(e)}`);
    const pushedLine = audit?.pushed ? `
Audit note${audit.written.length === 1 ? "" : "s"} pushed to \`refs/notes/modelgate\` for ${audit.written.map((c) => `\`${c.slice(0, 7)}\``).join(", ")}.
` : audit && audit.written.length === 0 && audit.kept.length > 0 ? "\nThe audit notes in `refs/notes/modelgate` were already there; they are kept.\n" : audit ? "\nNo audit note was pushed to `refs/notes/modelgate` (see the warnings above).\n" : "";
    await io.summary(
      `### modelgate: ${events.length ? `${events.length} model change${events.length === 1 ? "" : "s"} merged` : "no governed manifest changed"}

${lines.join("\n")}
${pushedLine}`
    );
  } finally {
    repo.close();
  }
}

// src/action/settings.ts
import { readFileSync } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { isAbsolute, join as join5, resolve as resolve2 } from "node:path";
function choice(name, value, allowed2, fallback) {
  if (value === "") return fallback;
  if (allowed2.includes(value)) return value;
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be one of ${allowed2.join(", ")}, not "${value}"`,
    hint: "fix the with: block of the workflow step"
  });
}
function seconds(name, value, fallback) {
  if (value === "") return fallback;
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
  throw new ModelgateError({
    file: `input ${name}`,
    message: `must be a whole number of seconds, not "${value}"`,
    hint: "fix the with: block of the workflow step"
  });
}
function readSettings(input, env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const supported = ["pull_request", "pull_request_target", "pull_request_review", "merge_group", "push"];
  if (!supported.includes(event)) {
    throw new ModelgateError({
      file: "workflow",
      message: `modelgate runs on ${supported.join(", ")}, not on ${event || "an unknown event"}`,
      hint: "change the workflow's on: block"
    });
  }
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch (err) {
    throw new ModelgateError({
      file: env.GITHUB_EVENT_PATH || "GITHUB_EVENT_PATH",
      message: `the event payload cannot be read: ${err.message.split("\n")[0]}`,
      hint: "the action runs in GitHub Actions, which provides the event; on another CI system use the command line (modelgate check)"
    });
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = input("working-directory") || ".";
  const token = input("token");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const settings = {
    cwd: isAbsolute(dir) ? dir : resolve2(workspace, dir),
    event,
    token,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    owner,
    repo,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    policy: input("policy") || void 0,
    policyRef: choice("policy-ref", input("policy-ref"), ["base", "head"], "base"),
    comment: choice("comment", input("comment"), ["on-change", "always", "never"], "on-change"),
    failOn: choice("fail-on", input("fail-on"), ["error", "warning", "never"], "error"),
    reportPath: join5(env.RUNNER_TEMP ?? tmpdir3(), "modelgate-report.json"),
    timeoutMs: Number(env.MODELGATE_GITHUB_TIMEOUT_MS) > 0 ? Number(env.MODELGATE_GITHUB_TIMEOUT_MS) : 3e4,
    runTimeoutMs: seconds("timeout-seconds", input("timeout-seconds"), 300) * 1e3,
    commentAuthor: input("comment-author") || void 0,
    auditNotes: choice("audit-notes", input("audit-notes"), ["true", "false"], "true") === "true"
  };
  if (event === "pull_request" || event === "pull_request_target" || event === "pull_request_review") {
    const pr = payload.pull_request;
    const merge3 = event === "pull_request_target" ? pr.merge_commit_sha : env.GITHUB_SHA;
    settings.pr = {
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      author: pr.user?.login ?? "",
      labels: (pr.labels ?? []).map((l) => l.name),
      body: pr.body ?? "",
      merge: typeof merge3 === "string" && /^[0-9a-f]{40,64}$/.test(merge3) && merge3 !== pr.head.sha ? merge3 : void 0,
      action: String(payload.action ?? ""),
      label: event === "pull_request" || event === "pull_request_target" ? payload.label?.name : void 0
    };
  } else if (event === "merge_group") {
    settings.mergeGroup = { base: payload.merge_group.base_sha, head: payload.merge_group.head_sha };
  } else {
    settings.push = { before: payload.before, after: payload.after, ref: payload.ref, defaultBranch: payload.repository?.default_branch ?? "main" };
  }
  return settings;
}

// src/action/index.ts
async function main() {
  const settings = readSettings((name) => getInput(name), process.env);
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    deadline.abort();
    setFailed(
      `modelgate did not finish within ${settings.runTimeoutMs / 1e3} s (input timeout-seconds): GitHub or git did not answer in time. Nothing more was written; re-run the job.`
    );
    process.exit(1);
  }, settings.runTimeoutMs);
  try {
    await runAction(
      settings,
      {
        setOutput: (name, value) => setOutput(name, value),
        summary: async (markdown) => {
          await summary.addRaw(markdown).write();
        },
        annotate: (a) => {
          const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
          if (a.level === "error") error(a.message, props);
          else warning(a.message, props);
        },
        info: (m) => info(m),
        warning: (m) => warning(m),
        setFailed: (m) => setFailed(m)
      },
      /* @__PURE__ */ new Date(),
      deadline.signal
    );
  } finally {
    clearTimeout(timer);
  }
}
main().catch((err) => {
  if (err instanceof ModelgateError) setFailed(err.message);
  else setFailed(`modelgate: internal error: ${err?.stack ?? String(err)}`);
}).finally(() => process.exit());
//# sourceMappingURL=index.js.map
