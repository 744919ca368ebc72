#!/usr/bin/env node
import { createRequire as __modelgateRequire } from 'node:module'; const require = __modelgateRequire(import.meta.url);
import {
  formats
} from "./chunk-UB7JDQXO.js";
import "./chunk-Y5ALHOIO.js";

// src/generated/preset-status.mjs
var validate = validate94;
var preset_status_default = validate94;
var schema53 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/modelgate/modelgate/schemas/status.schema.json", "title": "modelgate status --format json", "description": "Every governed manifest that serves at the ref, with what its gates make of it.", "type": "array", "items": { "type": "object", "required": ["model", "path", "version", "since", "commit", "pr", "days", "rollbacks", "rollbacks_window"], "additionalProperties": false, "properties": { "model": { "type": "string" }, "alias": { "type": "string", "description": "the pointer (production, shadow \u2026) when the policy's manifests name one" }, "path": { "type": "string" }, "version": { "type": ["string", "null"] }, "since": { "type": "string", "format": "date-time", "description": "when the version became active on the branch" }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$", "description": "the commit that made the version active" }, "pr": { "type": ["integer", "null"] }, "days": { "type": "integer", "minimum": 0, "description": "whole days served up to now" }, "rollbacks": { "type": "integer", "minimum": 0, "description": "rollbacks of this manifest on the branch, ever" }, "rollbacks_window": { "type": "object", "required": ["days", "count"], "additionalProperties": false, "properties": { "days": { "type": "number", "minimum": 0 }, "count": { "type": "integer", "minimum": 0 } }, "description": "rollbacks within the window: the soak gate's window where one counts rollbacks, else 30 days" }, "stage": { "type": "object", "required": ["value", "path", "since", "days"], "additionalProperties": false, "properties": { "value": { "type": "string" }, "path": { "type": "string" }, "since": { "type": "string", "format": "date-time", "description": "when this version reached the stage" }, "days": { "type": "integer", "minimum": 0 } }, "description": "the value at the transition gate's path" }, "rollout": { "type": "object", "required": ["percent", "path", "since", "days"], "additionalProperties": false, "properties": { "percent": { "type": "number" }, "path": { "type": "string" }, "since": { "type": "string", "format": "date-time", "description": "when this version reached the step" }, "days": { "type": "integer", "minimum": 0 } }, "description": "the value at the rollout gate's path" }, "next": { "type": "object", "required": ["step", "allowed_from", "gate"], "additionalProperties": false, "properties": { "step": { "type": "string" }, "allowed_from": { "type": "string", "format": "date-time" }, "gate": { "type": "string", "description": "the gate that sets the date" } }, "description": "the next step the gates allow, and the earliest time it is allowed" } } } };
var func8 = Object.prototype.hasOwnProperty;
var formats116 = formats["date-time"];
var pattern33 = new RegExp("^[0-9a-f]{40}$", "u");
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
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
        if (data0.version === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.since === void 0) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.commit === void 0) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.pr === void 0) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "pr" }, message: "must have required property 'pr'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.days === void 0) {
          const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.rollbacks === void 0) {
          const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "rollbacks" }, message: "must have required property 'rollbacks'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.rollbacks_window === void 0) {
          const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "rollbacks_window" }, message: "must have required property 'rollbacks_window'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func8.call(schema53.items.properties, key0)) {
            const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.model !== void 0) {
          if (typeof data0.model !== "string") {
            const err10 = { instancePath: instancePath + "/" + i0 + "/model", schemaPath: "#/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.alias !== void 0) {
          if (typeof data0.alias !== "string") {
            const err11 = { instancePath: instancePath + "/" + i0 + "/alias", schemaPath: "#/items/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          if (typeof data0.path !== "string") {
            const err12 = { instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data4 = data0.version;
          if (typeof data4 !== "string" && data4 !== null) {
            const err13 = { instancePath: instancePath + "/" + i0 + "/version", schemaPath: "#/items/properties/version/type", keyword: "type", params: { type: schema53.items.properties.version.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.since !== void 0) {
          let data5 = data0.since;
          if (typeof data5 === "string") {
            if (!formats116.validate(data5)) {
              const err14 = { instancePath: instancePath + "/" + i0 + "/since", schemaPath: "#/items/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/since", schemaPath: "#/items/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.commit !== void 0) {
          let data6 = data0.commit;
          if (typeof data6 === "string") {
            if (!pattern33.test(data6)) {
              const err16 = { instancePath: instancePath + "/" + i0 + "/commit", schemaPath: "#/items/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/" + i0 + "/commit", schemaPath: "#/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.pr !== void 0) {
          let data7 = data0.pr;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
            const err18 = { instancePath: instancePath + "/" + i0 + "/pr", schemaPath: "#/items/properties/pr/type", keyword: "type", params: { type: schema53.items.properties.pr.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data0.days !== void 0) {
          let data8 = data0.days;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err19 = { instancePath: instancePath + "/" + i0 + "/days", schemaPath: "#/items/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/" + i0 + "/days", schemaPath: "#/items/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data0.rollbacks !== void 0) {
          let data9 = data0.rollbacks;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err21 = { instancePath: instancePath + "/" + i0 + "/rollbacks", schemaPath: "#/items/properties/rollbacks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err22 = { instancePath: instancePath + "/" + i0 + "/rollbacks", schemaPath: "#/items/properties/rollbacks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data0.rollbacks_window !== void 0) {
          let data10 = data0.rollbacks_window;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.days === void 0) {
              const err23 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window", schemaPath: "#/items/properties/rollbacks_window/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data10.count === void 0) {
              const err24 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window", schemaPath: "#/items/properties/rollbacks_window/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key1 in data10) {
              if (!(key1 === "days" || key1 === "count")) {
                const err25 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window", schemaPath: "#/items/properties/rollbacks_window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.days !== void 0) {
              let data11 = data10.days;
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err26 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window/days", schemaPath: "#/items/properties/rollbacks_window/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window/days", schemaPath: "#/items/properties/rollbacks_window/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data10.count !== void 0) {
              let data12 = data10.count;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err28 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window/count", schemaPath: "#/items/properties/rollbacks_window/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 0 || isNaN(data12)) {
                  const err29 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window/count", schemaPath: "#/items/properties/rollbacks_window/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/" + i0 + "/rollbacks_window", schemaPath: "#/items/properties/rollbacks_window/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data0.stage !== void 0) {
          let data13 = data0.stage;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.value === void 0) {
              const err31 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13.path === void 0) {
              const err32 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data13.since === void 0) {
              const err33 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data13.days === void 0) {
              const err34 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "value" || key2 === "path" || key2 === "since" || key2 === "days")) {
                const err35 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.value !== void 0) {
              if (typeof data13.value !== "string") {
                const err36 = { instancePath: instancePath + "/" + i0 + "/stage/value", schemaPath: "#/items/properties/stage/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.path !== void 0) {
              if (typeof data13.path !== "string") {
                const err37 = { instancePath: instancePath + "/" + i0 + "/stage/path", schemaPath: "#/items/properties/stage/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.since !== void 0) {
              let data16 = data13.since;
              if (typeof data16 === "string") {
                if (!formats116.validate(data16)) {
                  const err38 = { instancePath: instancePath + "/" + i0 + "/stage/since", schemaPath: "#/items/properties/stage/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/" + i0 + "/stage/since", schemaPath: "#/items/properties/stage/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data13.days !== void 0) {
              let data17 = data13.days;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err40 = { instancePath: instancePath + "/" + i0 + "/stage/days", schemaPath: "#/items/properties/stage/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 0 || isNaN(data17)) {
                  const err41 = { instancePath: instancePath + "/" + i0 + "/stage/days", schemaPath: "#/items/properties/stage/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/" + i0 + "/stage", schemaPath: "#/items/properties/stage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data0.rollout !== void 0) {
          let data18 = data0.rollout;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.percent === void 0) {
              const err43 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/required", keyword: "required", params: { missingProperty: "percent" }, message: "must have required property 'percent'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data18.path === void 0) {
              const err44 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data18.since === void 0) {
              const err45 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data18.days === void 0) {
              const err46 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key3 in data18) {
              if (!(key3 === "percent" || key3 === "path" || key3 === "since" || key3 === "days")) {
                const err47 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data18.percent !== void 0) {
              let data19 = data18.percent;
              if (!(typeof data19 == "number" && isFinite(data19))) {
                const err48 = { instancePath: instancePath + "/" + i0 + "/rollout/percent", schemaPath: "#/items/properties/rollout/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data18.path !== void 0) {
              if (typeof data18.path !== "string") {
                const err49 = { instancePath: instancePath + "/" + i0 + "/rollout/path", schemaPath: "#/items/properties/rollout/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data18.since !== void 0) {
              let data21 = data18.since;
              if (typeof data21 === "string") {
                if (!formats116.validate(data21)) {
                  const err50 = { instancePath: instancePath + "/" + i0 + "/rollout/since", schemaPath: "#/items/properties/rollout/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/" + i0 + "/rollout/since", schemaPath: "#/items/properties/rollout/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data18.days !== void 0) {
              let data22 = data18.days;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                const err52 = { instancePath: instancePath + "/" + i0 + "/rollout/days", schemaPath: "#/items/properties/rollout/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err53 = { instancePath: instancePath + "/" + i0 + "/rollout/days", schemaPath: "#/items/properties/rollout/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/" + i0 + "/rollout", schemaPath: "#/items/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data0.next !== void 0) {
          let data23 = data0.next;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.step === void 0) {
              const err55 = { instancePath: instancePath + "/" + i0 + "/next", schemaPath: "#/items/properties/next/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data23.allowed_from === void 0) {
              const err56 = { instancePath: instancePath + "/" + i0 + "/next", schemaPath: "#/items/properties/next/required", keyword: "required", params: { missingProperty: "allowed_from" }, message: "must have required property 'allowed_from'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data23.gate === void 0) {
              const err57 = { instancePath: instancePath + "/" + i0 + "/next", schemaPath: "#/items/properties/next/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            for (const key4 in data23) {
              if (!(key4 === "step" || key4 === "allowed_from" || key4 === "gate")) {
                const err58 = { instancePath: instancePath + "/" + i0 + "/next", schemaPath: "#/items/properties/next/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data23.step !== void 0) {
              if (typeof data23.step !== "string") {
                const err59 = { instancePath: instancePath + "/" + i0 + "/next/step", schemaPath: "#/items/properties/next/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data23.allowed_from !== void 0) {
              let data25 = data23.allowed_from;
              if (typeof data25 === "string") {
                if (!formats116.validate(data25)) {
                  const err60 = { instancePath: instancePath + "/" + i0 + "/next/allowed_from", schemaPath: "#/items/properties/next/properties/allowed_from/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/" + i0 + "/next/allowed_from", schemaPath: "#/items/properties/next/properties/allowed_from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data23.gate !== void 0) {
              if (typeof data23.gate !== "string") {
                const err62 = { instancePath: instancePath + "/" + i0 + "/next/gate", schemaPath: "#/items/properties/next/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/" + i0 + "/next", schemaPath: "#/items/properties/next/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
export {
  preset_status_default as default,
  validate
};
//# sourceMappingURL=preset-status-S3R67YRN.js.map
