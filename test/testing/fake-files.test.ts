// A project's files and its versions' files on the fake platform through the real Platform client:
// replace, patch by filename, read; a version's files as it was made, also after the project's change.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

const file = (filename: string, content: string) => ({ filename, content });

describe("files", () => {
  test("a new project has none; UpdateFiles replaces them all, PatchFiles writes those sent and keeps the others", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Files" } });
    expect(await platform.getFiles({ projectId: project.id })).toEqual({ files: [], labels: {} });
    await platform.updateFiles({ projectId: project.id, body: { files: [file("src/index.ts", "a"), file("src/b.ts", "b")], labels: { team: "ops" } } });
    await platform.patchFiles({ projectId: project.id, body: { files: [file("src/b.ts", "b2"), file("src/c.ts", "c")], labels: { tier: "1" } } });
    expect(await platform.getFiles({ projectId: project.id })).toEqual({
      files: [file("src/index.ts", "a"), file("src/b.ts", "b2"), file("src/c.ts", "c")],
      labels: { team: "ops", tier: "1" },
    });
    await platform.updateFiles({ projectId: project.id, body: { files: [file("main.ts", "m")], labels: {} } });
    expect(await platform.getFiles({ projectId: project.id })).toEqual({ files: [file("main.ts", "m")], labels: {} });
  });

  test("a version keeps the files it was made with (CreateProjectVersion, DeployProject); an unknown version is 404", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Versions" } });
    const made = await platform.createProjectVersion({ projectId: project.id, body: { name: "v1", files: [file("a.ts", "1")], labels: { by: "ci" } } });
    const deployed = await platform.deployProject({ projectId: project.id, body: { versionName: "v2", files: [file("a.ts", "2")], labels: {} } });
    await platform.updateFiles({ projectId: project.id, body: { files: [file("a.ts", "3")], labels: {} } });
    expect(await platform.getVersionFiles({ projectId: project.id, versionId: made.id })).toEqual({ files: [file("a.ts", "1")], labels: { by: "ci" } });
    const v2 = deployed.environments[0]!.deployedVersion!.id;
    expect((await platform.getVersionFiles({ projectId: project.id, versionId: v2 })).files).toEqual([file("a.ts", "2")]);
    expect((await rejection(platform.getVersionFiles({ projectId: project.id, versionId: "01JRXPT4W4NRWVZS79ZCKRD96C" }))).status).toBe(404);
  });
});
