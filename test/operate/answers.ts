// Answers of the Platform API for the operating tests' loopback servers: a project whose one
// environment is in a given state and runs a given version, and the client bound to a server.
import { createPlatformClient } from "../../src/index.js";
import type { Project, ProjectLog } from "../../src/platform/types.js";
import { ORG } from "../support/fake-fetch.js";

export { ORG };
export const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";
export const API_KEY = "vk_live_4f9c2d7e1a8b3c6d5e0f";
const T = "2025-03-11T16:42:10Z";

export function projectAnswer(environments: { name: string; status: string; version?: string | undefined; versionState?: "draft" | "failed" | "ready" | "superseded" }[]): Project {
  return {
    id: PROJECT,
    name: "Acme order sync",
    createdAt: T,
    updatedAt: T,
    currentFiles: { files: [], labels: {} },
    settings: {},
    metadata: {},
    starred: false,
    environments: environments.map(({ name, status, version, versionState }) => ({
      id: `01JR7ZAY1187NGRJXS8JZX${name.slice(0, 4).toUpperCase().padEnd(4, "0")}`,
      name,
      status,
      createdAt: T,
      updatedAt: T,
      publicUrl: `https://acme-order-sync-${name}.versori.run`,
      config: {},
      ...(version === undefined ? {} : { deployedVersion: { id: `01JRCGD40FZGD7VEG1KFQ3${version.padStart(4, "0").slice(-4)}`, name: version, state: versionState ?? "ready", createdAt: T } }),
    })),
  } as Project;
}

export const logLine = (second: number, message: string, severity = "INFO"): ProjectLog => ({
  timestamp: `2025-03-11T16:42:${String(second).padStart(2, "0")}.000Z`,
  severity,
  message,
});

/** A Platform client bound to the organisation, on a loopback server's URL, without retries. */
export const platformOn = (url: string) => createPlatformClient({ baseUrl: url, token: API_KEY, organisationId: ORG, maxRetries: 0 });
