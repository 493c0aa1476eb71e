import { describe, expect, it } from "vitest";
import { classifyHeading } from "../../../src/content/post/timeline/heading-kind.ts";

describe("classifyHeading (retrospective of 2017)", () => {
  it.each([
    ["2018年"],
    ["2018"],
    ["２０１８年"],
    ["2018年にやりたいこと"],
    ["2018年の抱負"],
    ["Goals for 2018"],
    ["来年"],
    ["来年やりたいこと"],
    ["今後"],
    ["今後の展望"],
    ["これから"],
    ["Looking ahead"],
    ["Looking forward"],
    ["Next year"],
    ["Plans"],
    ["Plans for next year"],
    ["What's next"],
  ])("%j is the outlook", (text) => {
    expect(classifyHeading(text, 2017)).toBe("outlook");
  });

  it.each([
    ["References"],
    ["references"],
    ["Reference"],
    ["参考"],
    ["参考文献"],
    ["参考リンク"],
    ["Links"],
    ["See also"],
    ["References:"],
  ])("%j is the references", (text) => {
    expect(classifyHeading(text, 2017)).toBe("references");
  });

  it.each([
    ["Work"],
    ["Output"],
    ["主な出来事"],
    ["書いた記事"],
    ["公開したOSS"],
    ["まとめ"],
    ["Conclusion?"],
    ["2017年"],
    ["2017年に書いた記事"],
    ["Plans for 2017"],
    ["今年の抱負の振り返り"],
    ["2016年"],
    ["Links I liked"],
    ["参考にした本"],
    ["Planning"],
  ])("%j is a topic", (text) => {
    expect(classifyHeading(text, 2017)).toBe("topic");
  });
});
