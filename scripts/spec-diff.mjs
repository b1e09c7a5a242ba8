// npm run spec:diff -- OLD NEW: what changed for users of the client between two versions of one
// of our contracts, per operation, each change classified breaking/minor/patch. See --help.
import { compareDocuments } from "./spec-diff/compare.mjs";
import { label, loadSource, parseSources } from "./spec-diff/load.mjs";
import { highest, json, markdown, text } from "./spec-diff/report.mjs";
import { specs } from "./specs.mjs";

const HELP = `Usage:
  npm run spec:diff -- [--markdown | --json] OLD NEW
  npm run spec:diff -- [--markdown | --json] --base REF

Compares two versions of one OpenAPI contract and prints, per operation (client method), what
changed for a user of the client: operations added or removed, path or method moved, parameters
and fields added, removed or made required, types, enums, oneOf branches and constraints changed,
status codes changed, security (ways to authenticate) changed. Each change is
  breaking  code written against OLD may stop compiling or working against NEW
  minor     something was added or relaxed
  patch     descriptions, examples or other text only
The last line is "semver: major|minor|patch" (major if anything breaks).

Direction: the caller writes requests, so a request that refuses a value valid before breaks
(type or enum value removed, maxLength lowered, minimum raised, pattern added or changed, object
closed); one that takes more is minor. The caller reads responses, so a response that may carry a
value it could not before breaks (type or enum value added, maxLength raised, pattern removed,
field removed or made optional); one that carries less is minor, except an enum or const value
removed (code comparing with it stops compiling, TS2367/TS2678: breaking) and an object opened or
closed (unknown fields are ignored, as for a field added: minor). An integer is a number: integer ->
number in a request, or number -> integer in a response, is minor.
Security: removing a way to authenticate (a scheme, an alternative) or asking for more (a second
scheme, a scope, credentials where none were needed) breaks its callers; adding a way is minor.
Schemes are compared as sent: \`bearerFormat\` and the case of an HTTP scheme or a header name
change nothing. oneOf branches are matched by their discriminating value, else their shape.
What the generator derives counts too: a paginator (paginate.x) lost, or its cursor or items
moved (x-versori-cursor, an \`after\` parameter), breaks; one gained is minor; x-versori-secret
removed breaks (the answer may reach errors and logs), added is minor; x-versori-plumbing is text.

OLD and NEW are each
  FILE              a spec file (YAML or JSON), e.g. openapi/connect-v1.yaml
  git:REF:PATH      PATH as committed at REF, e.g. git:HEAD~1:openapi/connect-v1.yaml
  git:REF           the other argument's file as committed at REF, e.g. git:v0.1.0 openapi/connect-v1.yaml

Options
  --base REF        compare every spec of scripts/specs.mjs as committed at REF with its file now
                    (a spec that REF does not have counts as all operations added)
  --markdown        print Markdown (release notes, pull request and issue bodies)
  --json            print JSON
  --help            this text

Exit status: 0 nothing breaks, 1 something breaks, 2 bad arguments or unreadable input.
Examples
  npm run spec:diff -- git:HEAD openapi/connect-v1.yaml      # your uncommitted edits
  npm run spec:diff -- --base v0.1.0 --markdown               # everything since a release`;

/** One comparison: OLD and NEW as command-line sources (file, git:REF:PATH or git:REF). */
export function compareSources(oldArg, newArg, name, options) {
  const [from, to] = parseSources(oldArg, newArg);
  return { name, from: label(from), to: label(to), result: compareDocuments(loadSource(from, options), loadSource(to)) };
}

/** Every spec of specs.mjs, as committed at `ref`, against its file now. */
export const compareWithRef = (ref) => specs.map((s) => compareSources(`git:${ref}:${s.file}`, s.file, s.name, { missingIsEmpty: true }));

/** Runs the command line; returns the exit status. */
export function main(argv) {
  if (argv.includes("--help") || argv.includes("-h")) return console.log(HELP), 0;
  const format = argv.includes("--json") ? json : argv.includes("--markdown") ? markdown : text;
  const rest = argv.filter((a) => !["--json", "--markdown"].includes(a));
  const base = rest.indexOf("--base");
  const args = base < 0 ? rest : rest.filter((_, i) => i !== base && i !== base + 1);
  const unknown = args.find((a) => a.startsWith("--"));
  if (unknown || (base < 0 ? args.length !== 2 : args.length !== 0 || !rest[base + 1])) {
    console.error(unknown ? `spec:diff: unknown option ${unknown}` : "spec:diff: give OLD and NEW, or --base REF");
    console.error("Run `npm run spec:diff -- --help` for usage.");
    return 2;
  }
  let items;
  try {
    items = base < 0 ? [compareSources(args[0], args[1])] : compareWithRef(rest[base + 1]);
  } catch (error) {
    console.error(`spec:diff: ${error.message}`);
    return 2;
  }
  console.log(format(items));
  return highest(items.map((i) => i.result.semver)) === "major" ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
