#!/usr/bin/env node

import {
  require_ucs2length
} from "./chunk-MBGQZYH5.js";
import "./chunk-S5W6PXCU.js";
import {
  __toESM
} from "./chunk-Y5ALHOIO.js";

// src/generated/preset-registry-stages.mjs
var __dep1ns = __toESM(require_ucs2length(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate93;
var preset_registry_stages_default = validate93;
var schema52 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/registry-stages.schema.json", "title": "Biodiversity model registry entry (seed 004)", "type": "object", "required": ["model_name", "version", "stage", "model_path", "created_by"], "properties": { "model_name": { "type": "string", "minLength": 1 }, "version": { "type": "string", "minLength": 1 }, "stage": { "enum": ["development", "staging", "production", "archived"] }, "description": { "type": "string" }, "model_path": { "type": "string" }, "training_data_path": { "type": "string" }, "hyperparameters": { "type": "object" }, "training_metadata": { "type": "object" }, "created_by": { "type": "string" }, "approved_by": { "type": ["string", "null"] }, "metric_type": { "enum": ["classification", "regression"], "description": "the task, as the seed's MetricType: which validation metrics are judged (classification when absent)" }, "validation_metrics": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": "number" } } }, "drift": { "type": "object", "properties": { "numeric": { "type": "object", "additionalProperties": { "type": "object", "required": ["reference", "current"], "properties": { "reference": { "anyOf": [{ "type": "array", "items": { "type": "number", "minimum": 0 } }, { "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }] }, "current": { "anyOf": [{ "type": "array", "items": { "type": "number", "minimum": 0 } }, { "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }] } } } }, "categorical": { "type": "object", "additionalProperties": { "type": "object", "required": ["reference", "current"], "properties": { "reference": { "anyOf": [{ "type": "array", "items": { "type": "number", "minimum": 0 } }, { "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }] }, "current": { "anyOf": [{ "type": "array", "items": { "type": "number", "minimum": 0 } }, { "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }] } } } } } }, "ab_test": { "type": "object", "properties": { "control": { "type": "object", "properties": { "version": { "type": "string", "minLength": 1, "description": "the model version of this arm (the control is the version that serves now)" }, "mean": { "type": "number" }, "std": { "type": "number", "minimum": 0 }, "n": { "type": "integer", "minimum": 0 } } }, "treatment": { "type": "object", "properties": { "version": { "type": "string", "minLength": 1, "description": "the model version of this arm (the control is the version that serves now)" }, "mean": { "type": "number" }, "std": { "type": "number", "minimum": 0 }, "n": { "type": "integer", "minimum": 0 } } } } } } };
var func1 = __dep1.default;
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model_name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_name" }, message: "must have required property 'model_name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.model_path === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_path" }, message: "must have required property 'model_path'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_by === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_by" }, message: "must have required property 'created_by'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.model_name !== void 0) {
      let data0 = data.model_name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err5 = { instancePath: instancePath + "/model_name", schemaPath: "#/properties/model_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/model_name", schemaPath: "#/properties/model_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data2 = data.stage;
      if (!(data2 === "development" || data2 === "staging" || data2 === "production" || data2 === "archived")) {
        const err9 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema52.properties.stage.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.model_path !== void 0) {
      if (typeof data.model_path !== "string") {
        const err11 = { instancePath: instancePath + "/model_path", schemaPath: "#/properties/model_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.training_data_path !== void 0) {
      if (typeof data.training_data_path !== "string") {
        const err12 = { instancePath: instancePath + "/training_data_path", schemaPath: "#/properties/training_data_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.hyperparameters !== void 0) {
      let data6 = data.hyperparameters;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
        const err13 = { instancePath: instancePath + "/hyperparameters", schemaPath: "#/properties/hyperparameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.training_metadata !== void 0) {
      let data7 = data.training_metadata;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err14 = { instancePath: instancePath + "/training_metadata", schemaPath: "#/properties/training_metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.created_by !== void 0) {
      if (typeof data.created_by !== "string") {
        const err15 = { instancePath: instancePath + "/created_by", schemaPath: "#/properties/created_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      let data9 = data.approved_by;
      if (typeof data9 !== "string" && data9 !== null) {
        const err16 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/type", keyword: "type", params: { type: schema52.properties.approved_by.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.metric_type !== void 0) {
      let data10 = data.metric_type;
      if (!(data10 === "classification" || data10 === "regression")) {
        const err17 = { instancePath: instancePath + "/metric_type", schemaPath: "#/properties/metric_type/enum", keyword: "enum", params: { allowedValues: schema52.properties.metric_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.validation_metrics !== void 0) {
      let data11 = data.validation_metrics;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key0 in data11) {
          let data12 = data11[key0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key1 in data12) {
              let data13 = data12[key1];
              if (!(typeof data13 == "number" && isFinite(data13))) {
                const err18 = { instancePath: instancePath + "/validation_metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/validation_metrics/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/validation_metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/validation_metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/validation_metrics", schemaPath: "#/properties/validation_metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data14 = data.drift;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.numeric !== void 0) {
          let data15 = data14.numeric;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key2 in data15) {
              let data16 = data15[key2];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.reference === void 0) {
                  const err21 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data16.current === void 0) {
                  const err22 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data16.reference !== void 0) {
                  let data17 = data16.reference;
                  const _errs37 = errors;
                  let valid6 = false;
                  const _errs38 = errors;
                  if (Array.isArray(data17)) {
                    const len0 = data17.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data18 = data17[i0];
                      if (typeof data18 == "number" && isFinite(data18)) {
                        if (data18 < 0 || isNaN(data18)) {
                          const err23 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + i0, schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                      } else {
                        const err24 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + i0, schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                  var _valid0 = _errs38 === errors;
                  valid6 = valid6 || _valid0;
                  const _errs42 = errors;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    for (const key3 in data17) {
                      let data19 = data17[key3];
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 < 0 || isNaN(data19)) {
                          const err26 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err26];
                          } else {
                            vErrors.push(err26);
                          }
                          errors++;
                        }
                      } else {
                        const err27 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  var _valid0 = _errs42 === errors;
                  valid6 = valid6 || _valid0;
                  if (!valid6) {
                    const err29 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/reference/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  } else {
                    errors = _errs37;
                    if (vErrors !== null) {
                      if (_errs37) {
                        vErrors.length = _errs37;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data16.current !== void 0) {
                  let data20 = data16.current;
                  const _errs48 = errors;
                  let valid10 = false;
                  const _errs49 = errors;
                  if (Array.isArray(data20)) {
                    const len1 = data20.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data21 = data20[i1];
                      if (typeof data21 == "number" && isFinite(data21)) {
                        if (data21 < 0 || isNaN(data21)) {
                          const err30 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + i1, schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err30];
                          } else {
                            vErrors.push(err30);
                          }
                          errors++;
                        }
                      } else {
                        const err31 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + i1, schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  var _valid1 = _errs49 === errors;
                  valid10 = valid10 || _valid1;
                  const _errs53 = errors;
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    for (const key4 in data20) {
                      let data22 = data20[key4];
                      if (typeof data22 == "number" && isFinite(data22)) {
                        if (data22 < 0 || isNaN(data22)) {
                          const err33 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  var _valid1 = _errs53 === errors;
                  valid10 = valid10 || _valid1;
                  if (!valid10) {
                    const err36 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/numeric/additionalProperties/properties/current/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  } else {
                    errors = _errs48;
                    if (vErrors !== null) {
                      if (_errs48) {
                        vErrors.length = _errs48;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/drift/numeric/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/numeric/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/drift/numeric", schemaPath: "#/properties/drift/properties/numeric/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.categorical !== void 0) {
          let data23 = data14.categorical;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key5 in data23) {
              let data24 = data23[key5];
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.reference === void 0) {
                  const err39 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data24.current === void 0) {
                  const err40 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data24.reference !== void 0) {
                  let data25 = data24.reference;
                  const _errs64 = errors;
                  let valid16 = false;
                  const _errs65 = errors;
                  if (Array.isArray(data25)) {
                    const len2 = data25.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data26 = data25[i2];
                      if (typeof data26 == "number" && isFinite(data26)) {
                        if (data26 < 0 || isNaN(data26)) {
                          const err41 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + i2, schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + i2, schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  var _valid2 = _errs65 === errors;
                  valid16 = valid16 || _valid2;
                  const _errs69 = errors;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    for (const key6 in data25) {
                      let data27 = data25[key6];
                      if (typeof data27 == "number" && isFinite(data27)) {
                        if (data27 < 0 || isNaN(data27)) {
                          const err44 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      } else {
                        const err45 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var _valid2 = _errs69 === errors;
                  valid16 = valid16 || _valid2;
                  if (!valid16) {
                    const err47 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/reference/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
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
                if (data24.current !== void 0) {
                  let data28 = data24.current;
                  const _errs75 = errors;
                  let valid20 = false;
                  const _errs76 = errors;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data29 = data28[i3];
                      if (typeof data29 == "number" && isFinite(data29)) {
                        if (data29 < 0 || isNaN(data29)) {
                          const err48 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + i3, schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                      } else {
                        const err49 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + i3, schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  var _valid3 = _errs76 === errors;
                  valid20 = valid20 || _valid3;
                  const _errs80 = errors;
                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                    for (const key7 in data28) {
                      let data30 = data28[key7];
                      if (typeof data30 == "number" && isFinite(data30)) {
                        if (data30 < 0 || isNaN(data30)) {
                          const err51 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                      } else {
                        const err52 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  var _valid3 = _errs80 === errors;
                  valid20 = valid20 || _valid3;
                  if (!valid20) {
                    const err54 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/current", schemaPath: "#/properties/drift/properties/categorical/additionalProperties/properties/current/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  } else {
                    errors = _errs75;
                    if (vErrors !== null) {
                      if (_errs75) {
                        vErrors.length = _errs75;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/drift/categorical/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/categorical/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/drift/categorical", schemaPath: "#/properties/drift/properties/categorical/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.ab_test !== void 0) {
      let data31 = data.ab_test;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.control !== void 0) {
          let data32 = data31.control;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.version !== void 0) {
              let data33 = data32.version;
              if (typeof data33 === "string") {
                if (func1(data33) < 1) {
                  const err58 = { instancePath: instancePath + "/ab_test/control/version", schemaPath: "#/properties/ab_test/properties/control/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/ab_test/control/version", schemaPath: "#/properties/ab_test/properties/control/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data32.mean !== void 0) {
              let data34 = data32.mean;
              if (!(typeof data34 == "number" && isFinite(data34))) {
                const err60 = { instancePath: instancePath + "/ab_test/control/mean", schemaPath: "#/properties/ab_test/properties/control/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data32.std !== void 0) {
              let data35 = data32.std;
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 < 0 || isNaN(data35)) {
                  const err61 = { instancePath: instancePath + "/ab_test/control/std", schemaPath: "#/properties/ab_test/properties/control/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/ab_test/control/std", schemaPath: "#/properties/ab_test/properties/control/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data32.n !== void 0) {
              let data36 = data32.n;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err63 = { instancePath: instancePath + "/ab_test/control/n", schemaPath: "#/properties/ab_test/properties/control/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err64 = { instancePath: instancePath + "/ab_test/control/n", schemaPath: "#/properties/ab_test/properties/control/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/ab_test/control", schemaPath: "#/properties/ab_test/properties/control/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data31.treatment !== void 0) {
          let data37 = data31.treatment;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.version !== void 0) {
              let data38 = data37.version;
              if (typeof data38 === "string") {
                if (func1(data38) < 1) {
                  const err66 = { instancePath: instancePath + "/ab_test/treatment/version", schemaPath: "#/properties/ab_test/properties/treatment/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/ab_test/treatment/version", schemaPath: "#/properties/ab_test/properties/treatment/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data37.mean !== void 0) {
              let data39 = data37.mean;
              if (!(typeof data39 == "number" && isFinite(data39))) {
                const err68 = { instancePath: instancePath + "/ab_test/treatment/mean", schemaPath: "#/properties/ab_test/properties/treatment/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data37.std !== void 0) {
              let data40 = data37.std;
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err69 = { instancePath: instancePath + "/ab_test/treatment/std", schemaPath: "#/properties/ab_test/properties/treatment/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/ab_test/treatment/std", schemaPath: "#/properties/ab_test/properties/treatment/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data37.n !== void 0) {
              let data41 = data37.n;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err71 = { instancePath: instancePath + "/ab_test/treatment/n", schemaPath: "#/properties/ab_test/properties/treatment/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 0 || isNaN(data41)) {
                  const err72 = { instancePath: instancePath + "/ab_test/treatment/n", schemaPath: "#/properties/ab_test/properties/treatment/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/ab_test/treatment", schemaPath: "#/properties/ab_test/properties/treatment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/ab_test", schemaPath: "#/properties/ab_test/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
  } else {
    const err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "props": { "model_name": true, "version": true, "stage": true, "description": true, "model_path": true, "training_data_path": true, "hyperparameters": true, "training_metadata": true, "created_by": true, "approved_by": true, "metric_type": true, "validation_metrics": true, "drift": true, "ab_test": true }, "dynamicProps": false, "dynamicItems": false };
export {
  preset_registry_stages_default as default,
  validate
};
//# sourceMappingURL=preset-registry-stages-FBQHJOWD.js.map
