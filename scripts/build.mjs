// npm run build: compiles src/ (and the generated/ files it imports) twice with tsc, into
// dist/esm (ES modules) and dist/cjs (CommonJS), each with its own declarations.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync("dist", { recursive: true, force: true });
for (const project of ["tsconfig.build.json", "tsconfig.build.cjs.json"]) {
  const run = spawnSync(process.execPath, [tsc, "-p", project], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`tsc -p ${project} failed`);
    process.exit(run.status ?? 1);
  }
}
// Hand-written JavaScript, shipped as it is in both builds: src/testing/package-root.cjs needs
// __dirname in both.
for (const tree of ["dist/esm", "dist/cjs"]) copyFileSync("src/testing/package-root.cjs", `${tree}/src/testing/package-root.cjs`);
// The package's bin (`npx versori-client`), executable when run from a checkout too (npm sets the
// bit itself when it installs the package).
chmodSync("dist/esm/src/operate/bin.js", 0o755);
// The package is "type": "module"; this marks the .js and .d.ts files under dist/cjs as CommonJS.
mkdirSync("dist/cjs", { recursive: true });
writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
// package.json's "imports" ("#process-env": the environment in Node, none elsewhere) serve the ESM
// tree; Node resolves them from the nearest package.json, which under dist/cjs is the one above,
// and publint refuses "imports" there. The CommonJS build, which require() loads, in Node, takes
// Node's variant by its relative path instead.
const NODE_ENV = "dist/cjs/src/core/process-env.node.js";
const requireOf = (file) => {
  const path = relative(dirname(file), NODE_ENV).replaceAll("\\", "/");
  return `require("${path.startsWith(".") ? path : `./${path}`}")`;
};
for (const file of readdirSync("dist/cjs", { recursive: true }).map((f) => join("dist/cjs", f))) {
  if (!file.endsWith(".js")) continue;
  const text = readFileSync(file, "utf8");
  if (text.includes('require("#process-env")')) writeFileSync(file, text.replaceAll('require("#process-env")', requireOf(file)));
}
console.log("built dist/esm (ESM) and dist/cjs (CommonJS)");
