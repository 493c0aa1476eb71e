import { describe, expect, it } from "vitest";
import { parseMonthMarker } from "../../../src/content/post/timeline/month-marker.ts";

describe("parseMonthMarker", () => {
  describe("Japanese months", () => {
    it.each([
      ["1月．転職した", [1], "転職した"],
      ["1月.転職した", [1], "転職した"],
      ["1月:転職した", [1], "転職した"],
      ["1月：転職した", [1], "転職した"],
      ["1月、転職した", [1], "転職した"],
      ["1月，転職した", [1], "転職した"],
      ["1月。転職した", [1], "転職した"],
      ["1月 転職した", [1], "転職した"],
      ["1月　転職した", [1], "転職した"],
      ["12月．KubeConに参加した", [12], "KubeConに参加した"],
      ["1月", [1], ""],
      ["01月．", [1], ""],
      ["１月．全角", [1], "全角"],
      ["１２月：全角", [12], "全角"],
      ["【4月】出張", [4], "出張"],
      ["■4月 出張", [4], "出張"],
      ["4月 - 出張", [4], "出張"],
    ])("%j is month %j, then %j", (text, months, rest) => {
      expect(parseMonthMarker(text)).toEqual({ months, days: null, rest });
    });
  });

  describe("Japanese months followed by a particle or time word (decided: markers)", () => {
    it.each([
      ["1月に転職した", [1]],
      ["1月には転職していた", [1]],
      ["1月は忙しかった", [1]],
      ["1月の終わりに転職した", [1]],
      ["1月から新しいチーム", [1]],
      ["1月末に転職した", [1]],
      ["1月頃から", [1]],
      ["1月下旬", [1]],
      ["4月も出張", [4]],
    ])("%j is month %j", (text, months) => {
      expect(parseMonthMarker(text)?.months).toEqual(months);
    });
  });

  describe("English months", () => {
    it.each([
      ["January: joined Mercari", [1], "joined Mercari"],
      ["January. Joined Mercari", [1], "Joined Mercari"],
      ["January, joined Mercari", [1], "joined Mercari"],
      ["January - joined Mercari", [1], "joined Mercari"],
      ["January — joined Mercari", [1], "joined Mercari"],
      ["January", [1], ""],
      ["june: moved", [6], "moved"],
      ["JUNE: moved", [6], "moved"],
      ["Jan. Joined Mercari", [1], "Joined Mercari"],
      ["Jan: joined", [1], "joined"],
      ["Feb. went to FOSDEM", [2], "went to FOSDEM"],
      ["Sept. talked", [9], "talked"],
      ["Sep: talked", [9], "talked"],
      ["Dec.", [12], ""],
      ["May: a talk", [5], "a talk"],
      ["(March) a talk", [3], "a talk"],
    ])("%j is month %j, then %j", (text, months, rest) => {
      expect(parseMonthMarker(text)).toEqual({ months, days: null, rest });
    });
  });

  describe("ranges belong to each month of the range", () => {
    it.each([
      ["1月-3月 準備", [1, 2, 3]],
      ["1月〜3月", [1, 2, 3]],
      ["1月～3月", [1, 2, 3]],
      ["1月~3月", [1, 2, 3]],
      ["1月－3月", [1, 2, 3]],
      ["1月 - 3月: 準備", [1, 2, 3]],
      ["1月から3月まで準備していた", [1, 2, 3]],
      ["1月から3月にかけて", [1, 2, 3]],
      ["3-4月．出張", [3, 4]],
      ["3〜4月．出張", [3, 4]],
      ["３〜４月．全角", [3, 4]],
      ["10-12月", [10, 11, 12]],
      ["3月〜3月", [3]],
      ["February – March", [2, 3]],
      ["February - March: busy", [2, 3]],
      ["February to March: busy", [2, 3]],
      ["Jan-Mar: busy", [1, 2, 3]],
      ["Jan–Mar", [1, 2, 3]],
      ["September through November, busy", [9, 10, 11]],
      ["11月〜2月", [11, 12, 1, 2]],
      ["November - February", [11, 12, 1, 2]],
    ])("%j is months %j", (text, months) => {
      const marker = parseMonthMarker(text);
      expect(marker?.months).toEqual(months);
      expect(marker?.days).toBeNull();
    });
  });

  describe("days", () => {
    it.each([
      ["1月2日．初詣", [1], "01-02"],
      ["1月2日に初詣", [1], "01-02"],
      ["１月２日", [1], "01-02"],
      ["12月31日をもって退職した", [12], "12-31"],
      ["2月29日", [2], "02-29"],
      ["1月2日-5日．帰省", [1], "01-02/01-05"],
      ["1月2〜5日．帰省", [1], "01-02/01-05"],
      ["1月2日-1月5日", [1], "01-02/01-05"],
      ["3月30日〜4月2日", [3, 4], "03-30/04-02"],
      ["12月29日-1月20日．帰省", [12, 1], "12-29/01-20"],
      ["January 2: first day", [1], "01-02"],
      ["June 2nd, moved", [6], "06-02"],
      ["Jan 2nd: first day", [1], "01-02"],
      ["January 2-5: holidays", [1], "01-02/01-05"],
      ["Dec 29 - Jan 20: holidays", [12, 1], "12-29/01-20"],
    ])("%j is months %j, days %j", (text, months, days) => {
      const marker = parseMonthMarker(text);
      expect(marker?.months).toEqual(months);
      expect(marker?.days).toBe(days);
    });

    it("gives no days when only one end of a range has one", () => {
      expect(parseMonthMarker("1月2日〜3月")).toEqual({ months: [1, 2, 3], days: null, rest: "" });
    });
  });

  describe("not markers", () => {
    it.each([
      ["2017年1月に転職した", "a year comes first"],
      ["2017年1月", "a year comes first"],
      ["10年ぶりに", "年 is not 月"],
      ["1ヶ月休んだ", "a duration"],
      ["1か月休んだ", "a duration"],
      ["3日間休んだ", "days only"],
      ["1月号に寄稿した", "月号 is a magazine issue"],
      ["13月", "no 13th month"],
      ["0月", "no month 0"],
      ["2月30日", "no 30 February"],
      ["4月31日", "no 31 April"],
      ["そして12月31日をもって退職した", "the month is not at the start"],
      ["今年は激動の一年だった．", "no month"],
      ["Janitor duties", "a longer word"],
      ["Marching on", "a longer word"],
      ["Decided to move", "a longer word"],
      ["Augmented reality", "a longer word"],
      ["Mayday", "a longer word"],
      ["May I say", "a month word with no punctuation"],
      ["March on", "a month word with no punctuation"],
      ["Jan said hello", "a name"],
      ["January 2017", "a year, not a day"],
      ["January 2017: joined", "a year, not a day"],
      ["Dec. 2020", "a year, not a day"],
      ["In January 2017, I joined", "a year after a lead-in month"],
      ["In Januaryland", "a longer word after a lead-in"],
      ["3月までにLINE Botを作る", "a deadline is a plan, not an event"],
      ["8月までにTypeScriptを覚える", "a deadline is a plan, not an event"],
      ["May the year go well", "a month word with no punctuation"],
      ["February at Shizuoka, then home", "a caption must end with a colon"],
      ["Code review tips", "no month"],
      ["", "empty"],
    ])("%j (%s)", (text) => {
      expect(parseMonthMarker(text)).toBeNull();
    });

    it.each([
      ["In January, I joined", [1]],
      ["In June I moved", [6]],
      ["In late February, we left", [2]],
      ["Since March we work from home", [3]],
      ["In the end of May, a trip", [5]],
      ["February at Shizuoka:", [2]],
      ["1 月", [1]],
      ["11 月下旬にいきなり", [11]],
    ])("%j reads as a month that leads the text", (text, months) => {
      expect(parseMonthMarker(text)?.months).toEqual(months);
    });
  });
});
