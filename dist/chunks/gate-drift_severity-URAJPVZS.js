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

// src/generated/gate-drift_severity.mjs
var __dep1ns = __toESM(require_equal(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate76;
var gate_drift_severity_default = validate76;
var schema41 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/policy/gate-drift_severity.schema.json", "description": "one drift level for the whole report, NORMAL / MODERATE / SEVERE: each feature's level is its worst metric (PSI and KS D from bins, mean shift |\u03BCc \u2212 \u03BCr| / \u03C3r and variance shift max(\u03C3c\xB2/\u03C3r\xB2, \u03C3r\xB2/\u03C3c\xB2) from {mean, std}), each above `moderate` or `severe`; the worst feature decides; fails at `fail_at` (default SEVERE), warns at `warn_at`", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "description": "unique and stable; shown in every report" }, "severity": { "enum": ["error", "warning"], "description": "warning: a failure gives `warn` and does not fail the check" }, "on": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["new", "promotion", "rollback", "retire", "update", "demotion"] }, "description": "change kinds the gate applies to" }, "description": { "type": "string" }, "message": { "type": "string", "description": "shown instead of the computed message when the gate fails" }, "when": { "type": "string", "format": "modelgate-cel", "description": "a CEL condition over candidate, active, change and pr; the gate is skipped when it is false" }, "type": { "const": "drift_severity" }, "reference": { "type": "string", "format": "modelgate-path", "description": "bins of each feature's reference distribution (for psi and ks)" }, "current": { "type": "string", "format": "modelgate-path", "description": "bins of each feature's current distribution, paired with reference by its wildcards" }, "reference_stats": { "type": "string", "format": "modelgate-path", "description": "each feature's reference {mean, std} (for mean_shift and variance_shift)" }, "current_stats": { "type": "string", "format": "modelgate-path", "description": "each feature's current {mean, std}, paired with reference_stats by its wildcards" }, "file": { "type": "string", "format": "modelgate-path", "description": "a path in the manifest naming an evidence file (a drift report) to read from" }, "psi": { "type": "object", "required": ["moderate", "severe"], "additionalProperties": false, "properties": { "moderate": { "type": "number", "minimum": 0, "description": "above this, the feature's drift is MODERATE" }, "severe": { "type": "number", "minimum": 0, "description": "above this, SEVERE (at least moderate)" } }, "description": "Population Stability Index thresholds" }, "ks": { "type": "object", "required": ["moderate", "severe"], "additionalProperties": false, "properties": { "moderate": { "type": "number", "minimum": 0, "description": "above this, the feature's drift is MODERATE" }, "severe": { "type": "number", "minimum": 0, "description": "above this, SEVERE (at least moderate)" } }, "description": "Kolmogorov\u2013Smirnov D thresholds" }, "mean_shift": { "type": "object", "required": ["moderate", "severe"], "additionalProperties": false, "properties": { "moderate": { "type": "number", "minimum": 0, "description": "above this, the feature's drift is MODERATE" }, "severe": { "type": "number", "minimum": 0, "description": "above this, SEVERE (at least moderate)" } }, "description": "thresholds on |current mean \u2212 reference mean| / reference std" }, "variance_shift": { "type": "object", "required": ["moderate", "severe"], "additionalProperties": false, "properties": { "moderate": { "type": "number", "minimum": 0, "description": "above this, the feature's drift is MODERATE" }, "severe": { "type": "number", "minimum": 0, "description": "above this, SEVERE (at least moderate)" } }, "description": "thresholds on the larger of current/reference and reference/current variance" }, "fail_at": { "enum": ["MODERATE", "SEVERE"], "description": "the level that fails the gate (default SEVERE)" }, "warn_at": { "enum": ["MODERATE"], "description": "the level that gives a warning below fail_at" } }, "additionalProperties": false, "allOf": [{ "anyOf": [{ "required": ["psi"] }, { "required": ["ks"] }, { "required": ["mean_shift"] }, { "required": ["variance_shift"] }], "dependentRequired": { "psi": ["reference", "current"], "ks": ["reference", "current"], "mean_shift": ["reference_stats", "current_stats"], "variance_shift": ["reference_stats", "current_stats"] } }] };
var func8 = Object.prototype.hasOwnProperty;
var func0 = __dep1.default;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var formats2 = formats["modelgate-cel"];
var formats0 = formats["modelgate-path"];
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = false;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.psi === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "psi" }, message: "must have required property 'psi'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid1 = valid1 || _valid0;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ks === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "ks" }, message: "must have required property 'ks'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  valid1 = valid1 || _valid0;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mean_shift === void 0) {
      const err2 = { instancePath, schemaPath: "#/allOf/0/anyOf/2/required", keyword: "required", params: { missingProperty: "mean_shift" }, message: "must have required property 'mean_shift'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  valid1 = valid1 || _valid0;
  const _errs6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.variance_shift === void 0) {
      const err3 = { instancePath, schemaPath: "#/allOf/0/anyOf/3/required", keyword: "required", params: { missingProperty: "variance_shift" }, message: "must have required property 'variance_shift'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs6 === errors;
  valid1 = valid1 || _valid0;
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
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
    if (data.psi !== void 0) {
      if (data.reference === void 0) {
        const err5 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "psi",
          missingProperty: "reference",
          depsCount: 2,
          deps: "reference, current"
        }, message: "must have properties reference, current when property psi is present" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.current === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "psi",
          missingProperty: "current",
          depsCount: 2,
          deps: "reference, current"
        }, message: "must have properties reference, current when property psi is present" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ks !== void 0) {
      if (data.reference === void 0) {
        const err7 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "ks",
          missingProperty: "reference",
          depsCount: 2,
          deps: "reference, current"
        }, message: "must have properties reference, current when property ks is present" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.current === void 0) {
        const err8 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "ks",
          missingProperty: "current",
          depsCount: 2,
          deps: "reference, current"
        }, message: "must have properties reference, current when property ks is present" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.mean_shift !== void 0) {
      if (data.reference_stats === void 0) {
        const err9 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "mean_shift",
          missingProperty: "reference_stats",
          depsCount: 2,
          deps: "reference_stats, current_stats"
        }, message: "must have properties reference_stats, current_stats when property mean_shift is present" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.current_stats === void 0) {
        const err10 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "mean_shift",
          missingProperty: "current_stats",
          depsCount: 2,
          deps: "reference_stats, current_stats"
        }, message: "must have properties reference_stats, current_stats when property mean_shift is present" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.variance_shift !== void 0) {
      if (data.reference_stats === void 0) {
        const err11 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "variance_shift",
          missingProperty: "reference_stats",
          depsCount: 2,
          deps: "reference_stats, current_stats"
        }, message: "must have properties reference_stats, current_stats when property variance_shift is present" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.current_stats === void 0) {
        const err12 = { instancePath, schemaPath: "#/allOf/0/dependentRequired", keyword: "dependentRequired", params: {
          property: "variance_shift",
          missingProperty: "current_stats",
          depsCount: 2,
          deps: "reference_stats, current_stats"
        }, message: "must have properties reference_stats, current_stats when property variance_shift is present" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema41.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err16 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning")) {
        const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema41.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.on !== void 0) {
      let data2 = data.on;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err19 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "new" || data3 === "promotion" || data3 === "rollback" || data3 === "retire" || data3 === "update" || data3 === "demotion")) {
            const err20 = { instancePath: instancePath + "/on/" + i0, schemaPath: "#/properties/on/items/enum", keyword: "enum", params: { allowedValues: schema41.properties.on.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
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
                const err21 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err23 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err24 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data6 = data.when;
      if (typeof data6 === "string") {
        if (!formats2.validate(data6)) {
          const err25 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/format", keyword: "format", params: { format: "modelgate-cel" }, message: 'must match format "modelgate-cel"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("drift_severity" !== data.type) {
        const err27 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "drift_severity" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data8 = data.reference;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err28 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data9 = data.current;
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err30 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.reference_stats !== void 0) {
      let data10 = data.reference_stats;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err32 = { instancePath: instancePath + "/reference_stats", schemaPath: "#/properties/reference_stats/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/reference_stats", schemaPath: "#/properties/reference_stats/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.current_stats !== void 0) {
      let data11 = data.current_stats;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err34 = { instancePath: instancePath + "/current_stats", schemaPath: "#/properties/current_stats/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/current_stats", schemaPath: "#/properties/current_stats/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data12 = data.file;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err36 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/format", keyword: "format", params: { format: "modelgate-path" }, message: 'must match format "modelgate-path"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.psi !== void 0) {
      let data13 = data.psi;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.moderate === void 0) {
          const err38 = { instancePath: instancePath + "/psi", schemaPath: "#/properties/psi/required", keyword: "required", params: { missingProperty: "moderate" }, message: "must have required property 'moderate'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data13.severe === void 0) {
          const err39 = { instancePath: instancePath + "/psi", schemaPath: "#/properties/psi/required", keyword: "required", params: { missingProperty: "severe" }, message: "must have required property 'severe'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === "moderate" || key1 === "severe")) {
            const err40 = { instancePath: instancePath + "/psi", schemaPath: "#/properties/psi/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data13.moderate !== void 0) {
          let data14 = data13.moderate;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err41 = { instancePath: instancePath + "/psi/moderate", schemaPath: "#/properties/psi/properties/moderate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/psi/moderate", schemaPath: "#/properties/psi/properties/moderate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data13.severe !== void 0) {
          let data15 = data13.severe;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err43 = { instancePath: instancePath + "/psi/severe", schemaPath: "#/properties/psi/properties/severe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/psi/severe", schemaPath: "#/properties/psi/properties/severe/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/psi", schemaPath: "#/properties/psi/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.ks !== void 0) {
      let data16 = data.ks;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.moderate === void 0) {
          const err46 = { instancePath: instancePath + "/ks", schemaPath: "#/properties/ks/required", keyword: "required", params: { missingProperty: "moderate" }, message: "must have required property 'moderate'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data16.severe === void 0) {
          const err47 = { instancePath: instancePath + "/ks", schemaPath: "#/properties/ks/required", keyword: "required", params: { missingProperty: "severe" }, message: "must have required property 'severe'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key2 in data16) {
          if (!(key2 === "moderate" || key2 === "severe")) {
            const err48 = { instancePath: instancePath + "/ks", schemaPath: "#/properties/ks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data16.moderate !== void 0) {
          let data17 = data16.moderate;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err49 = { instancePath: instancePath + "/ks/moderate", schemaPath: "#/properties/ks/properties/moderate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/ks/moderate", schemaPath: "#/properties/ks/properties/moderate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data16.severe !== void 0) {
          let data18 = data16.severe;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err51 = { instancePath: instancePath + "/ks/severe", schemaPath: "#/properties/ks/properties/severe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/ks/severe", schemaPath: "#/properties/ks/properties/severe/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/ks", schemaPath: "#/properties/ks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.mean_shift !== void 0) {
      let data19 = data.mean_shift;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.moderate === void 0) {
          const err54 = { instancePath: instancePath + "/mean_shift", schemaPath: "#/properties/mean_shift/required", keyword: "required", params: { missingProperty: "moderate" }, message: "must have required property 'moderate'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data19.severe === void 0) {
          const err55 = { instancePath: instancePath + "/mean_shift", schemaPath: "#/properties/mean_shift/required", keyword: "required", params: { missingProperty: "severe" }, message: "must have required property 'severe'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key3 in data19) {
          if (!(key3 === "moderate" || key3 === "severe")) {
            const err56 = { instancePath: instancePath + "/mean_shift", schemaPath: "#/properties/mean_shift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data19.moderate !== void 0) {
          let data20 = data19.moderate;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err57 = { instancePath: instancePath + "/mean_shift/moderate", schemaPath: "#/properties/mean_shift/properties/moderate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/mean_shift/moderate", schemaPath: "#/properties/mean_shift/properties/moderate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.severe !== void 0) {
          let data21 = data19.severe;
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err59 = { instancePath: instancePath + "/mean_shift/severe", schemaPath: "#/properties/mean_shift/properties/severe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/mean_shift/severe", schemaPath: "#/properties/mean_shift/properties/severe/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/mean_shift", schemaPath: "#/properties/mean_shift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.variance_shift !== void 0) {
      let data22 = data.variance_shift;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.moderate === void 0) {
          const err62 = { instancePath: instancePath + "/variance_shift", schemaPath: "#/properties/variance_shift/required", keyword: "required", params: { missingProperty: "moderate" }, message: "must have required property 'moderate'" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (data22.severe === void 0) {
          const err63 = { instancePath: instancePath + "/variance_shift", schemaPath: "#/properties/variance_shift/required", keyword: "required", params: { missingProperty: "severe" }, message: "must have required property 'severe'" };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!(key4 === "moderate" || key4 === "severe")) {
            const err64 = { instancePath: instancePath + "/variance_shift", schemaPath: "#/properties/variance_shift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data22.moderate !== void 0) {
          let data23 = data22.moderate;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err65 = { instancePath: instancePath + "/variance_shift/moderate", schemaPath: "#/properties/variance_shift/properties/moderate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/variance_shift/moderate", schemaPath: "#/properties/variance_shift/properties/moderate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data22.severe !== void 0) {
          let data24 = data22.severe;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err67 = { instancePath: instancePath + "/variance_shift/severe", schemaPath: "#/properties/variance_shift/properties/severe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = { instancePath: instancePath + "/variance_shift/severe", schemaPath: "#/properties/variance_shift/properties/severe/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/variance_shift", schemaPath: "#/properties/variance_shift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.fail_at !== void 0) {
      let data25 = data.fail_at;
      if (!(data25 === "MODERATE" || data25 === "SEVERE")) {
        const err70 = { instancePath: instancePath + "/fail_at", schemaPath: "#/properties/fail_at/enum", keyword: "enum", params: { allowedValues: schema41.properties.fail_at.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.warn_at !== void 0) {
      if (!(data.warn_at === "MODERATE")) {
        const err71 = { instancePath: instancePath + "/warn_at", schemaPath: "#/properties/warn_at/enum", keyword: "enum", params: { allowedValues: schema41.properties.warn_at.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  gate_drift_severity_default as default,
  validate
};
//# sourceMappingURL=gate-drift_severity-URAJPVZS.js.map
