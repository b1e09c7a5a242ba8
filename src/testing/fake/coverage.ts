// How the fake answers each operation of its contracts, read from the same registry the engine
// runs: a resource's hand-written rule, the generic handling of the operation's path shape
// (create, list, read, update, delete), or the contract's example. guides/testing.md lists the
// example-answered ones from this (scripts/fake-examples.mjs), so the list follows the rules.
import { organisationsV1Contract } from "../../../generated/organisations-v1.contract.js";
import { platformV2Contract } from "../../../generated/platform-v2.contract.js";
import { apiOf } from "./engine.js";
import type { Kind } from "./model.js";
import { RESOURCES } from "./platform.js";
import type { ApiModel } from "./types.js";

export interface OperationCoverage {
  api: ApiModel["name"];
  operationId: string;
  /** "rule": a resource's own rule; a Kind: the generic handling ("example": the contract's example). */
  answeredBy: "rule" | Kind;
}

/** Every operation of the Platform and Organisations contracts, in contract order, with what answers it. */
export function fakeCoverage(): OperationCoverage[] {
  return (
    [
      ["platform", platformV2Contract],
      ["organisations", organisationsV1Contract],
    ] as const
  ).flatMap(([name, contract]) => {
    const { model, rules } = apiOf(name, contract, RESOURCES);
    return contract.operations.map(({ operationId }) => ({
      api: name,
      operationId,
      answeredBy: rules.has(operationId) ? "rule" : model.model.get(operationId)!.kind,
    }));
  });
}
