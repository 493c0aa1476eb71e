import { afterEach, describe, expect, it } from "vitest";
import { parse as parseToml } from "smol-toml";
import { dayOf, formatDay, parseAuthorDate, toDateInfo } from "../../src/content/read/dates.ts";

describe("parseAuthorDate keeps the date as written", () => {
  it.each([
    {
      input: "2017-12-31T02:10:01+09:00",
      written: "2017-12-31T02:10:01+09:00",
      day: "2017-12-31",
      offset: 540,
      instant: Date.UTC(2017, 11, 30, 17, 10, 1),
    },
    {
      input: "2017-12-31T23:30:00-08:00",
      written: "2017-12-31T23:30:00-08:00",
      day: "2017-12-31",
      offset: -480,
      instant: Date.UTC(2018, 0, 1, 7, 30),
    },
    {
      input: "2017-12-31T02:10:01Z",
      written: "2017-12-31T02:10:01Z",
      day: "2017-12-31",
      offset: 0,
      instant: Date.UTC(2017, 11, 31, 2, 10, 1),
    },
    {
      input: "2014-11-17T10:00:00",
      written: "2014-11-17T10:00:00",
      day: "2014-11-17",
      offset: null,
      instant: Date.UTC(2014, 10, 17, 10),
    },
    {
      input: "2014-11-17 10:00",
      written: "2014-11-17T10:00:00",
      day: "2014-11-17",
      offset: null,
      instant: Date.UTC(2014, 10, 17, 10),
    },
    {
      input: "2014-11-17",
      written: "2014-11-17",
      day: "2014-11-17",
      offset: null,
      instant: Date.UTC(2014, 10, 17),
    },
    {
      input: "2016-02-29",
      written: "2016-02-29",
      day: "2016-02-29",
      offset: null,
      instant: Date.UTC(2016, 1, 29),
    },
  ])("$input", ({ input, written, day, offset, instant }) => {
    const date = parseAuthorDate(input)!;
    expect(date.written).toBe(written);
    expect(dayOf(date)).toBe(day);
    expect(date.offsetMinutes).toBe(offset);
    expect(date.instant).toBe(instant);
  });

  it.each([
    { toml: "d = 2017-12-31T02:10:01+09:00", written: "2017-12-31T02:10:01+09:00" },
    { toml: 'd = "2017-12-31T02:10:01+09:00"', written: "2017-12-31T02:10:01+09:00" },
    { toml: "d = 2014-11-17", written: "2014-11-17" },
    { toml: 'd = "2014-11-17"', written: "2014-11-17" },
    { toml: "d = 2014-11-17T10:00:00", written: "2014-11-17T10:00:00" },
  ])("TOML $toml", ({ toml, written }) => {
    expect(parseAuthorDate(parseToml(toml).d)?.written).toBe(written);
  });

  it.each([
    "2017-13-01",
    "2017-02-30",
    "2015-02-29",
    "2017-12-31T24:00:00",
    "2017-12-31T10:60:00",
    "31/12/2017",
    "December 31, 2017",
    "",
    2017,
    true,
    null,
    new Date(Number.NaN),
  ])("rejects %j", (input) => {
    expect(parseAuthorDate(input)).toBeNull();
  });
});

describe("formatDay", () => {
  const initialTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = initialTz;
  });

  it.each([
    { input: "2017-12-31T02:10:01+09:00", lang: "ja", label: "2017年12月31日" },
    { input: "2017-12-31T02:10:01+09:00", lang: "ja-JP", label: "2017年12月31日" },
    { input: "2021-01-01", lang: "en", label: "January 1, 2021" },
    { input: "2021-01-01T00:30:00-10:00", lang: "en-us", label: "January 1, 2021" },
    { input: "2014-11-17", lang: "fr", label: "November 17, 2014" },
  ])("$input in $lang is $label", ({ input, lang, label }) => {
    expect(formatDay(parseAuthorDate(input)!, lang)).toBe(label);
    expect(toDateInfo(parseAuthorDate(input)!, lang).label).toBe(label);
  });

  // Node applies a new TZ at once. Kiritimati skipped 1994-12-31 and Apia 2011-12-30: a label
  // made through a local Date would move those posts to the next day.
  it.each(["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Apia", "Asia/Tokyo"])(
    "gives the written day whatever the build machine's TZ (%s)",
    (tz) => {
      process.env.TZ = tz;
      const labels = ["1994-12-31", "2011-12-30T12:00:00+14:00", "2017-12-31T02:10:01+09:00"].map(
        (input) => formatDay(parseAuthorDate(input)!, "ja"),
      );
      expect(labels).toEqual(["1994年12月31日", "2011年12月30日", "2017年12月31日"]);
    },
  );
});
