// Issue: never a wrong number from the functions — overflow, malformed ranges, the right
// argument blamed, and the workbook's pin read before the first computation.
import * as F from "../../src/functions";
import { loadPin, readPinSetting } from "../../src/pin/load";
import { pinned, pinStatus, setPinned } from "../../src/pin/state";
import { PIN_KEY } from "../../src/pin/stored";
import { findRuleSet, newestYear, withOverrides } from "../../src/rules";
import { thrown } from "../support/cf-error";

afterEach(() => setPinned(undefined));

describe("Infinity and NaN never leave a function", () => {
  test("=TILLAGG.BERAKNA(1E308;1;0;1) is #VALUE! naming the argument", () => {
    const e = thrown(() => F.tillaggBerakna(1e308, 1, 0, 1));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/för stort/);
    expect(e.message).toMatch(/Tjänster/);
  });
  test("=HALSOVAL.CNI(A1:G1;1E-308) is #VALUE! naming the national value", () => {
    const e = thrown(() => F.halsovalCni([[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]], 1e-308));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Riksvärde/);
  });
  test("a tiny county sum in HALSOVAL.GLESBYGD is #VALUE! naming it", () => {
    const e = thrown(() => F.halsovalGlesbygd([[5000]], [[120]], 1e-308));
    expect(e.message).toMatch(/Länets glesbygdsvikt/);
  });
});

describe("a malformed range gives a message about the range", () => {
  test.each([
    ["a null row", [[1], null]],
    ["a scalar among rows", [[1], 2]],
    ["rows of different lengths", [[1, 2], [3]]],
  ])("%s", (_, range) => {
    const e = thrown(() => F.halsovalListad(range as unknown as number[][]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Åldrarna är felformat: rad 2/);
    expect(e.message).not.toMatch(/Oväntat|Cannot read/);
  });
});

describe("messages blame the right argument", () => {
  test("=UTVECKLING.FORDELA(100,01; …) blames the amount", () => {
    const e = thrown(() => F.utvecklingFordela(100.01, [[1], [2]]));
    expect(e.message).toMatch(/^Belopp:/);
    expect(e.message).not.toMatch(/Nycklar/);
  });
  test("=TILLAGG.FORDELA(100,001; …) blames the amount; a negative key blames that key", () => {
    expect(thrown(() => F.tillaggFordela(100.001, [[1], [2]])).message).toMatch(/^Belopp:/);
    expect(thrown(() => F.tillaggFordela(100, [[1], [-2]])).message).toMatch(/^Nyckel på rad 2/);
  });
});

describe("the runtime reads the workbook's pin before the first computation", () => {
  /** Fake Office and Excel objects whose settings hold `value` under the pin key. */
  function fakes(value: unknown, gate: Promise<void>) {
    const office = { onReady: () => gate };
    class RequestContext {
      workbook = {
        settings: {
          getItemOrNullObject: (key: string) => {
            const item = { isNullObject: true, value: undefined as unknown, load: () => undefined };
            if (key === PIN_KEY && value !== null) [item.isNullObject, item.value] = [false, value];
            return item;
          },
        },
      };
      async sync() {}
    }
    return { office, excel: { run: <T>(batch: (c: RequestContext) => Promise<T>) => batch(new RequestContext()) } };
  }
  function pinJson(year: number, rs = findRuleSet("halsoval", year)) {
    return JSON.stringify({ version: 1, year, savedAt: "2026-01-01", ruleSets: [{ id: rs.id, hash: rs.hash, data: rs.data }], inputs: { anslutna: null, utvecklingBelopp: null } });
  }

  test("a reopened 2025 workbook: a call made while loading waits and computes with 2025's rules", async () => {
    const rs2025 = findRuleSet("halsoval", 2025);
    const changed = withOverrides(rs2025, { parameters: { "5.1.1.pris": "1000" } });
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { office, excel } = fakes(pinJson(2025, changed), gate);
    const loading = loadPin(() => readPinSetting(office, excel));
    expect(pinStatus().kind).toBe("loading");
    const result = F.halsovalListad([[40]]);
    expect(result).toBeInstanceOf(Promise);
    open();
    await loading;
    expect(pinned()?.year).toBe(2025);
    const value = (await result)[0][0];
    // Vikt for age 40 × the pinned price 1000 kr, not the shipped newest price.
    expect(value).toBeCloseTo((F.halsovalVikt([[40]])[0][0] as number) * 1000, 6);
  });

  test("an invalid pin makes every call #N/A saying why", async () => {
    const { office, excel } = fakes('{"version":1,"year":2025,"ruleSets":[{"id":"x","hash":"0","data":{}}]}', Promise.resolve());
    await loadPin(() => readPinSetting(office, excel));
    const e = thrown(() => F.halsovalListad([[40]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Arbetsbokens regelverk är ogiltigt/);
    expect(thrown(() => F.tillaggGrundbelopp()).code).toBe("#N/A");
  });

  test("unreadable settings are #N/A saying why; JSON that is not JSON too", async () => {
    await loadPin(() => Promise.reject(new Error("nätverket")));
    expect(thrown(() => F.halsovalVikt([[3]])).message).toMatch(/gick inte att läsa: nätverket/);
    const { office, excel } = fakes("{inte json", Promise.resolve());
    await loadPin(() => readPinSetting(office, excel));
    expect(thrown(() => F.halsovalVikt([[3]])).message).toMatch(/ogiltig JSON/);
  });

  test("no pin: the newest shipped rules, as before", async () => {
    const { office, excel } = fakes(null, Promise.resolve());
    await loadPin(() => readPinSetting(office, excel));
    expect(pinStatus().kind).toBe("ready");
    const newest = newestYear();
    expect(F.halsovalListad([[40]])).toEqual(F.halsovalListad([[40]], newest));
  });
});
