#!/usr/bin/env node
import { createRequire as __modelgateRequire } from 'node:module'; const require = __modelgateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
//# sourceMappingURL=chunk-2IKIAXSP.js.map
