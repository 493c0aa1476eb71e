import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "../console.ts";

/** One page of every type the reader meets. */
const PAGES = [
  { name: "home", path: "/" },
  { name: "post (Japanese, long, with a table of contents)", path: "/writing/2017/12/31/2017/" },
  { name: "post (English)", path: "/posts/2021/" },
  { name: "post (code and a table)", path: "/writing/2015/11/19/go-http2/" },
  { name: "timeline index", path: "/timeline/" },
  { name: "timeline year", path: "/timeline/2017/" },
  { name: "archive", path: "/archive/" },
  { name: "archive year", path: "/archive/2017/" },
  { name: "category", path: "/categories/docker/" },
  { name: "categories", path: "/categories/" },
  { name: "search", path: "/search/?q=" + encodeURIComponent("振り返り") },
  { name: "404", path: "/no/such/page/" },
];

for (const { name, path } of PAGES) {
  test.describe(() => {
    test.use({ expect404: name === "404" });
    test(`axe finds no violations in either theme: ${name}`, async ({ page }) => {
      await page.goto(path);
      await waitForApp(page);
      if (name === "search") await expect(page.locator(".search-results li").first()).toBeVisible();
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        const found = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 5)
              .join(", ")}`,
        );
        expect(found, `${colorScheme} theme`).toEqual([]);
      }
    });
  });
}
