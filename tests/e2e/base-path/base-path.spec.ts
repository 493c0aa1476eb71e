import { E2E_SITES } from "../../helpers/e2e-sites.ts";
import { test, expect, waitForApp } from "../console.ts";

/** An address under the site's base path, on whatever port FURIKAERI_TEST_PORT_OFFSET gives. */
const at = (path: string) => new URL(path, E2E_SITES.basePath.url).href;

test("under /my-blog/ every link, asset and route works", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("./");
  await waitForApp(page);
  await page.getByRole("link", { name: "2017年振り返り" }).click();
  await expect(page).toHaveURL(at("writing/2017/12/31/2017/"));
  await page.getByRole("link", { name: /年表/ }).click();
  await expect(page).toHaveURL(at("timeline/2017/"));
  await expect(page.locator(`[id="2017-04"]`)).toContainText("他にも出張中は");
  await page.getByRole("link", { name: "振り返り", exact: true }).click();
  await expect(page).toHaveURL(at("timeline/"));
  // A fresh load of a deep page finds its assets under the base path.
  await page.goto("./writing/2017/12/31/2017/");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "2017年振り返り" })).toBeVisible();
  expect(failed).toEqual([]);
});
