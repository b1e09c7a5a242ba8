// Node only: reads a project directory into the files a deploy sends, as the platform's own CLI
// chooses them: `.gitignore` rules apply (the root's and every subfolder's, each to the paths
// below it, the deeper one deciding), `.git` is never sent, and a symbolic link is read only when
// it points at a file inside the directory (never out of it, never into a folder: no cycles).
// Everything sent is text: a file that is not UTF-8 stops the collection, naming the file.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { ProjectFile } from "../platform/types.js";
import { about, VersoriOperateError } from "./operate-error.js";

export interface CollectOptions {
  /** More rules in `.gitignore` syntax, applied at the root after the root's `.gitignore`. */
  ignore?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
}

/** An entry of the directory that was not sent, and why. */
export interface SkippedEntry {
  path: string;
  reason: "ignored" | "git" | "link_outside" | "link_to_directory" | "broken_link" | "not_a_file";
}

export interface CollectedFiles {
  /** The files to send, sorted by path. */
  files: ProjectFile[];
  /** Bytes of the files' contents (UTF-8). */
  bytes: number;
  /** What was left out on purpose: ignored entries (not their contents), `.git`, links. */
  skipped: SkippedEntry[];
}

/** One folder's `.gitignore` rules and where they apply from (a relative path, "" at the root). */
interface Rules {
  base: string;
  rules: Ignore;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const DEPLOY = about("PUT", "/o/{organisation_id}/projects/{project_id}/deploy");

/** Whether `target` (a real path) lies outside the real path `root`. */
function isOutside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return isAbsolute(rel) || rel.split(sep)[0] === "..";
}

/** Whether the rules, root first, leave `path` ignored: a deeper folder's rule overrides a shallower one. */
function isIgnored(stack: readonly Rules[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of stack) {
    if (base && !path.startsWith(`${base}/`)) continue;
    const own = (base ? path.slice(base.length + 1) : path) + (isDir ? "/" : "");
    const result = rules.test(own);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function readRules(dir: string): Promise<string | undefined> {
  try {
    return await readFile(join(dir, ".gitignore"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The files of `dir` a deploy sends. */
export async function collectFiles(dir: string, options: CollectOptions = {}): Promise<CollectedFiles> {
  const root = await realpath(dir);
  const files: ProjectFile[] = [];
  const skipped: SkippedEntry[] = [];
  let bytes = 0;
  const extra: Rules[] = options.ignore?.length ? [{ base: "", rules: ignore().add([...options.ignore]) }] : [];

  const addFile = async (path: string, absolute: string) => {
    options.signal?.throwIfAborted();
    const raw = await readFile(absolute, options.signal ? { signal: options.signal } : undefined);
    let content: string;
    try {
      content = strict.decode(raw);
    } catch {
      content = "\0";
    }
    // A NUL byte is valid UTF-8 but marks a binary file as surely as an invalid sequence does.
    if (content.includes("\0")) {
      throw new VersoriOperateError("file_not_text", `${path} is not UTF-8 text, so a deploy cannot send it; add it to .gitignore or pass it in ignore`, DEPLOY, { file: path });
    }
    bytes += raw.byteLength;
    files.push({ filename: path, content });
  };

  const walk = async (folder: string, prefix: string, inherited: readonly Rules[]): Promise<void> => {
    options.signal?.throwIfAborted();
    const own = await readRules(folder);
    // The caller's rules come right after the root's .gitignore, so they win over it.
    const stack = [...inherited, ...(own === undefined ? [] : [{ base: prefix, rules: ignore().add(own) }]), ...(prefix ? [] : extra)];
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      const absolute = join(folder, entry.name);
      if (entry.name === ".git") {
        skipped.push({ path, reason: "git" });
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => undefined);
        if (target === undefined) skipped.push({ path, reason: "broken_link" });
        else if (isOutside(root, target)) skipped.push({ path, reason: "link_outside" });
        else if ((await stat(target)).isDirectory()) skipped.push({ path, reason: "link_to_directory" });
        else if (isIgnored(stack, path, false)) skipped.push({ path, reason: "ignored" });
        else await addFile(path, target);
        continue;
      }
      const isDir = entry.isDirectory();
      if (isIgnored(stack, path, isDir)) skipped.push({ path, reason: "ignored" });
      else if (isDir) await walk(absolute, path, stack);
      else if (entry.isFile()) await addFile(path, absolute);
      else skipped.push({ path, reason: "not_a_file" });
    }
  };

  await walk(root, "", []);
  files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  return { files, bytes, skipped };
}
