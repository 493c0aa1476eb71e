import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";

// The pipeline's layers, each allowed to import only those before it:
// shared ← content/{errors,report,progress} ← content/read ← content/post ← content/site ← build
// shared ← browser ← components ← app ← entry-client; build may import entry-server (the pages);
// authoring (the `new` commands) sits beside build, on top of content.
// Import cycles, type imports included, are found by `npm run lint:cycles` (dpdm).
const BROWSER_SIDE = ["src/browser", "src/components", "src/app", "src/entry-client.tsx"];
const layer = (target, from, message, except) => ({ target, from, message, except });
const zones = [
  layer(
    "src/shared",
    ["src/content", "src/build", "src/authoring", ...BROWSER_SIDE, "src/entry-server.tsx"],
    "shared/ is used by the build and the browser alike: it imports nothing else of src/.",
  ),
  layer(
    "src/content",
    [
      "src/build",
      "src/authoring",
      "src/browser",
      "src/app",
      "src/entry-client.tsx",
      "src/entry-server.tsx",
    ],
    "content/ turns files into site data; it knows nothing of the build, pages or browser.",
  ),
  // The one way up: a post's body is rendered at build time by react-markdown through the
  // components that decide how a post looks (components/post-body), which import only shared/.
  layer(
    "src/content",
    "src/components",
    "content/ may use components/post-body (a post's look) and no other component.",
    ["./post-body"],
  ),
  layer(
    "src/components/post-body",
    ["src/browser", "src/app", "src/components"],
    "post-body/ is rendered at build time from content/: it imports only shared/ and itself.",
    ["./post-body"],
  ),
  layer(
    ["src/content/errors.ts", "src/content/report.ts", "src/content/progress.ts"],
    ["src/content/read", "src/content/post", "src/content/site"],
    "content/'s loose files are what every stage uses: they import no stage.",
  ),
  layer(
    "src/content/read",
    ["src/content/post", "src/content/site", "src/components"],
    "read/ (files → post input) comes before post/ and site/.",
  ),
  layer(
    "src/content/post",
    ["src/content/site"],
    "post/ builds one post from its input alone: what it needs of the site comes as PostContext.",
  ),
  layer(
    BROWSER_SIDE,
    ["src/content", "src/build", "src/authoring", "src/entry-server.tsx"],
    "Browser code gets site data as page data (types in shared/), never from content/ or build/.",
  ),
  layer(
    "src/browser",
    ["src/components", "src/app"],
    "browser/ holds singletons that components and app share: it imports neither.",
  ),
  layer("src/components", ["src/app"], "components/ are below app/: pass what they need as props."),
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", ".cache", ".bench"] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [importX.createNodeResolver()] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
    },
  },
  {
    files: ["src/browser/**", "src/app/**", "src/components/**", "src/entry-client.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*"], message: "Browser code cannot use Node modules." }] },
      ],
    },
  },
);
