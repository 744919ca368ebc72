#!/usr/bin/env node

import {
  require_equal
} from "./chunk-E44YDRMO.js";
import {
  formats
} from "./chunk-S5W6PXCU.js";
import {
  __toESM
} from "./chunk-Y5ALHOIO.js";

// src/generated/gate-transition.mjs
var __dep1ns = __toESM(require_equal(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate68;
var gate_transition_default = validate68;
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/policy/gate-transition.schema.json", "description": "the stage at path moves along an allowed edge (edges), or one step forward (order), or back along a demote edge; nothing leaves a terminal stage, also by rollback; retire_from names the stages a manifest may be deleted from", "type": "object", "required": ["id", "type", "path"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "description": "unique and stable; shown in every report" }, "severity": { "enum": ["error", "warning"], "description": "warning: a failure gives `warn` and does not fail the check" }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["new", "promotion", "rollback", "retire", "update", "demotion"] }, "description": "change kinds the gate applies to" }, "description": { "type": "string" }, "message": { "type": "string", "description": "shown instead of the computed message when the gate fails" }, "when": { "type": "string", "format": "modelgate-cel", "description": "a CEL condition over candidate, active, change and pr; the gate is skipped when it is false" }, "type": { "const": "transition" }, "path": { "type": "string", "format": "modelgate-path", "description": "a path into the manifest" }, "edges": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } }, "description": "{ from: [to, \u2026] }" }, "order": { "type": "array", "minItems": 2, "items": { "type": "string" }, "description": "stages in order; a move goes one step forward" }, "initial": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "stages a new model, or a new version, starts in" }, "demote": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } }, "description": "moves back the policy allows, { from: [to, \u2026] }: a change that only makes them is a demotion" }, "terminal": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "stages a model no longer serves in and never leaves, also by rollback (only a new version starts again)" }, "retire_from": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "stages from which the manifest may be deleted (a retire)" } }, "additionalProperties": false, "allOf": [{ "oneOf": [{ "required": ["edges"] }, { "required": ["order"] }] }] };
var func8 = Object.prototype.hasOwnProperty;
var func0 = __dep1.default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var formats2 = formats["modelgate-cel"];
var formats0 = formats["modelgate-path"];
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = false;
  let passing0 = null;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.edges === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/0/oneOf/0/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0) {
    valid1 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.order === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "order" }, message: "must have required property 'order'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid1) {
    valid1 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid1 = true;
      passing0 = 1;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema33.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning")) {
        const err9 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema33.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.on !== void 0) {
      let data2 = data.on;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err10 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "new" || data3 === "promotion" || data3 === "rollback" || data3 === "retire" || data3 === "update" || data3 === "demotion")) {
            const err11 = { instancePath: instancePath + "/on/" + i0, schemaPath: "#/properties/on/items/enum", keyword: "enum", params: { allowedValues: schema33.properties.on.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
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
                const err12 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err15 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data6 = data.when;
      if (typeof data6 === "string") {
        if (!formats2.validate(data6)) {
          const err16 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/format", keyword: "format", params: { format: "modelgate-cel" }, message: 'must match format "modelgate-cel"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("transition" !== data.type) {
        const err18 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "transition" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data8 = data.path;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err19 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.edges !== void 0) {
      let data9 = data.edges;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          let data10 = data9[key1];
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i2 = 0; i2 < len1; i2++) {
              if (typeof data10[i2] !== "string") {
                const err21 = { instancePath: instancePath + "/edges/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/edges/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/edges/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/edges/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/edges", schemaPath: "#/properties/edges/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.order !== void 0) {
      let data12 = data.order;
      if (Array.isArray(data12)) {
        if (data12.length < 2) {
          const err24 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len2 = data12.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (typeof data12[i3] !== "string") {
            const err25 = { instancePath: instancePath + "/order/" + i3, schemaPath: "#/properties/order/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.initial !== void 0) {
      let data14 = data.initial;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err27 = { instancePath: instancePath + "/initial", schemaPath: "#/properties/initial/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len3 = data14.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (typeof data14[i4] !== "string") {
            const err28 = { instancePath: instancePath + "/initial/" + i4, schemaPath: "#/properties/initial/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/initial", schemaPath: "#/properties/initial/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.demote !== void 0) {
      let data16 = data.demote;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          let data17 = data16[key2];
          if (Array.isArray(data17)) {
            const len4 = data17.length;
            for (let i5 = 0; i5 < len4; i5++) {
              if (typeof data17[i5] !== "string") {
                const err30 = { instancePath: instancePath + "/demote/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i5, schemaPath: "#/properties/demote/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/demote/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/demote/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/demote", schemaPath: "#/properties/demote/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.terminal !== void 0) {
      let data19 = data.terminal;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err33 = { instancePath: instancePath + "/terminal", schemaPath: "#/properties/terminal/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        const len5 = data19.length;
        for (let i6 = 0; i6 < len5; i6++) {
          if (typeof data19[i6] !== "string") {
            const err34 = { instancePath: instancePath + "/terminal/" + i6, schemaPath: "#/properties/terminal/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/terminal", schemaPath: "#/properties/terminal/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.retire_from !== void 0) {
      let data21 = data.retire_from;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err36 = { instancePath: instancePath + "/retire_from", schemaPath: "#/properties/retire_from/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        const len6 = data21.length;
        for (let i7 = 0; i7 < len6; i7++) {
          if (typeof data21[i7] !== "string") {
            const err37 = { instancePath: instancePath + "/retire_from/" + i7, schemaPath: "#/properties/retire_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/retire_from", schemaPath: "#/properties/retire_from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  gate_transition_default as default,
  validate
};
//# sourceMappingURL=gate-transition-62LKV6LI.js.map
