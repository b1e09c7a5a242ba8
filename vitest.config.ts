import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The tests run in Node on src/: Node's variant of package.json's "#process-env" (which points into dist/).
  resolve: { alias: { "#process-env": fileURLToPath(new URL("./src/core/process-env.node.ts", import.meta.url)) } },
  test: {
    include: ["test/**/*.test.ts"],
    // Starts Prism on openapi/connect-v1.yaml once for the whole run; contract tests read its URL.
    globalSetup: ["test/setup/prism.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    testTimeout: 20_000,
    hookTimeout: 90_000,
  },
});
