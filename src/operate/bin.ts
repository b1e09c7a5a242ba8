#!/usr/bin/env node
// The package's `bin`: `npx versori-client deploy ./integration --project ... --wait`. Ctrl-C
// (or SIGTERM from a CI runner) aborts the running command through its signal; a second one exits.
import { runCommand } from "./command/main.js";

const controller = new AbortController();
for (const name of ["SIGINT", "SIGTERM"] as const) {
  process.once(name, () => {
    controller.abort();
    process.once(name, () => process.exit(130));
  });
}
void runCommand(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: controller.signal }).then((code) => {
  process.exitCode = code;
});
