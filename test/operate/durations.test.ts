// The command's durations (Go's format, as the platform CLI's --since takes them) and times.
import { expect, test } from "vitest";
import { formatElapsed, parseDuration, parseSince } from "../../src/operate/command/durations.js";

test.each([
  ["500ms", 500],
  ["90s", 90_000],
  ["10m", 600_000],
  ["1h30m", 5_400_000],
  ["1.5h", 5_400_000],
  ["2h0m5s", 7_205_000],
])("parseDuration(%s) is %d ms", (text, ms) => expect(parseDuration(text)).toBe(ms));

test.each(["", "10", "m", "10 m", "-5s", "1d", "soon", "10m!"])("parseDuration(%j) is no duration", (text) => expect(parseDuration(text)).toBeUndefined());

test("parseSince: a duration back from now, or a date-time, as ISO", () => {
  const now = Date.parse("2026-03-11T16:42:10.000Z");
  expect(parseSince("24h", now)).toBe("2026-03-10T16:42:10.000Z");
  expect(parseSince("2026-03-01T00:00:00+01:00", now)).toBe("2026-02-28T23:00:00.000Z");
  expect(parseSince("2026-03-01", now)).toBe("2026-03-01T00:00:00.000Z");
  expect(parseSince("yesterday", now)).toBeUndefined();
  expect(parseSince("12", now)).toBeUndefined();
});

test("formatElapsed", () => {
  expect([formatElapsed(0), formatElapsed(59_999), formatElapsed(65_000), formatElapsed(600_000)]).toEqual(["0s", "59s", "1m05s", "10m00s"]);
});
