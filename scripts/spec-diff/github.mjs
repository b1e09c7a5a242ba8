// Hands results to a GitHub Actions run when there is one (a step output, the job summary);
// does nothing on a developer's machine, so the scripts that use it run the same in both places.
import { appendFileSync } from "node:fs";

/** Sets a step output, read in the workflow as steps.<id>.outputs.<name>. */
export function output(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

/** Adds Markdown to the run's summary page. */
export function summary(markdown) {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}
