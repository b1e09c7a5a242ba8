// Reads one side of a comparison: a spec file, or a spec as committed at a git ref.
//   openapi/connect-v1.yaml                 the file as it is now
//   git:REF:PATH                            PATH as committed at REF (git show REF:./PATH)
//   git:REF                                 the other side's path, as committed at REF
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { parse } from "yaml";

// One argument as { ref, path }: ref null for a plain file, path undefined for a bare git:REF.
function split(arg) {
  if (!arg.startsWith("git:")) return { ref: null, path: arg };
  const [ref, ...rest] = arg.slice(4).split(":");
  if (!ref) throw new Error(`${arg}: no git ref after "git:"`);
  return { ref, path: rest.length ? rest.join(":") : undefined };
}

/** Both sides of a comparison as { ref, path }; a bare git:REF takes the other side's path. */
export function parseSources(oldArg, newArg) {
  const [from, to] = [split(oldArg), split(newArg)];
  from.path ??= to.path;
  to.path ??= from.path;
  if (!from.path) throw new Error(`${oldArg} ${newArg}: which file? Write git:REF:PATH, or give a file path`);
  return [from, to];
}

/** The text of a source; null when the ref does not hold the file and `missingIsEmpty` is set. */
function readSource({ ref, path }, missingIsEmpty) {
  if (ref === null) return readFileSync(path, "utf8");
  // `REF:./PATH` is resolved from the current directory, like the plain file path beside it.
  const local = isAbsolute(path) ? relative(process.cwd(), path) : path;
  try {
    execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { stdio: "pipe" });
  } catch {
    throw new Error(`git: ${ref} is not a commit here`);
  }
  try {
    return execFileSync("git", ["show", `${ref}:./${local}`], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  } catch {
    if (missingIsEmpty) return null;
    throw new Error(`${path} is not in ${ref}`);
  }
}

export const label = ({ ref, path }) => (ref === null ? path : `git:${ref}:${path}`);

/**
 * The parsed document of a source. With `missingIsEmpty`, a file the ref does not hold (a spec
 * added since) is an empty document, so everything in it counts as added.
 */
export function loadSource(source, { missingIsEmpty = false } = {}) {
  const text = readSource(source, missingIsEmpty);
  return text === null ? { openapi: "3.1.0", paths: {} } : parse(text);
}
