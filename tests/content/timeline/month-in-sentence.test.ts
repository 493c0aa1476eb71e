import { describe, expect, it } from "vitest";
import { monthInSentence } from "../../../src/content/post/timeline/month-in-sentence.ts";

describe("monthInSentence (a retrospective of 2020)", () => {
  it.each([
    // The examples and the many-author corpus's shapes.
    ["コロナ禍もそうなのだが、6月に子どもが生まれて大変だった", 6],
    ["とくに公言はしていなかったが、11月から新しい会社で働いている", 11],
    ["会社が5月に移転した", 5],
    ["3月末で退職した", 3],
    ["まずはこれでしょう。1月の下旬に出社禁止の指示が出た。", 1],
    ["今年の 2 月頃に声をかけてもらった", 2],
    ["１１月下旬にいきなり思い立った", 11],
    ["4月1日にはサービスをリリースした", 4],
    ["2020年8月に引っ越した", 8],
    ["2018 年 7 月から始めたが、2019 年 10 月に怪我をして、4 月からはジムが閉鎖された", 4],
    ["in March I moved to Berlin.", 3],
    ["Since June, I have worked from home.", 6],
    ["It started at the end of February.", 2],
    ["A 62 mile ride in October:", 10],
    ["Lately (early/mid December) I started meditating.", 12],
    ["In August 2020, we released the book.", 8],
  ])("%j is about month %i", (text, month) => {
    expect(monthInSentence(text, 2020)).toBe(month);
  });

  it.each([
    ["3月までにLINE Botを作る", "a deadline"],
    ["8月までにTypeScriptを覚える", "a deadline"],
    ["来年は6月に引っ越したい", "a wish"],
    ["目標は5月に登壇すること", "a goal"],
    ["2019 年 3 月に用具を揃えていた", "another year"],
    ["去年の 8 月から配信している", "last year"],
    ["4ヶ月ぶりに出社した", "a duration"],
    ["月 1 更新を目指す", "not a month"],
    ["2020年12月現在では試せる", "an as-of date"],
    ["By August I will know TypeScript.", "a plan"],
    ["I plan to move in March.", "a plan"],
    ["Jan 1st is not a special date.", "a date, not an event"],
    ["In September 2017 the blog was indexed.", "another year"],
    ["may be in may", "the verb may"],
  ])("%j is no month's event (%s)", (text) => {
    expect(monthInSentence(text, 2020)).toBeNull();
  });
});
