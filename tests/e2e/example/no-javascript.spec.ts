import { test, expect } from "../console.ts";

test.use({ javaScriptEnabled: false });

test("every page reads with JavaScript off: list, post, timeline", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("link", { name: "2017年振り返り" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2017年振り返り" })).toBeVisible();
  await expect(page.getByText("今年は激動の一年だった")).toBeVisible();
  await page.getByRole("link", { name: /年表/ }).click();
  await expect(page.locator(`[id="2017-01"]`)).toContainText("Mercari");
  await expect(page.locator(`[id="2017-04"]`)).toContainText("他にも出張中は");
  await page.goto("./timeline/");
  await expect(page.getByRole("link", { name: /2017/ }).first()).toBeVisible();
});
