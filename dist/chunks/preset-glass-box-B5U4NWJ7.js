#!/usr/bin/env node

import {
  require_ucs2length
} from "./chunk-MBGQZYH5.js";
import {
  formats
} from "./chunk-S5W6PXCU.js";
import {
  __toESM
} from "./chunk-Y5ALHOIO.js";

// src/generated/preset-glass-box.mjs
var __dep1ns = __toESM(require_ucs2length(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate88;
var preset_glass_box_default = validate88;
var schema48 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/glass-box.schema.json", "title": "ChainBridge model metadata (seed 003, section 3)", "description": "The seed's metadata schema (section 3): fields and types. Presence and limits of calibration, explainability, lineage and the proof pack, and the enumerations, are the preset's gates, which give the seed's reasons.", "type": "object", "required": ["model_id", "model_type", "version", "training_date", "feature_list", "feature_count", "governance"], "properties": { "model_id": { "type": "string", "minLength": 1 }, "model_type": { "type": "string" }, "version": { "type": "string", "minLength": 1 }, "training_date": { "type": "string", "format": "date-time" }, "training_data_hash": { "type": "string", "pattern": "^sha256:[0-9a-f]{8,64}" }, "feature_list": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "feature_count": { "type": "integer", "minimum": 1 }, "monotonicity_constraints": { "type": "object", "additionalProperties": { "type": "integer" } }, "calibration_metrics": { "type": "object", "properties": { "brier_score": { "type": "number" }, "log_loss": { "type": "number" }, "calibration_error": { "type": "number" }, "auc_roc": { "type": "number" }, "auc_pr": { "type": "number" } } }, "explainability_method": { "type": "string" }, "feature_importance": { "type": "object", "additionalProperties": { "type": "number" } }, "proof_pack_id": { "type": "string", "minLength": 1 }, "lineage": { "type": "object", "properties": { "parent_model": { "type": ["string", "null"] }, "training_script": { "type": "string" }, "training_data_source": { "type": "string" } } }, "governance": { "type": "object", "required": ["alex_approval", "approval_date"], "properties": { "alex_approval": { "type": "boolean" }, "approval_date": { "type": "string", "format": "date-time" }, "reviewer": { "type": "string" } } }, "deployment": { "type": "object", "properties": { "shadow_mode_start": { "type": "string", "format": "date-time" }, "shadow_mode_end": { "anyOf": [{ "type": "string", "format": "date-time" }, { "type": "null" }] }, "production_start": { "anyOf": [{ "type": "string", "format": "date-time" }, { "type": "null" }] }, "production_certified": { "anyOf": [{ "type": "string", "format": "date-time" }, { "type": "null" }] }, "rollout_percentage": { "type": "number", "minimum": 0, "maximum": 100 }, "divergence_rate": { "type": "number", "minimum": 0, "maximum": 1 } } } } };
var func1 = __dep1.default;
var formats138 = formats["date-time"];
var pattern34 = new RegExp("^sha256:[0-9a-f]{8,64}", "u");
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_id" }, message: "must have required property 'model_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model_type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_type" }, message: "must have required property 'model_type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.training_date === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "training_date" }, message: "must have required property 'training_date'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.feature_list === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "feature_list" }, message: "must have required property 'feature_list'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.feature_count === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "feature_count" }, message: "must have required property 'feature_count'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.governance === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "governance" }, message: "must have required property 'governance'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.model_id !== void 0) {
      let data0 = data.model_id;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err7 = { instancePath: instancePath + "/model_id", schemaPath: "#/properties/model_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/model_id", schemaPath: "#/properties/model_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model_type !== void 0) {
      if (typeof data.model_type !== "string") {
        const err9 = { instancePath: instancePath + "/model_type", schemaPath: "#/properties/model_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.training_date !== void 0) {
      let data3 = data.training_date;
      if (typeof data3 === "string") {
        if (!formats138.validate(data3)) {
          const err12 = { instancePath: instancePath + "/training_date", schemaPath: "#/properties/training_date/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/training_date", schemaPath: "#/properties/training_date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.training_data_hash !== void 0) {
      let data4 = data.training_data_hash;
      if (typeof data4 === "string") {
        if (!pattern34.test(data4)) {
          const err14 = { instancePath: instancePath + "/training_data_hash", schemaPath: "#/properties/training_data_hash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{8,64}" }, message: 'must match pattern "^sha256:[0-9a-f]{8,64}"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/training_data_hash", schemaPath: "#/properties/training_data_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.feature_list !== void 0) {
      let data5 = data.feature_list;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err16 = { instancePath: instancePath + "/feature_list", schemaPath: "#/properties/feature_list/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err17 = { instancePath: instancePath + "/feature_list/" + i0, schemaPath: "#/properties/feature_list/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/feature_list", schemaPath: "#/properties/feature_list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.feature_count !== void 0) {
      let data7 = data.feature_count;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err19 = { instancePath: instancePath + "/feature_count", schemaPath: "#/properties/feature_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err20 = { instancePath: instancePath + "/feature_count", schemaPath: "#/properties/feature_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.monotonicity_constraints !== void 0) {
      let data8 = data.monotonicity_constraints;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key0 in data8) {
          let data9 = data8[key0];
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err21 = { instancePath: instancePath + "/monotonicity_constraints/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/monotonicity_constraints/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/monotonicity_constraints", schemaPath: "#/properties/monotonicity_constraints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.calibration_metrics !== void 0) {
      let data10 = data.calibration_metrics;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.brier_score !== void 0) {
          let data11 = data10.brier_score;
          if (!(typeof data11 == "number" && isFinite(data11))) {
            const err23 = { instancePath: instancePath + "/calibration_metrics/brier_score", schemaPath: "#/properties/calibration_metrics/properties/brier_score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data10.log_loss !== void 0) {
          let data12 = data10.log_loss;
          if (!(typeof data12 == "number" && isFinite(data12))) {
            const err24 = { instancePath: instancePath + "/calibration_metrics/log_loss", schemaPath: "#/properties/calibration_metrics/properties/log_loss/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.calibration_error !== void 0) {
          let data13 = data10.calibration_error;
          if (!(typeof data13 == "number" && isFinite(data13))) {
            const err25 = { instancePath: instancePath + "/calibration_metrics/calibration_error", schemaPath: "#/properties/calibration_metrics/properties/calibration_error/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.auc_roc !== void 0) {
          let data14 = data10.auc_roc;
          if (!(typeof data14 == "number" && isFinite(data14))) {
            const err26 = { instancePath: instancePath + "/calibration_metrics/auc_roc", schemaPath: "#/properties/calibration_metrics/properties/auc_roc/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.auc_pr !== void 0) {
          let data15 = data10.auc_pr;
          if (!(typeof data15 == "number" && isFinite(data15))) {
            const err27 = { instancePath: instancePath + "/calibration_metrics/auc_pr", schemaPath: "#/properties/calibration_metrics/properties/auc_pr/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/calibration_metrics", schemaPath: "#/properties/calibration_metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.explainability_method !== void 0) {
      if (typeof data.explainability_method !== "string") {
        const err29 = { instancePath: instancePath + "/explainability_method", schemaPath: "#/properties/explainability_method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.feature_importance !== void 0) {
      let data17 = data.feature_importance;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key1 in data17) {
          let data18 = data17[key1];
          if (!(typeof data18 == "number" && isFinite(data18))) {
            const err30 = { instancePath: instancePath + "/feature_importance/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/feature_importance/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/feature_importance", schemaPath: "#/properties/feature_importance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.proof_pack_id !== void 0) {
      let data19 = data.proof_pack_id;
      if (typeof data19 === "string") {
        if (func1(data19) < 1) {
          const err32 = { instancePath: instancePath + "/proof_pack_id", schemaPath: "#/properties/proof_pack_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/proof_pack_id", schemaPath: "#/properties/proof_pack_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.lineage !== void 0) {
      let data20 = data.lineage;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.parent_model !== void 0) {
          let data21 = data20.parent_model;
          if (typeof data21 !== "string" && data21 !== null) {
            const err34 = { instancePath: instancePath + "/lineage/parent_model", schemaPath: "#/properties/lineage/properties/parent_model/type", keyword: "type", params: { type: schema48.properties.lineage.properties.parent_model.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data20.training_script !== void 0) {
          if (typeof data20.training_script !== "string") {
            const err35 = { instancePath: instancePath + "/lineage/training_script", schemaPath: "#/properties/lineage/properties/training_script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.training_data_source !== void 0) {
          if (typeof data20.training_data_source !== "string") {
            const err36 = { instancePath: instancePath + "/lineage/training_data_source", schemaPath: "#/properties/lineage/properties/training_data_source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.governance !== void 0) {
      let data24 = data.governance;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.alex_approval === void 0) {
          const err38 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/required", keyword: "required", params: { missingProperty: "alex_approval" }, message: "must have required property 'alex_approval'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data24.approval_date === void 0) {
          const err39 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/required", keyword: "required", params: { missingProperty: "approval_date" }, message: "must have required property 'approval_date'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data24.alex_approval !== void 0) {
          if (typeof data24.alex_approval !== "boolean") {
            const err40 = { instancePath: instancePath + "/governance/alex_approval", schemaPath: "#/properties/governance/properties/alex_approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data24.approval_date !== void 0) {
          let data26 = data24.approval_date;
          if (typeof data26 === "string") {
            if (!formats138.validate(data26)) {
              const err41 = { instancePath: instancePath + "/governance/approval_date", schemaPath: "#/properties/governance/properties/approval_date/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/governance/approval_date", schemaPath: "#/properties/governance/properties/approval_date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data24.reviewer !== void 0) {
          if (typeof data24.reviewer !== "string") {
            const err43 = { instancePath: instancePath + "/governance/reviewer", schemaPath: "#/properties/governance/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data28 = data.deployment;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.shadow_mode_start !== void 0) {
          let data29 = data28.shadow_mode_start;
          if (typeof data29 === "string") {
            if (!formats138.validate(data29)) {
              const err45 = { instancePath: instancePath + "/deployment/shadow_mode_start", schemaPath: "#/properties/deployment/properties/shadow_mode_start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/deployment/shadow_mode_start", schemaPath: "#/properties/deployment/properties/shadow_mode_start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data28.shadow_mode_end !== void 0) {
          let data30 = data28.shadow_mode_end;
          const _errs64 = errors;
          let valid9 = false;
          const _errs65 = errors;
          if (typeof data30 === "string") {
            if (!formats138.validate(data30)) {
              const err47 = { instancePath: instancePath + "/deployment/shadow_mode_end", schemaPath: "#/properties/deployment/properties/shadow_mode_end/anyOf/0/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/deployment/shadow_mode_end", schemaPath: "#/properties/deployment/properties/shadow_mode_end/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid0 = _errs65 === errors;
          valid9 = valid9 || _valid0;
          const _errs67 = errors;
          if (data30 !== null) {
            const err49 = { instancePath: instancePath + "/deployment/shadow_mode_end", schemaPath: "#/properties/deployment/properties/shadow_mode_end/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid0 = _errs67 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err50 = { instancePath: instancePath + "/deployment/shadow_mode_end", schemaPath: "#/properties/deployment/properties/shadow_mode_end/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs64;
            if (vErrors !== null) {
              if (_errs64) {
                vErrors.length = _errs64;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data28.production_start !== void 0) {
          let data31 = data28.production_start;
          const _errs70 = errors;
          let valid10 = false;
          const _errs71 = errors;
          if (typeof data31 === "string") {
            if (!formats138.validate(data31)) {
              const err51 = { instancePath: instancePath + "/deployment/production_start", schemaPath: "#/properties/deployment/properties/production_start/anyOf/0/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/deployment/production_start", schemaPath: "#/properties/deployment/properties/production_start/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          var _valid1 = _errs71 === errors;
          valid10 = valid10 || _valid1;
          const _errs73 = errors;
          if (data31 !== null) {
            const err53 = { instancePath: instancePath + "/deployment/production_start", schemaPath: "#/properties/deployment/properties/production_start/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var _valid1 = _errs73 === errors;
          valid10 = valid10 || _valid1;
          if (!valid10) {
            const err54 = { instancePath: instancePath + "/deployment/production_start", schemaPath: "#/properties/deployment/properties/production_start/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs70;
            if (vErrors !== null) {
              if (_errs70) {
                vErrors.length = _errs70;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data28.production_certified !== void 0) {
          let data32 = data28.production_certified;
          const _errs76 = errors;
          let valid11 = false;
          const _errs77 = errors;
          if (typeof data32 === "string") {
            if (!formats138.validate(data32)) {
              const err55 = { instancePath: instancePath + "/deployment/production_certified", schemaPath: "#/properties/deployment/properties/production_certified/anyOf/0/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/deployment/production_certified", schemaPath: "#/properties/deployment/properties/production_certified/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid2 = _errs77 === errors;
          valid11 = valid11 || _valid2;
          const _errs79 = errors;
          if (data32 !== null) {
            const err57 = { instancePath: instancePath + "/deployment/production_certified", schemaPath: "#/properties/deployment/properties/production_certified/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          var _valid2 = _errs79 === errors;
          valid11 = valid11 || _valid2;
          if (!valid11) {
            const err58 = { instancePath: instancePath + "/deployment/production_certified", schemaPath: "#/properties/deployment/properties/production_certified/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          } else {
            errors = _errs76;
            if (vErrors !== null) {
              if (_errs76) {
                vErrors.length = _errs76;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data28.rollout_percentage !== void 0) {
          let data33 = data28.rollout_percentage;
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 > 100 || isNaN(data33)) {
              const err59 = { instancePath: instancePath + "/deployment/rollout_percentage", schemaPath: "#/properties/deployment/properties/rollout_percentage/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err60 = { instancePath: instancePath + "/deployment/rollout_percentage", schemaPath: "#/properties/deployment/properties/rollout_percentage/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/deployment/rollout_percentage", schemaPath: "#/properties/deployment/properties/rollout_percentage/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data28.divergence_rate !== void 0) {
          let data34 = data28.divergence_rate;
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 > 1 || isNaN(data34)) {
              const err62 = { instancePath: instancePath + "/deployment/divergence_rate", schemaPath: "#/properties/deployment/properties/divergence_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data34 < 0 || isNaN(data34)) {
              const err63 = { instancePath: instancePath + "/deployment/divergence_rate", schemaPath: "#/properties/deployment/properties/divergence_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/deployment/divergence_rate", schemaPath: "#/properties/deployment/properties/divergence_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": { "model_id": true, "model_type": true, "version": true, "training_date": true, "training_data_hash": true, "feature_list": true, "feature_count": true, "monotonicity_constraints": true, "calibration_metrics": true, "explainability_method": true, "feature_importance": true, "proof_pack_id": true, "lineage": true, "governance": true, "deployment": true }, "dynamicProps": false, "dynamicItems": false };
export {
  preset_glass_box_default as default,
  validate
};
//# sourceMappingURL=preset-glass-box-B5U4NWJ7.js.map
