// A module of src/ bundled as a page would ship it, for the browser tests: one classic script
// (IIFE) that puts the module's exports on `globalThis[globalName]`.
import * as esbuild from "esbuild";
import { resolve } from "node:path";

export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const built = await esbuild.build({
    entryPoints: [resolve(import.meta.dirname, "../..", entry)],
    bundle: true,
    format: "iife",
    globalName,
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return built.outputFiles[0]!.text;
}
