// The KV scopes' stores and key prefixes against the platform's CLI (pkg/cmd/kv/common.go, which
// mirrors the runtime): the same inputs give the same store names and prefixes. The user scope's
// hash values were computed outside this code (`printf '%s' "<id>" | sha256sum`).
import { describe, expect, test } from "vitest";
import { kvAddress, sha256Hex } from "../../src/operate/kv-address.js";
import { ORG, PROJECT } from "./answers.js";

const ENV = "production";
const ACTIVATION = "01JRA5C6MZ7Q2V1X0N8B4T3D9E";
const EXECUTION = "01JRB2EXECUTION0000000000A";
// "Zoë Łódź 東京 🚀": two-, three- and four-byte UTF-8 sequences.
const NON_ASCII = "Zo\u00eb \u0141\u00f3d\u017a \u6771\u4eac \u{1F680}";
const NON_ASCII_SHA256 = "b02ec3631228b420382a15c8ed4157ddfac5c36dccecbb2a7aea09809d197d75";
const ASCII_SHA256 = "64819210d84f549a487924d8b7b6e1dbc3f01cc9df315a99bb3e1a4d0a487b08"; // "cust-48213"

describe("sha256Hex", () => {
  test("hashes the UTF-8 bytes, lowercase hex", async () => {
    expect(await sha256Hex("cust-48213")).toBe(ASCII_SHA256);
    expect(await sha256Hex(NON_ASCII)).toBe(NON_ASCII_SHA256);
  });
});

describe("kvAddress: the CLI's resolveScopePrefix, case by case", () => {
  const ids = { organisationId: ORG, projectId: PROJECT, environment: ENV };
  test.each([
    ["organisation", { organisationId: ORG }, `ORG_${ORG}`, [ORG]],
    ["organisation ignores the project", { ...ids }, `ORG_${ORG}`, [ORG]],
    ["workspace", ids, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV]],
    ["workspace ignores an activation", { ...ids, activationId: ACTIVATION }, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV]],
    ["project", ids, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV]],
    ["project with an activation", { ...ids, activationId: ACTIVATION }, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV, ACTIVATION]],
    ["user", { ...ids, externalId: "cust-48213" }, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV, ASCII_SHA256]],
    ["user, non-ASCII external id", { ...ids, externalId: NON_ASCII }, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV, NON_ASCII_SHA256]],
    ["user ignores an activation", { ...ids, externalId: "cust-48213", activationId: ACTIVATION }, `PROJECT_${PROJECT}`, [ORG, PROJECT, ENV, ASCII_SHA256]],
    ["execution", { ...ids, executionId: EXECUTION }, `EXECUTION_${PROJECT}`, [ORG, PROJECT, ENV, EXECUTION]],
    ["execution with an activation", { ...ids, executionId: EXECUTION, activationId: ACTIVATION }, `EXECUTION_${PROJECT}`, [ORG, PROJECT, ENV, EXECUTION, ACTIVATION]],
  ] as const)("%s", async (name, input, store, prefix) => {
    const scope = name.split(/[ ,]/)[0] as "organisation";
    expect(await kvAddress({ scope, ...input })).toEqual({ store, prefix });
  });

  test.each([
    ["user", { organisationId: ORG, projectId: PROJECT, environment: ENV }, "externalId"],
    ["execution", { organisationId: ORG, projectId: PROJECT, environment: ENV }, "executionId"],
    ["workspace", { organisationId: ORG, projectId: PROJECT }, "environment"],
    ["project", { organisationId: ORG, environment: ENV }, "projectId"],
    ["organisation", { organisationId: "" }, "organisationId"],
  ] as const)("the %s scope without %s is a TypeError, before any request", async (scope, input, missing) => {
    await expect(kvAddress({ scope, ...input })).rejects.toThrow(new TypeError(`the ${scope} scope needs ${missing}`));
  });

  test("an unknown scope is a TypeError naming the scopes", async () => {
    await expect(kvAddress({ scope: "tenant" as "user", organisationId: ORG })).rejects.toThrow(/scope must be one of organisation, workspace, project, user, execution/);
  });
});
