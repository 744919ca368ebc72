#!/usr/bin/env node
import { createRequire as __modelgateRequire } from 'node:module'; const require = __modelgateRequire(import.meta.url);
import {
  formats
} from "./chunk-UB7JDQXO.js";
import "./chunk-Y5ALHOIO.js";

// src/generated/preset-history.mjs
var validate = validate87;
var preset_history_default = validate87;
var schema47 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/modelgate/modelgate/schemas/history.schema.json", "title": "modelgate history --format json", "description": "Every change of the governed manifests on the branch's first-parent history, oldest first.", "type": "array", "items": { "type": "object", "required": ["model", "path", "kind", "from", "to", "commit", "date", "author", "pr", "reverts"], "additionalProperties": false, "properties": { "model": { "type": "string" }, "alias": { "type": "string", "description": "the pointer (production, shadow \u2026) when the policy's manifests name one" }, "path": { "type": "string" }, "kind": { "enum": ["new", "promotion", "rollback", "retire", "update"] }, "from": { "type": ["string", "null"] }, "to": { "type": ["string", "null"] }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$" }, "date": { "type": "string", "format": "date-time", "description": "when the commit reached the branch (committer time)" }, "author": { "type": "string" }, "pr": { "type": ["integer", "null"], "description": "from a merge commit's or squash commit's subject" }, "reverts": { "type": ["string", "null"], "description": "the commit this one reverts, when its message says so: information only" } } } };
var func8 = Object.prototype.hasOwnProperty;
var pattern33 = new RegExp("^[0-9a-f]{40}$", "u");
var formats116 = formats["date-time"];
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.model === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.path === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.kind === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.from === void 0) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.to === void 0) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.commit === void 0) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.date === void 0) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.author === void 0) {
          const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.pr === void 0) {
          const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "pr" }, message: "must have required property 'pr'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.reverts === void 0) {
          const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "reverts" }, message: "must have required property 'reverts'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func8.call(schema47.items.properties, key0)) {
            const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.model !== void 0) {
          if (typeof data0.model !== "string") {
            const err11 = { instancePath: instancePath + "/" + i0 + "/model", schemaPath: "#/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.alias !== void 0) {
          if (typeof data0.alias !== "string") {
            const err12 = { instancePath: instancePath + "/" + i0 + "/alias", schemaPath: "#/items/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          if (typeof data0.path !== "string") {
            const err13 = { instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.kind !== void 0) {
          let data4 = data0.kind;
          if (!(data4 === "new" || data4 === "promotion" || data4 === "rollback" || data4 === "retire" || data4 === "update")) {
            const err14 = { instancePath: instancePath + "/" + i0 + "/kind", schemaPath: "#/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema47.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.from !== void 0) {
          let data5 = data0.from;
          if (typeof data5 !== "string" && data5 !== null) {
            const err15 = { instancePath: instancePath + "/" + i0 + "/from", schemaPath: "#/items/properties/from/type", keyword: "type", params: { type: schema47.items.properties.from.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.to !== void 0) {
          let data6 = data0.to;
          if (typeof data6 !== "string" && data6 !== null) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/to", schemaPath: "#/items/properties/to/type", keyword: "type", params: { type: schema47.items.properties.to.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.commit !== void 0) {
          let data7 = data0.commit;
          if (typeof data7 === "string") {
            if (!pattern33.test(data7)) {
              const err17 = { instancePath: instancePath + "/" + i0 + "/commit", schemaPath: "#/items/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/" + i0 + "/commit", schemaPath: "#/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.date !== void 0) {
          let data8 = data0.date;
          if (typeof data8 === "string") {
            if (!formats116.validate(data8)) {
              const err19 = { instancePath: instancePath + "/" + i0 + "/date", schemaPath: "#/items/properties/date/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/" + i0 + "/date", schemaPath: "#/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.author !== void 0) {
          if (typeof data0.author !== "string") {
            const err21 = { instancePath: instancePath + "/" + i0 + "/author", schemaPath: "#/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.pr !== void 0) {
          let data10 = data0.pr;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
            const err22 = { instancePath: instancePath + "/" + i0 + "/pr", schemaPath: "#/items/properties/pr/type", keyword: "type", params: { type: schema47.items.properties.pr.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.reverts !== void 0) {
          let data11 = data0.reverts;
          if (typeof data11 !== "string" && data11 !== null) {
            const err23 = { instancePath: instancePath + "/" + i0 + "/reverts", schemaPath: "#/items/properties/reverts/type", keyword: "type", params: { type: schema47.items.properties.reverts.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
export {
  preset_history_default as default,
  validate
};
//# sourceMappingURL=preset-history-MXAJXMDX.js.map
