import { test, expect, waitForApp } from "../console.ts";

// The example posts: a word in the last lines of the 2017 retrospective and one inside a code
// block of the welcome post are found, each with a snippet around it.
test("finds the last line of a post and a word in a code block", async ({ page }) => {
  await page.goto("/search/?q=" + encodeURIComponent("2015年振り返り"));
  await waitForApp(page);
  const results = page.getByRole("list", { name: "検索結果" });
  await expect(results.getByRole("link")).toHaveText(["2017年振り返り"]);
  // The snippet is the References list: the whole query marked where it stands, and its
  // Japanese part in the line before (2016年振り返り); no stray pair (振り) alone.
  await expect(results.locator(".search-results__snippet mark")).toHaveText([
    "年振り返り",
    "2015年振り返り",
  ]);
  const box = page.getByRole("searchbox");
  await box.fill("diary");
  await expect(page).toHaveURL(/\?q=diary$/);
  await expect(results.getByRole("link")).toHaveText(["Welcome to Furikaeri: adding a post"]);
  await expect(results.locator("mark").first()).toHaveText("diary");
});
