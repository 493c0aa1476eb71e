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
    ])("%j is a retrospective of %i", (title, year) => {
      expect(detectRetrospective(post({ title }))).toEqual({ year });
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
    ])("%j is not a retrospective without a tag", (title) => {
      expect(detectRetrospective(post({ title }))).toBeNull();
    });

    it("takes the year from the title before the date", () => {
      const input = post({ title: "2020 Year in Review", dateYear: 2021, dateMonth: 1 });
      expect(detectRetrospective(input)).toEqual({ year: 2020 });
    });
  });

  describe("by tag or category", () => {
    it.each([
      ["tag 振り返り", { tags: ["振り返り"] }],
      ["tag Retrospective", { tags: ["Retrospective"] }],
      ["tag review", { tags: ["review"] }],
      ["tag REVIEW with spaces", { tags: [" REVIEW "] }],
      ["category 振り返り", { categories: ["振り返り"] }],
      ["category retrospective", { categories: ["retrospective"] }],
      ["tag year-in-review", { tags: ["golang", "year-in-review"] }],
    ])("%s", (_, fields) => {
      expect(detectRetrospective(post({ title: "激動の一年", ...fields }))).toEqual({ year: 2017 });
    });

    it.each([
      ["a year in the title wins", { title: "激動の2016", dateYear: 2017, dateMonth: 1 }, 2016],
      [
        "published in January, no year in the title: the year before",
        { dateYear: 2018, dateMonth: 1 },
        2017,
      ],
      ["published in December: that year", { dateYear: 2017, dateMonth: 12 }, 2017],
      ["published in February: that year", { dateYear: 2018, dateMonth: 2 }, 2018],
      ["month unknown: the date's year", { dateYear: 2018, dateMonth: undefined }, 2018],
    ])("%s", (_, fields, year) => {
      const input = post({ title: "My Year in Review", tags: ["review"], ...fields });
      expect(detectRetrospective(input)).toEqual({ year });
    });

    it.each([[["golang"]], [["reviews of books"]], [[]]])("tags %j do not make one", (tags) => {
      expect(detectRetrospective(post({ title: "Code review tips", tags }))).toBeNull();
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
      });
    });

    it.each([
      ["a plain title", "激動の一年", 2017, 6, 2017],
      ["a year in the title", "激動の2016", 2017, 6, 2016],
      ["a retrospective title", "2020 Year in Review", 2021, 1, 2020],
      ["published in January", "激動の一年", 2018, 1, 2017],
    ])("`retrospective: true` with %s", (_, title, dateYear, dateMonth, year) => {
      const input = post({ title, dateYear, dateMonth, retrospective: true });
      expect(detectRetrospective(input)).toEqual({ year });
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
        expect(detectRetrospective(post({ retrospective, title: "2017年振り返り" }))).toEqual({
          year: 2017,
        });
      },
    );
  });
});
