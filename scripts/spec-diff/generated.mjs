// What the generator makes of an operation beyond its types, judged by what it changes for code
// that uses the client. Every `x-versori-*` extension the generator reads lands here:
//   - the paginator `paginate.<method>` (from an `after` query parameter or `x-versori-cursor`):
//     losing it breaks the code that iterates it (it stops compiling), gaining it is minor;
//   - where its cursor travels and where its items are read (`x-versori-cursor`, the answer's
//     array): a move breaks code that resumes a walk with `after` or counts on its items;
//   - `x-versori-secret` (the answer is kept out of every error): dropping it lets a secret into
//     messages and logs that were free of it, breaking; adding it is minor;
//   - `x-versori-plumbing` marks the operation in the operations guide only: documentation.
import { describeOperation, eachOperation } from "../render-operations.mjs";
import { PLUMBING } from "../operations-table.mjs";

/** The generator's descriptor of one operation, or undefined where the generator refuses it (reported by the schema comparison). */
function descriptor(document, entry) {
  const method = entry.method.toLowerCase();
  const operation = [...eachOperation(document)].find((o) => o.path === entry.path && o.method === method);
  try {
    return describeOperation(document, operation);
  } catch {
    return undefined;
  }
}

// The default cursor style: `after` in the query, `next` in the answer (see src/core/paginate.ts).
const cursorText = (d) => {
  const [request, response] = d.cursor ?? ["query.after", "next"];
  return `sent as ${request}, read from ${response}`;
};

/**
 * The changes, as push(level, where, what), between what the generator makes of `before` and
 * `after` (operations `{ id, method, path, op }` of oldDoc and newDoc).
 */
export function compareGenerated(oldDoc, newDoc, before, after, push) {
  const [a, b] = [descriptor(oldDoc, before), descriptor(newDoc, after)];
  if (a && b) {
    const iterator = `paginate.${after.id[0].toLowerCase()}${after.id.slice(1)}`;
    if (a.page && !b.page) push("breaking", iterator, "removed (code that uses it stops compiling)");
    else if (!a.page && b.page) push("minor", iterator, "added");
    else if (a.page && b.page) {
      if (cursorText(a) !== cursorText(b)) push("breaking", iterator, `cursor moved: ${cursorText(a)} -> ${cursorText(b)}`);
      if (a.page !== b.page) push("breaking", iterator, `items read from ${a.page} -> ${b.page}`);
    }
    if (a.secret && !b.secret) push("breaking", "errors", "the answer is no longer kept out of errors (x-versori-secret removed)");
    else if (!a.secret && b.secret) push("minor", "errors", "the answer is kept out of errors (x-versori-secret)");
  }
  const [was, is] = [before.op[PLUMBING] === true, after.op[PLUMBING] === true];
  if (was !== is) push("patch", "documentation", `${is ? "marked" : "no longer marked"} as the platform's plumbing in the operations guide`);
}
