import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The end-to-end suites build the site and drive Chromium: give them room.
    testTimeout: 30_000,
    hookTimeout: 1_500_000,
    // Browser suites and builds share dist/ and a 2-core machine: one file at a time.
    fileParallelism: false,
    reporters: ["default"],
  },
});
