import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starts Prism on openapi/connect-v1.yaml once for the whole run; contract tests read its URL.
    globalSetup: ["test/setup/prism.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    testTimeout: 20_000,
    hookTimeout: 90_000,
  },
});
