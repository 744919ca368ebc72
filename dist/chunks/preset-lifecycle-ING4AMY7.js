#!/usr/bin/env node

import {
  require_ucs2length
} from "./chunk-MBGQZYH5.js";
import "./chunk-S5W6PXCU.js";
import {
  __toESM
} from "./chunk-Y5ALHOIO.js";

// src/generated/preset-lifecycle.mjs
var __dep1ns = __toESM(require_ucs2length(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate89;
var preset_lifecycle_default = validate89;
var schema49 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/lifecycle.schema.json", "title": "ML Ops lifecycle manifest (seed 002)", "type": "object", "required": ["version", "state", "provenance", "metrics"], "properties": { "version": { "type": "string", "minLength": 1 }, "strategy": { "type": "string" }, "state": { "enum": ["DRAFT", "TRAINED", "VALIDATED", "STAGING", "PRODUCTION", "RETIRED"] }, "provenance": { "type": "object", "properties": { "feature_graph_hash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{7,64}$" }, "training_config_hash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{7,64}$" }, "dataset_hash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{7,64}$" }, "git_commit": { "type": "string", "pattern": "^[0-9a-f]{7,40}$" } } }, "metrics": { "type": "object", "properties": { "sharpe": { "type": "number" }, "max_drawdown": { "type": "number", "minimum": 0 } } }, "drift_report": { "type": "string", "description": "a drift report in the repository: {features: {NAME: {reference: bins, current: bins, reference_stats: {mean, std}, current_stats: {mean, std}}}}" }, "config": { "type": "object" } } };
var func1 = __dep1.default;
var pattern35 = new RegExp("^(sha256:)?[0-9a-f]{7,64}$", "u");
var pattern38 = new RegExp("^[0-9a-f]{7,40}$", "u");
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
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
    if (data.state === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provenance === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provenance" }, message: "must have required property 'provenance'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      if (typeof data.strategy !== "string") {
        const err6 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.state !== void 0) {
      let data2 = data.state;
      if (!(data2 === "DRAFT" || data2 === "TRAINED" || data2 === "VALIDATED" || data2 === "STAGING" || data2 === "PRODUCTION" || data2 === "RETIRED")) {
        const err7 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema49.properties.state.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data3 = data.provenance;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.feature_graph_hash !== void 0) {
          let data4 = data3.feature_graph_hash;
          if (typeof data4 === "string") {
            if (!pattern35.test(data4)) {
              const err8 = { instancePath: instancePath + "/provenance/feature_graph_hash", schemaPath: "#/properties/provenance/properties/feature_graph_hash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{7,64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/provenance/feature_graph_hash", schemaPath: "#/properties/provenance/properties/feature_graph_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.training_config_hash !== void 0) {
          let data5 = data3.training_config_hash;
          if (typeof data5 === "string") {
            if (!pattern35.test(data5)) {
              const err10 = { instancePath: instancePath + "/provenance/training_config_hash", schemaPath: "#/properties/provenance/properties/training_config_hash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{7,64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/provenance/training_config_hash", schemaPath: "#/properties/provenance/properties/training_config_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.dataset_hash !== void 0) {
          let data6 = data3.dataset_hash;
          if (typeof data6 === "string") {
            if (!pattern35.test(data6)) {
              const err12 = { instancePath: instancePath + "/provenance/dataset_hash", schemaPath: "#/properties/provenance/properties/dataset_hash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{7,64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/provenance/dataset_hash", schemaPath: "#/properties/provenance/properties/dataset_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.git_commit !== void 0) {
          let data7 = data3.git_commit;
          if (typeof data7 === "string") {
            if (!pattern38.test(data7)) {
              const err14 = { instancePath: instancePath + "/provenance/git_commit", schemaPath: "#/properties/provenance/properties/git_commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,40}$" }, message: 'must match pattern "^[0-9a-f]{7,40}$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/provenance/git_commit", schemaPath: "#/properties/provenance/properties/git_commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data8 = data.metrics;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.sharpe !== void 0) {
          let data9 = data8.sharpe;
          if (!(typeof data9 == "number" && isFinite(data9))) {
            const err17 = { instancePath: instancePath + "/metrics/sharpe", schemaPath: "#/properties/metrics/properties/sharpe/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data8.max_drawdown !== void 0) {
          let data10 = data8.max_drawdown;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err18 = { instancePath: instancePath + "/metrics/max_drawdown", schemaPath: "#/properties/metrics/properties/max_drawdown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/metrics/max_drawdown", schemaPath: "#/properties/metrics/properties/max_drawdown/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.drift_report !== void 0) {
      if (typeof data.drift_report !== "string") {
        const err21 = { instancePath: instancePath + "/drift_report", schemaPath: "#/properties/drift_report/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data12 = data.config;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err22 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { "props": { "version": true, "strategy": true, "state": true, "provenance": true, "metrics": true, "drift_report": true, "config": true }, "dynamicProps": false, "dynamicItems": false };
export {
  preset_lifecycle_default as default,
  validate
};
//# sourceMappingURL=preset-lifecycle-ING4AMY7.js.map
