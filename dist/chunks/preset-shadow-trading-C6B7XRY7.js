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

// src/generated/preset-shadow-trading.mjs
var __dep1ns = __toESM(require_ucs2length(), 1);
var __dep1 = typeof __dep1ns.default === "object" && __dep1ns.default !== null ? __dep1ns.default : __dep1ns;
var validate = validate94;
var preset_shadow_trading_default = validate94;
var schema53 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/shadow-trading.schema.json", "title": "AI trading registry model metadata (seed 001)", "type": "object", "required": ["model_hash", "strategy", "model_type", "registration_time", "dataset_hash", "dataset_paths", "governance"], "properties": { "model_hash": { "type": "string", "minLength": 1 }, "strategy": { "type": "string", "minLength": 1 }, "model_type": { "type": "string", "minLength": 1 }, "registration_time": { "type": "string", "format": "date-time" }, "dataset_hash": { "type": "string" }, "dataset_paths": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "metadata": { "type": "object" }, "governance": { "type": "object", "required": ["status"], "properties": { "status": { "enum": ["registered", "shadow", "production"] }, "shadow_start_time": { "type": "string", "format": "date-time" }, "shadow_sessions": { "type": "integer", "minimum": 0 }, "promotion_eligible": { "type": "boolean" }, "promotion_metrics": { "type": "object" }, "benchmark_model_hash": { "type": "string" }, "shadow_metrics": { "type": "object", "properties": { "sessions": { "type": "integer", "minimum": 0 }, "days": { "type": "number", "minimum": 0 }, "trade_count": { "type": "integer", "minimum": 0 }, "turnover_ratio": { "type": "number", "minimum": 0 }, "live_sharpe_ratio": { "type": "number" }, "max_drawdown": { "type": "number", "minimum": 0 }, "drift_psi": { "type": "number", "minimum": 0 }, "avg_latency_ms": { "type": "number", "minimum": 0 }, "error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } } } } } };
var func1 = __dep1.default;
var formats138 = formats["date-time"];
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model_hash === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_hash" }, message: "must have required property 'model_hash'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.strategy === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_type" }, message: "must have required property 'model_type'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.registration_time === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registration_time" }, message: "must have required property 'registration_time'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dataset_hash === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset_hash" }, message: "must have required property 'dataset_hash'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.dataset_paths === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset_paths" }, message: "must have required property 'dataset_paths'" };
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
    if (data.model_hash !== void 0) {
      let data0 = data.model_hash;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err7 = { instancePath: instancePath + "/model_hash", schemaPath: "#/properties/model_hash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/model_hash", schemaPath: "#/properties/model_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      let data1 = data.strategy;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err9 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.model_type !== void 0) {
      let data2 = data.model_type;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err11 = { instancePath: instancePath + "/model_type", schemaPath: "#/properties/model_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/model_type", schemaPath: "#/properties/model_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.registration_time !== void 0) {
      let data3 = data.registration_time;
      if (typeof data3 === "string") {
        if (!formats138.validate(data3)) {
          const err13 = { instancePath: instancePath + "/registration_time", schemaPath: "#/properties/registration_time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/registration_time", schemaPath: "#/properties/registration_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.dataset_hash !== void 0) {
      if (typeof data.dataset_hash !== "string") {
        const err15 = { instancePath: instancePath + "/dataset_hash", schemaPath: "#/properties/dataset_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.dataset_paths !== void 0) {
      let data5 = data.dataset_paths;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err16 = { instancePath: instancePath + "/dataset_paths", schemaPath: "#/properties/dataset_paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
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
            const err17 = { instancePath: instancePath + "/dataset_paths/" + i0, schemaPath: "#/properties/dataset_paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/dataset_paths", schemaPath: "#/properties/dataset_paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data7 = data.metadata;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err19 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.governance !== void 0) {
      let data8 = data.governance;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.status === void 0) {
          const err20 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.status !== void 0) {
          let data9 = data8.status;
          if (!(data9 === "registered" || data9 === "shadow" || data9 === "production")) {
            const err21 = { instancePath: instancePath + "/governance/status", schemaPath: "#/properties/governance/properties/status/enum", keyword: "enum", params: { allowedValues: schema53.properties.governance.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.shadow_start_time !== void 0) {
          let data10 = data8.shadow_start_time;
          if (typeof data10 === "string") {
            if (!formats138.validate(data10)) {
              const err22 = { instancePath: instancePath + "/governance/shadow_start_time", schemaPath: "#/properties/governance/properties/shadow_start_time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/governance/shadow_start_time", schemaPath: "#/properties/governance/properties/shadow_start_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.shadow_sessions !== void 0) {
          let data11 = data8.shadow_sessions;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err24 = { instancePath: instancePath + "/governance/shadow_sessions", schemaPath: "#/properties/governance/properties/shadow_sessions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err25 = { instancePath: instancePath + "/governance/shadow_sessions", schemaPath: "#/properties/governance/properties/shadow_sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data8.promotion_eligible !== void 0) {
          if (typeof data8.promotion_eligible !== "boolean") {
            const err26 = { instancePath: instancePath + "/governance/promotion_eligible", schemaPath: "#/properties/governance/properties/promotion_eligible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.promotion_metrics !== void 0) {
          let data13 = data8.promotion_metrics;
          if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
            const err27 = { instancePath: instancePath + "/governance/promotion_metrics", schemaPath: "#/properties/governance/properties/promotion_metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.benchmark_model_hash !== void 0) {
          if (typeof data8.benchmark_model_hash !== "string") {
            const err28 = { instancePath: instancePath + "/governance/benchmark_model_hash", schemaPath: "#/properties/governance/properties/benchmark_model_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data8.shadow_metrics !== void 0) {
          let data15 = data8.shadow_metrics;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.sessions !== void 0) {
              let data16 = data15.sessions;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                const err29 = { instancePath: instancePath + "/governance/shadow_metrics/sessions", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/sessions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 < 0 || isNaN(data16)) {
                  const err30 = { instancePath: instancePath + "/governance/shadow_metrics/sessions", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/sessions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data15.days !== void 0) {
              let data17 = data15.days;
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 0 || isNaN(data17)) {
                  const err31 = { instancePath: instancePath + "/governance/shadow_metrics/days", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/governance/shadow_metrics/days", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data15.trade_count !== void 0) {
              let data18 = data15.trade_count;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err33 = { instancePath: instancePath + "/governance/shadow_metrics/trade_count", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/trade_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err34 = { instancePath: instancePath + "/governance/shadow_metrics/trade_count", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/trade_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data15.turnover_ratio !== void 0) {
              let data19 = data15.turnover_ratio;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err35 = { instancePath: instancePath + "/governance/shadow_metrics/turnover_ratio", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/turnover_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/governance/shadow_metrics/turnover_ratio", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/turnover_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data15.live_sharpe_ratio !== void 0) {
              let data20 = data15.live_sharpe_ratio;
              if (!(typeof data20 == "number" && isFinite(data20))) {
                const err37 = { instancePath: instancePath + "/governance/shadow_metrics/live_sharpe_ratio", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/live_sharpe_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data15.max_drawdown !== void 0) {
              let data21 = data15.max_drawdown;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err38 = { instancePath: instancePath + "/governance/shadow_metrics/max_drawdown", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/max_drawdown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/governance/shadow_metrics/max_drawdown", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/max_drawdown/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data15.drift_psi !== void 0) {
              let data22 = data15.drift_psi;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err40 = { instancePath: instancePath + "/governance/shadow_metrics/drift_psi", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/drift_psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/governance/shadow_metrics/drift_psi", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/drift_psi/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data15.avg_latency_ms !== void 0) {
              let data23 = data15.avg_latency_ms;
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err42 = { instancePath: instancePath + "/governance/shadow_metrics/avg_latency_ms", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/avg_latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/governance/shadow_metrics/avg_latency_ms", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/avg_latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data15.error_rate !== void 0) {
              let data24 = data15.error_rate;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 1 || isNaN(data24)) {
                  const err44 = { instancePath: instancePath + "/governance/shadow_metrics/error_rate", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data24 < 0 || isNaN(data24)) {
                  const err45 = { instancePath: instancePath + "/governance/shadow_metrics/error_rate", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/governance/shadow_metrics/error_rate", schemaPath: "#/properties/governance/properties/shadow_metrics/properties/error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/governance/shadow_metrics", schemaPath: "#/properties/governance/properties/shadow_metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "props": { "model_hash": true, "strategy": true, "model_type": true, "registration_time": true, "dataset_hash": true, "dataset_paths": true, "metadata": true, "governance": true }, "dynamicProps": false, "dynamicItems": false };
export {
  preset_shadow_trading_default as default,
  validate
};
//# sourceMappingURL=preset-shadow-trading-C6B7XRY7.js.map
