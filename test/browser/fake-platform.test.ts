// The fake platform in a real browser (Chromium from scripts/browser.mjs), bundled from the
// browser entry of versori-client/testing as a page would ship it: state through the Platform
// client, a deploy and its logs, a signing key made with the page's WebCrypto and a JWT signed
// with it acting as an end user, and the contract's 400.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser } from "../../scripts/browser.mjs";
import { bundleForPage } from "../support/browser-bundle.js";
import { startLoopback, type Loopback } from "../support/loopback.js";

type Page = typeof import("./fake-page.js");
declare const FakePage: Page;

let browser: Browser;
let bundle: string;
beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchBrowser(), bundleForPage("test/browser/fake-page.ts", "FakePage")]);
}, 120_000);
afterAll(() => browser?.close());

/** The page and its script from 127.0.0.1, a secure context (the page has WebCrypto); closed when the test ends. */
const site = (): Promise<Loopback> =>
  startLoopback((seen, res) => {
    const script = seen.url === "/fake.js";
    res.writeHead(200, { "content-type": script ? "text/javascript" : "text/html" });
    res.end(script ? bundle : '<!doctype html><title>fake platform</title><script src="/fake.js"></script>');
  });

test("the fake platform runs in the page: state, deploy and logs, a JWT as an end user, the contract's 400", async () => {
  const page = await browser.newPage();
  await page.goto((await site()).url);
  const seen = await page.evaluate(async () => {
    const { createFakePlatform, createPlatformClient, createOrganisationsClient, signJwt } = FakePage;
    const fake = createFakePlatform();
    const options = { fetch: fake.fetch, token: fake.apiKey, organisationId: fake.organisationId, maxRetries: 0 };
    const platform = createPlatformClient(options);
    const project = await platform.createProject({ body: { name: "In the page" } });
    const deployed = await platform.deployProject({ projectId: project.id, body: { versionName: "v1", files: [], labels: {} } });
    const lines: string[] = [];
    for await (const line of platform.paginate.getProjectLogs({ projectId: project.id })) lines.push(line.message);
    await platform.createEndUser({ body: { externalId: "cust-1" } });
    const key = await createOrganisationsClient(options).createSigningKey({ organisationId: fake.organisationId, body: { name: "page" } });
    const token = await signJwt({ privateKey: key.privateKey, signingKeyId: key.id, subject: "cust-1" });
    const asUser = createPlatformClient({ ...options, authScheme: "JWT", token });
    const user = await asUser.getEndUser({ userId: "cust-1" });
    const refused = await platform.createProject({ body: {} as never }).catch((e: { status: number; fields: unknown }) => [e.status, e.fields]);
    return { status: deployed.environments[0]?.status, lines, user: user.externalId, identity: fake.calls.at(-2)?.identity, refused, navigator: typeof navigator };
  });
  expect(seen).toEqual({
    status: "running",
    lines: ["deploying version v1 to production", "version v1 is running in production"],
    user: "cust-1",
    identity: "endUser",
    refused: [400, [{ field: "name", message: "is required" }]],
    navigator: "object",
  });
  await page.close();
});
