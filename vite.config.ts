import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { furikaeriContent } from "./src/content/vite-plugin";

export default defineConfig({
  plugins: [react(), furikaeriContent()],
  resolve: { alias: { "@": "/src" } },
  build: { emptyOutDir: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "content",
          include: ["tests/content/**/*.test.ts", "tests/build/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["tests/app/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/helpers/setup-dom.ts"],
        },
      },
    ],
  },
});
