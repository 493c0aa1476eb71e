import path from "node:path";
import { test, waitForApp } from "../console.ts";

/**
 * Screenshots of the looking-back pages at 320, 1024 and 1280 px in both themes, to look at
 * before calling a change done (GUIDE: "look at what you ship"). Not part of `npm test`: run
 * with FURIKAERI_SCREENSHOTS=1; they land in .cache/screenshots/.
 */
const PAGES = {
  home: "./",
  timeline: "./timeline/",
  "timeline-2017": "./timeline/2017/",
  "timeline-2018": "./timeline/2018/",
  archive: "./archive/",
};
const out = path.resolve(import.meta.dirname, "../../../.cache/screenshots");

test.skip(!process.env.FURIKAERI_SCREENSHOTS, "screenshots: set FURIKAERI_SCREENSHOTS=1");

for (const width of [320, 1024, 1280])
  for (const scheme of ["light", "dark"] as const)
    test(`${width}px ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(url);
        await waitForApp(page);
        await page.screenshot({
          path: path.join(out, `${name}-${width}-${scheme}.png`),
          fullPage: true,
          clip: { x: 0, y: 0, width, height: 1400 },
        });
      }
    });
