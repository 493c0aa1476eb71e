import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: ["spike/**/*.spike.ts"], environment: "node", testTimeout: 600000 } });
