// Runs git in a temporary repository a test made, with an identity and no signing, so commits
// work on any machine whatever its git configuration.
import { execFileSync } from "node:child_process";

export const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8" });
