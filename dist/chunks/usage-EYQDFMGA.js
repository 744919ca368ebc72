#!/usr/bin/env node

import {
  USAGE
} from "./chunk-TIB5KAKG.js";
import "./chunk-2IKIAXSP.js";
import "./chunk-Y5ALHOIO.js";
export {
  USAGE
};
//# sourceMappingURL=usage-EYQDFMGA.js.map
