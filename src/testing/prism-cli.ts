// Finds Prism's entry script. @stoplight/prism-cli is an optional peer dependency: the user's
// project installs it, so it is looked up from where versori-client is installed and from
// the working directory, and its absence is an error that says what to install.
import { createRequire } from "node:module";
import { join } from "node:path";

export const PRISM_INSTALL = "npm i -D @stoplight/prism-cli@5.14.2";

/** The path of @stoplight/prism-cli/dist/index.js as seen from the first directory that has it. */
export function resolvePrismCli(searchDirs: readonly string[]): string {
  for (const dir of searchDirs) {
    try {
      // createRequire wants a file path; the file need not exist.
      return createRequire(join(dir, "package.json")).resolve("@stoplight/prism-cli/dist/index.js");
    } catch {
      // Not installed where this directory looks; try the next one.
    }
  }
  throw new Error(
    `startMock needs Prism, an optional peer dependency of versori-client that is not installed: ${PRISM_INSTALL}`,
  );
}
