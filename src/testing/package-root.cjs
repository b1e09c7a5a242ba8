// The directory of the installed versori-client package, where openapi/ ships. Hand-written
// CommonJS so that __dirname exists in both builds (import.meta.url would not compile in the
// CJS one); scripts/build.mjs copies it into dist/esm and dist/cjs. This file sits at different
// depths (src/testing in the repo, dist/<format>/src/testing when installed), hence the walk
// up to the package.json that names the package.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function packageRoot() {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "versori-client") return dir;
    if (path.dirname(dir) === dir) throw new Error(`versori-client/testing: no versori-client package.json above ${__dirname}`);
  }
}

module.exports = packageRoot;
