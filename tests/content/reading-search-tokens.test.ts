import { describe, expect, it } from "vitest";
import { searchTokens } from "../../src/shared/search-tokens.ts";

describe("the search tokenizer", () => {
  it("reads Japanese runs as overlapping character pairs and other text as lower-cased words", () => {
    expect(searchTokens("振り返り")).toEqual(["振り", "り返", "返り"]);
    expect(searchTokens("2017年振り返り")).toEqual(["2017", "年振", "振り", "り返", "返り"]);
    expect(searchTokens("Docker と Go言語")).toEqual(["docker", "と", "go", "言語"]);
    expect(searchTokens("Hello, World!")).toEqual(["hello", "world"]);
  });

  it("normalises full-width letters and half-width katakana", () => {
    expect(searchTokens("Ｄｏｃｋｅｒ")).toEqual(["docker"]);
    expect(searchTokens("ｺﾝﾃﾅ")).toEqual(searchTokens("コンテナ"));
  });

  it("splits at Japanese punctuation, keeping the long-vowel mark inside words", () => {
    expect(searchTokens("サーバー、コンテナ。")).toEqual([
      "サー",
      "ーバ",
      "バー",
      "コン",
      "ンテ",
      "テナ",
    ]);
  });
});
