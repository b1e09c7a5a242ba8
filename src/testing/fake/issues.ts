// Issues: CreateIssue opens an issue of an environment that exists (404 otherwise), of that
// environment's project: `open`, seen once (`seenCount` 1, `lastSeenAt` its creation), not
// resolved (`resolvedAt` null), with the labels, annotations and message sent (empty when not).
// UpdateIssue changes the fields sent; resolving or closing it stamps `resolvedAt` (now, unless
// sent) and resolving gives `resolutionStatus: resolved` unless another is sent; back to `open`
// or `acked`, or `resolvedAt: null`, reopens it (no resolvedAt, no resolutionStatus).
// ListIssues is the contract's list (its filters and the last issue's id as the cursor).
import { badRequest, FakeError, notFound } from "./errors.js";
import { answer, build, update } from "./generic.js";
import { environmentById } from "./projects.js";
import type { Json } from "./schema.js";
import type { Resource } from "./types.js";

const ISSUES = "/o/{organisation_id}/issues";
const CLOSED = new Set(["resolved", "closed"]);

export const issues: Resource = {
  api: "platform",
  rules: {
    CreateIssue(call, ctx) {
      const body = call.body as Json;
      if (body.organisationId !== ctx.organisationId) throw new FakeError(403, `This caller may not open issues for organisation ${String(body.organisationId)}.`);
      const [project] = environmentById(call, ctx, String(body.environmentId)) ?? [];
      if (!project) throw notFound(`environment ${String(body.environmentId)}`);
      if (body.projectId !== undefined && body.projectId !== project.id) {
        throw badRequest(`Environment ${String(body.environmentId)} is not one of project ${String(body.projectId)}.`, [{ field: "projectId", message: `is not the project of environment ${String(body.environmentId)}` }]);
      }
      const now = ctx.now();
      const issue = build(call, ctx, ISSUES, {
        projectId: project.id,
        status: "open",
        message: body.message ?? "",
        labels: body.labels ?? {},
        annotations: body.annotations ?? {},
        createdAt: now,
        lastSeenAt: now,
        seenCount: 1,
        resolvedAt: null,
      });
      ctx.state.collection(ctx.keyOf(call, ISSUES)).set(String(issue.id), issue);
      return answer(call, issue);
    },
    UpdateIssue: (call, ctx) =>
      update(call, ctx, ISSUES, (updated, issue) => {
        const body = call.body as Json;
        const reopened = body.resolvedAt === null || (body.status !== undefined && !CLOSED.has(String(body.status)));
        if (reopened) {
          if (body.status === undefined) updated.status = "open";
          updated.resolvedAt = null;
          delete updated.resolutionStatus;
        } else if (CLOSED.has(String(updated.status))) {
          updated.resolvedAt = body.resolvedAt ?? (CLOSED.has(String(issue.status)) ? issue.resolvedAt : null) ?? ctx.now();
          if (updated.status === "resolved") updated.resolutionStatus ??= "resolved";
        }
      }),
  },
};
