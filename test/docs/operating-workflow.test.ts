// The GitHub Actions workflow of guides/operating.md: it parses, deploys on pushes to main with
// pinned actions, takes the credentials from secrets (never on the command line), and its command
// line is one the `versori-client` command accepts (its own parser reads it, up to the credentials).
import { expect, test } from "vitest";
import YAML from "yaml";
import { runCommand } from "../../src/operate/command/main.js";
import { docs } from "../support/docs.js";

type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Workflow = { name: string; on: Record<string, any>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[] }> };

const guide = docs.find((d) => d.file === "guides/operating.md")!.text;
const fences = [...guide.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => m[1]!);

/** A shell line's words: double-quoted strings kept whole, without their quotes. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

test("the guide has one workflow, and it deploys on pushes to main with pinned actions and read-only rights", () => {
  expect(fences).toHaveLength(1);
  const workflow = YAML.parse(fences[0]!) as Workflow;
  expect(workflow.name).toBe("deploy");
  expect(workflow.on.push.branches).toEqual(["main"]);
  expect(workflow.permissions).toEqual({ contents: "read" });
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
});

test("the deploy step: npx versori-client deploy --wait, credentials from secrets, and flags the command accepts", async () => {
  const workflow = YAML.parse(fences[0]!) as Workflow;
  const deploy = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.run?.startsWith("npx versori-client deploy"));
  expect(deploy).toBeDefined();
  expect(deploy!.env).toEqual({ VERSORI_API_KEY: "${{ secrets.VERSORI_API_KEY }}", VERSORI_ORGANISATION_ID: "${{ secrets.VERSORI_ORGANISATION_ID }}" });
  expect(deploy!.run).not.toMatch(/secrets\.|VERSORI_API_KEY/);
  const argv = words(deploy!.run!).slice(2);
  expect(argv).toContain("--wait");

  // Run without credentials: everything before them (flags, the directory, the timeout) is checked
  // first, so the only complaint left is the missing environment variables.
  let stderr = "";
  const code = await runCommand(argv, { env: {}, stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
  expect(stderr).toContain("set VERSORI_API_KEY and VERSORI_ORGANISATION_ID in the environment");
  expect(code).toBe(2);
});
