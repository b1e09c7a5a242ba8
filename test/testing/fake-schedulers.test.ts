// Schedulers on the fake platform through the real Platform client: found in the files a deploy
// runs (`schedule('<name>', '<cron>')`), or seeded; listed and read per environment; a trigger
// writes a log line of the environment (the fake runs no code).
import { describe, expect, test } from "vitest";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

const code = (...schedules: [string, string][]) => [
  { filename: "src/index.ts", content: `import { durable } from '@versori/run';\nimport { workflows } from './workflows';\n` },
  { filename: "src/workflows.ts", content: schedules.map(([name, cron]) => `export const w_${name.replace(/-/g, "_")} = schedule('${name}', "${cron}").then(fn('run', () => 1));`).join("\n") },
];

async function deployed(files = code(["nightly-inventory", "0 2 * * *"], ["hourly", "0 * * * *"])) {
  const clients = fakeClients();
  const project = await clients.platform.createProject({ body: { name: "Order sync" } });
  const env = project.environments[0]!;
  expect(await clients.platform.listSchedulers({ environmentId: env.id })).toEqual([]);
  await clients.platform.deployProject({ projectId: project.id, body: { versionName: "v1", files, labels: {} } });
  return { ...clients, project, env };
}

describe("schedulers", () => {
  test("a deploy's schedules are the environment's schedulers: listed, read by id, with a URL under the environment's", async () => {
    const { platform, env } = await deployed();
    const listed = await platform.listSchedulers({ environmentId: env.id });
    expect(listed.map((s) => [s.name, s.schedule])).toEqual([["nightly-inventory", "0 2 * * *"], ["hourly", "0 * * * *"]]);
    for (const s of listed) {
      expect(s.id).toMatch(ULID);
      expect(s.environment_id).toBe(env.id);
      expect(s.url).toBe(`${env.publicUrl}/schedules/${s.name}`);
      expect(await platform.getScheduler({ environmentId: env.id, schedulerId: s.id })).toEqual(s);
    }
  });

  test("a later deploy changes them: a schedule kept by name keeps its id, one dropped is 404", async () => {
    const { platform, project, env } = await deployed();
    const [nightly, hourly] = await platform.listSchedulers({ environmentId: env.id });
    await platform.deployProject({ projectId: project.id, body: { versionName: "v2", files: code(["hourly", "*/30 * * * *"]), labels: {} } });
    expect(await platform.listSchedulers({ environmentId: env.id })).toEqual([{ ...hourly, schedule: "*/30 * * * *" }]);
    expect((await rejection(platform.getScheduler({ environmentId: env.id, schedulerId: nightly!.id }))).status).toBe(404);
  });

  test("a trigger writes a log line of the version the environment runs and answers 204; unknown ids are 404", async () => {
    const { platform, fake, project, env } = await deployed();
    const [nightly] = await platform.listSchedulers({ environmentId: env.id });
    await platform.triggerScheduler({ environmentId: env.id, schedulerId: nightly!.id });
    expect(fake.calls.at(-1)).toMatchObject({ operationId: "TriggerScheduler", status: 204 });
    const run = (await platform.getProjectLogs({ projectId: project.id, query: { latest: true, build: false } })).logs;
    expect(run).toEqual([{ timestamp: expect.any(String), severity: "INFO", message: "scheduler nightly-inventory triggered", fields: { scheduler: "nightly-inventory", schedulerId: nightly!.id } }]);
    expect((await rejection(platform.triggerScheduler({ environmentId: env.id, schedulerId: "01JRXPT4W4NRWVZS79ZCKRD96C" }))).status).toBe(404);
    expect((await rejection(platform.listSchedulers({ environmentId: "01JRXPT4W4NRWVZS79ZCKRD96C" }))).status).toBe(404);
  });

  test("a seeded scheduler is listed beside the deployed ones and stays through deploys", async () => {
    const { platform, fake, project, env } = await deployed(code(["hourly", "0 * * * *"]));
    const [seeded] = fake.seed(`/o/${fake.organisationId}/environments/${env.id}/schedulers`, [{ name: "month-end", schedule: "0 0 1 * *" }]);
    await platform.deployProject({ projectId: project.id, body: { versionName: "v2", files: code(), labels: {} } });
    expect(await platform.listSchedulers({ environmentId: env.id })).toEqual([
      { id: seeded!.id, name: "month-end", schedule: "0 0 1 * *", environment_id: env.id, url: `${env.publicUrl}/schedules/month-end` },
    ]);
  });
});
