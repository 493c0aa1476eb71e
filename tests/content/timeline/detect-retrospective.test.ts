import { describe, expect, it } from "vitest";
import {
  detectRetrospective,
  type RetrospectiveInput,
} from "../../../src/content/post/timeline/detect-retrospective.ts";

/** A plain post of 2017-06 with nothing that marks it as a retrospective. */
const post = (fields: Partial<RetrospectiveInput>): RetrospectiveInput => ({
  title: "Goのテスト",
  tags: [],
  categories: [],
  retrospective: undefined,
  dateYear: 2017,
  dateMonth: 6,
  ...fields,
});

describe("detectRetrospective", () => {
  describe("by title", () => {
    it.each([
      ["2017年振り返り", 2017],
      ["2017年の振り返り", 2017],
      ["2017年振り返り(GitHub編)", 2017],
      ["2017年振り返り（GitHub編）", 2017],
      ["2017年を振り返る", 2017],
      ["２０１７年振り返り", 2017],
      ["2017 振り返り", 2017],
      ["振り返り 2017", 2017],
      ["2017年総括", 2017],
      ["2020 Year in Review", 2020],
      ["2020 year in review", 2020],
      ["2016: A Year in Review", 2016],
      ["My 2016 Year in Review", 2016],
      ["Year in Review: 2029", 2029],
      ["year in review 2029", 2029],
      ["2019 in review", 2019],
      ["2019 In Review", 2019],
      ["Retrospective 2018", 2018],
      ["retrospective: 2018", 2018],
      ["A retrospective of 2018", 2018],
      ["2018 Retrospective", 2018],
      ["Review of 2018", 2018],
      ["Looking back on 2016", 2016],
      ["looking back at 2016", 2016],
      ["Reflections on 2016", 2016],
      // Real titles of the many-author corpus and the issue.
      ["2020年の振り返り", 2020],
      ["2021 Year in Review", 2021],
      ["Year in review 2020", 2020],
      ["あっという間の 2019 年を振り返る", 2019],
      ["2009年をふりかえって", 2009],
      ["はてブでふりかえる2022", 2022],
      ["2020年報", 2020],
      ["2022まとめ", 2022],
      ["yosida95 の 2015 年まとめ", 2015],
      ["2017年振り返りと2018年について", 2017],
      ["2022年の振り返りと2023年の目標", 2022],
      ["Annual Review 2018", 2018],
      ["My Personal Review of 2018", 2018],
      ["Reflectoring Review 2021 - Growing Slowly", 2021],
      ["A Recap of 2022", 2022],
      ["2019 Review", 2019],
      ["2012 Summary", 2012],
      ["Twenty-sixteen, reviewed", 2016],
    ])("%j is a retrospective of %i", (title, year) => {
      expect(detectRetrospective(post({ title }))).toMatchObject({ year, rule: "title" });
    });

    it.each([
      ["Code review tips"],
      ["Go言語のコードレビュー"],
      ["Year in Review"],
      ["Best Music 2014"],
      ["GopherCon 2016でLTした"],
      ["GopherCon 2016 recap"],
      ["GopherCon 2016 in review"],
      ["Code review 2018"],
      ["Dockerコンテナ接続パターン (2014年冬)"],
      ["Looking back"],
      ["振り返り"],
      // Monthly and half-year reviews, events, other kinds of review, a best-of list.
      ["2020年3月の振り返り"],
      ["2024年の4月のふりかえり"],
      ["2015 年 12 月まとめ"],
      ["2019年上半期振り返り"],
      ["上半期振り返り"],
      ["October Recap"],
      ["2016 Q3 review"],
      ["ISUCON振り返り"],
      ["ISUCON 2019 まとめ"],
      ["KubeCon recap"],
      ["Book Review: Your Code as a Crime Scene"],
      ["Book review 2019"],
      ["書評 2019"],
      ["Remote Work: Year One"],
      ['Why I Write A "Year In Review"'],
    ])("%j is not a retrospective", (title) => {
      expect(detectRetrospective(post({ title }))).toBeNull();
    });

    it("takes the year from the title before the date", () => {
      const input = post({ title: "2020 Year in Review", dateYear: 2021, dateMonth: 1 });
      expect(detectRetrospective(input)).toMatchObject({ year: 2020 });
    });

    it("says which rule and title made it one", () => {
      expect(detectRetrospective(post({ title: "2019年の振り返り" }))).toEqual({
        year: 2019,
        rule: "title",
        reason: 'the title "2019年の振り返り" names 2019 and looks back on it',
      });
    });
  });

  describe("by a title about this year", () => {
    it.each([
      ["published in December: that year", 2017, 12, 2017],
      ["published in January: the year before", 2018, 1, 2017],
    ])("今年の振り返り %s", (_, dateYear, dateMonth, year) => {
      const input = post({ title: "今年の振り返り", dateYear, dateMonth });
      expect(detectRetrospective(input)).toMatchObject({ year, rule: "title-this-year" });
    });

    it("not for a month of this year", () => {
      expect(detectRetrospective(post({ title: "今年の3月の振り返り" }))).toBeNull();
    });
  });

  describe("by a title that only names a year, posted at its end", () => {
    it.each([
      ["So Long, 2019", 2020, 1, 2019],
      ["楽しかった 2019 年", 2019, 12, 2019],
      ["2017 : Another great year", 2018, 1, 2017],
      ["My 2019", 2019, 12, 2019],
      ["My 2019", 2020, 2, 2019],
    ])("%j dated %i-%i is of %i", (title, dateYear, dateMonth, year) => {
      const input = post({ title, dateYear, dateMonth });
      expect(detectRetrospective(input)).toMatchObject({ year, rule: "title-year-end" });
    });

    it.each([
      ["My 2019", 2019, 6, "posted mid-year"],
      ["My 2019", 2020, 3, "posted in March after"],
      ["Happy New Year 2020", 2020, 1, "a greeting for the year that starts"],
      ["Best Music 2014", 2014, 12, "a best-of list"],
      ["2019年ベスト本", 2019, 12, "a best-of list"],
      ["KubeCon 2019", 2019, 12, "a name beside the year"],
      ["ISUCON 2019", 2019, 12, "a name beside the year"],
      ["GopherCon 2016でLTした話をしたいと思います", 2016, 12, "too many words"],
    ])("%j dated %i-%i is not one (%s)", (title, dateYear, dateMonth) => {
      expect(detectRetrospective(post({ title, dateYear, dateMonth }))).toBeNull();
    });
  });

  describe("by tag or category", () => {
    it.each([
      ["tag 振り返り", { tags: ["振り返り"] }],
      ["tag Retrospective", { tags: ["Retrospective"] }],
      ["tag year-in-review", { tags: ["golang", "year-in-review"] }],
      ["category 振り返り", { categories: ["振り返り"] }],
      ["category retrospective with spaces", { categories: [" retrospective "] }],
    ])("%s, with a year in the title, posted at its end", (_, fields) => {
      const input = post({
        title: "転職して結婚した2017年のこと",
        dateYear: 2017,
        dateMonth: 12,
        ...fields,
      });
      expect(detectRetrospective(input)).toMatchObject({ year: 2017, rule: "tag-and-year" });
    });

    it.each([
      ["a tag alone", { title: "激動の一年", tags: ["振り返り"] }],
      [
        "a tag and a year, posted mid-year",
        { title: "転職して結婚した2017年のこと", tags: ["振り返り"] },
      ],
      ["tag review on a book review", { title: "Clean Code", tags: ["review"], dateMonth: 12 }],
      [
        "tag review and a year",
        { title: "Go 1.10 リリースノート (2017)", tags: ["review"], dateMonth: 12 },
      ],
      [
        "tag retro on a sprint",
        { title: "Sprint 2017-12 retro", tags: ["retrospective"], dateMonth: 12 },
      ],
      ["a monthly review", { title: "2017年12月", tags: ["振り返り"], dateMonth: 12 }],
    ])("%s is not one", (_, fields) => {
      expect(detectRetrospective(post(fields))).toBeNull();
    });

    it("says which tag made it one", () => {
      const input = post({
        title: "転職して結婚した2017年のこと",
        tags: ["振り返り"],
        dateMonth: 12,
      });
      expect(detectRetrospective(input)?.reason).toContain('tagged "振り返り"');
    });
  });

  describe("by front matter", () => {
    it.each([
      ["a number", 2017, 2017],
      ["a numeric string", "2017", 2017],
      ["a padded string", " 2016 ", 2016],
      ["a year other than the title's", 2015, 2015],
    ])("`retrospective` as %s names the year", (_, retrospective, year) => {
      expect(detectRetrospective(post({ title: "2017年振り返り", retrospective }))).toEqual({
        year,
        rule: "front-matter",
        reason: `front matter retrospective: ${year}`,
      });
    });

    it.each([
      ["a plain title", "激動の一年", 2017, 6, 2017],
      ["a year in the title", "激動の2016", 2017, 6, 2016],
      ["a retrospective title", "2020 Year in Review", 2021, 1, 2020],
      ["published in January", "激動の一年", 2018, 1, 2017],
    ])("`retrospective: true` with %s", (_, title, dateYear, dateMonth, year) => {
      const input = post({ title, dateYear, dateMonth, retrospective: true });
      expect(detectRetrospective(input)).toMatchObject({ year, rule: "front-matter" });
    });

    it.each([
      ["a retrospective title", { title: "2017年振り返り" }],
      ["a tag", { tags: ["振り返り"] }],
      ["a year in front matter too", { title: "Retrospective 2018" }],
    ])("`retrospective: false` opts out over %s", (_, fields) => {
      expect(detectRetrospective(post({ ...fields, retrospective: false }))).toBeNull();
      expect(detectRetrospective(post({ ...fields, retrospective: "false" }))).toBeNull();
    });

    it.each([[null], ["maybe"], [17], [2017.5], [{}]])(
      "an unusable value %j is ignored",
      (retrospective) => {
        expect(detectRetrospective(post({ retrospective }))).toBeNull();
        expect(detectRetrospective(post({ retrospective, title: "2017年振り返り" }))).toMatchObject(
          {
            year: 2017,
          },
        );
      },
    );
  });
});
