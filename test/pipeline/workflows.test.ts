// The GitHub workflows cannot run here, so what can go wrong in them without a run is checked:
// each parses, starts on the right events, pins its actions by major version, and every command
// it runs exists (an npm script in package.json, a file for node or bash), so each workflow is
// also one local command. A step output a workflow reads must be one its script writes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import YAML from "yaml";

const repo = resolve(import.meta.dirname, "../..");
const dir = join(repo, ".github/workflows");
const scripts: Record<string, string> = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).scripts;

type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; strategy?: { matrix?: Record<string, unknown> }; permissions?: Record<string, string> };
type Workflow = { name: string; on: Record<string, any>; jobs: Record<string, Job>; permissions?: Record<string, string> };

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map<string, Workflow>(files.map((f) => [f.replace(/\.ya?ml$/, ""), YAML.parse(readFileSync(join(dir, f), "utf8"))]));
const workflow = (name: string) => {
  const w = workflows.get(name);
  if (!w) throw new Error(`.github/workflows/${name}.yml is missing`);
  return w;
};
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));

test("the five workflows are there and each parses to name, triggers and jobs with steps", () => {
  expect([...workflows.keys()].sort()).toEqual(["ci", "docs", "drift", "regenerate", "release"]);
  for (const [name, w] of workflows) {
    expect(w.name, name).toBe(name);
    expect(Object.keys(w.on ?? {}).length, name).toBeGreaterThan(0);
    for (const job of Object.values(w.jobs)) expect(job.steps.length, name).toBeGreaterThan(0);
  }
});

describe("triggers", () => {
  test("ci: pushes to main and pull requests, on a matrix of Node 20, 22 and 24, running .ci/run", () => {
    const ci = workflow("ci");
    expect(ci.on.push.branches).toEqual(["main"]);
    expect(ci.on).toHaveProperty("pull_request");
    expect(ci.jobs.ci!.strategy?.matrix?.node).toEqual([20, 22, 24]);
    const setup = steps(ci).find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with?.["node-version"]).toBe("${{ matrix.node }}");
    expect(runs(ci)).toContain("bash .ci/run");
  });

  test("regenerate: pushes and pull requests that touch openapi/** or scripts/**", () => {
    const { on } = workflow("regenerate");
    for (const event of ["push", "pull_request"]) expect(on[event].paths).toEqual(["openapi/**", "scripts/**"]);
    expect(runs(workflow("regenerate")).some((r) => r.startsWith("npm run regenerate"))).toBe(true);
  });

  test("drift: a schedule and a manual start", () => {
    const { on } = workflow("drift");
    expect(on.schedule).toEqual([{ cron: expect.stringMatching(/^(\S+ ){4}\S+$/) }]);
    expect(on).toHaveProperty("workflow_dispatch");
  });

  test("docs: builds, checks in a browser and deploys to GitHub Pages", () => {
    const docs = workflow("docs");
    expect(docs.on.push.paths).toContain("openapi/**");
    expect(runs(docs)).toEqual(expect.arrayContaining(["npm run docs", "npm run docs:check"]));
    const uses = steps(docs).map((s) => s.uses?.split("@")[0]);
    expect(uses).toEqual(expect.arrayContaining(["actions/upload-pages-artifact", "actions/deploy-pages"]));
    expect(docs.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  test("release: version tags; .ci/run, the report check, then npm publish --provenance", () => {
    const release = workflow("release");
    expect(release.on.push.tags).toEqual(["v*"]);
    expect(release.permissions).toMatchObject({ "id-token": "write", contents: "write" });
    const order = ["bash .ci/run", "npm run release:check", "npm publish --provenance", "gh release create"];
    const at = order.map((cmd) => runs(release).findIndex((r) => r.startsWith(cmd)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(runs(release).find((r) => r.startsWith("gh release create"))).toContain("--notes-file .cache/release/notes.md");
  });
});

test("every action is pinned by major version", () => {
  for (const [name, w] of workflows) {
    for (const step of steps(w).filter((s) => s.uses)) expect(step.uses, name).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  }
});

test("every command a workflow runs exists: npm scripts in package.json, files for node and bash", () => {
  const checked: string[] = [];
  for (const [name, w] of workflows) {
    for (const run of runs(w)) {
      for (const [, script] of run.matchAll(/\bnpm run (?:-s )?([\w:.-]+)/g)) {
        expect(scripts, `${name}: npm run ${script}`).toHaveProperty([script!]);
        checked.push(script!);
      }
      for (const [, file] of run.matchAll(/\b(?:node|bash) ((?:\.|\w)[\w./-]*)/g)) {
        expect(existsSync(join(repo, file!)), `${name}: ${file} exists`).toBe(true);
        checked.push(file!);
      }
    }
  }
  expect(checked).toEqual(expect.arrayContaining([".ci/run", "regenerate", "drift", "docs", "docs:check", "release:check"]));
});

test("a step output a workflow reads is one its script writes", () => {
  let read = 0;
  for (const [name, w] of workflows) {
    const all = steps(w);
    const text = JSON.stringify(w);
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const step = all.find((s) => s.id === id);
      if (step?.uses) continue; // an action's outputs are the action's business
      const script = step?.run?.match(/^npm run ([\w:.-]+)/)?.[1];
      expect(script, `${name}: step ${id} runs an npm script`).toBeDefined();
      const file = scripts[script!]!.replace(/^node /, "");
      expect(readFileSync(join(repo, file), "utf8"), `${name}: ${file} writes ${output}`).toContain(`output("${output}"`);
      read++;
    }
  }
  expect(read).toBeGreaterThanOrEqual(2);
});
