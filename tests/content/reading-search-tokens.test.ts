import { describe, expect, it } from "vitest";
import MiniSearch from "minisearch";
import { searchTokens } from "../../src/shared/search-tokens";
import { searchIndexOptions, type SearchDocument } from "../../src/shared/search-options";

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

describe("search with the shared tokenizer", () => {
  const docs: SearchDocument[] = [
    {
      id: 0,
      url: "/a/",
      title: "2017年振り返り",
      date: "",
      lang: "ja",
      terms: "",
      text: "今年も色々あった",
    },
    {
      id: 1,
      url: "/b/",
      title: "Dockerについて",
      date: "",
      lang: "ja",
      terms: "docker",
      text: "本番環境でコンテナを動かすための仕組みを作った",
    },
    {
      id: 2,
      url: "/c/",
      title: "2020 Year in Review",
      date: "",
      lang: "en",
      terms: "",
      text: "Containers everywhere.",
    },
  ];
  // Built as the build builds it, then loaded from JSON as the browser loads it.
  const built = new MiniSearch<SearchDocument>(searchIndexOptions);
  built.addAll(docs);
  const index = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(built), searchIndexOptions);
  const find = (q: string) => index.search(q).map((r) => r.url as string);

  it("finds a Japanese word inside running text with no spaces", () => {
    expect(find("振り返り")).toEqual(["/a/"]);
    expect(find("コンテナ")).toEqual(["/b/"]);
  });

  it("requires every word of the query and matches the last one as a prefix", () => {
    expect(find("year review")).toEqual(["/c/"]);
    expect(find("contain")).toEqual(["/c/"]);
    expect(find("振り返り docker")).toEqual([]);
  });
});
