#!/usr/bin/env node


// src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
//# sourceMappingURL=chunk-2IKIAXSP.js.map
