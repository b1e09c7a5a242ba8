// Loads jose, which ships as ES modules only. Plain CommonJS that tsc neither compiles nor
// rewrites (scripts/build.mjs copies it into dist/esm and dist/cjs as it is): the CJS build
// (module CommonJS) would turn an import() in TypeScript source into require(), which throws
// ERR_REQUIRE_ESM for jose on Node before 20.19. A real import() works from CommonJS on every
// Node version and needs no eval or new Function, so strict CSP and edge runtimes accept it.
"use strict";

let jose;

module.exports = function loadJose() {
  jose ??= import("jose");
  return jose;
};
