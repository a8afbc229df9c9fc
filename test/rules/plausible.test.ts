// Plausibility: the data refuses what no agreement could mean, naming the file, the key,
// the date and what is wrong. One test per rule.
import { RuleRegistry, RuleSetError } from "../../src/rules";
import { shippedRuleFiles } from "../../src/rules/files";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const files = (): Record<string, Json> => JSON.parse(JSON.stringify(shippedRuleFiles()));

function refusal(edit: (f: Record<string, Json>) => void): string {
  const f = files();
  edit(f);
  try {
    new RuleRegistry(f);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleSetError);
    return (e as Error).message;
  }
  throw new Error("the data was accepted");
}

test("the shipped data is plausible", () => {
  expect(() => new RuleRegistry(files())).not.toThrow();
});

test("a rate (VAT) above 1", () => {
  const m = refusal((f) => (f["halsoval.json"].parameters["5.moms"].values["2026-01-01"] = "3"));
  expect(m).toContain("halsoval.json, 2026-01-01");
  expect(m).toContain("5.moms: en andel ska ligga mellan 0 och 1, inte 3");
});

test("a rate (PO) above 1", () => {
  const m = refusal((f) => (f["tillagg.json"].parameters["3.1.po"].values["2024-01-01"] = "47.18"));
  expect(m).toMatch(/tillagg\.json, 2026-01-01.*3\.1\.po: en andel ska ligga mellan 0 och 1/s);
});

test("a negative rate is not a number the data accepts", () => {
  const m = refusal((f) => (f["halsoval.json"].parameters["5.admin"].values["2025-01-01"] = "-0.015"));
  expect(m).toMatch(/halsoval\.json.*5\.admin.*2025-01-01.*icke-negativt/s);
});

test("factor weights that do not sum to 1", () => {
  const m = refusal((f) => (f["tillagg.json"].parameters["3.4.faktorvikter"].values["2024-01-01"].cni = "0.35"));
  expect(m).toContain("3.4.faktorvikter: faktorvikterna ska summera till 1, inte 1,01");
});

test("the shares of joint development not summing to 1", () => {
  const m = refusal((f) => (f["utveckling.json"].parameters["4.regionens_andel"].values["2026-01-01"] = "0.6"));
  expect(m).toMatch(/utveckling\.json, 2026-01-01.*andelarna ska summera till 1, inte 1,1/s);
});

test("an all-zero weight table", () => {
  const m = refusal((f) => {
    const w = f["halsoval.json"].parameters["5.1.3.listintervall"].values["2025-01-01"];
    for (const k of Object.keys(w)) w[k] = "0";
  });
  expect(m).toContain("5.1.3.listintervall: alla vikter är 0");
});

test("age bounds out of order", () => {
  const m = refusal((f) => (f["halsoval.json"].parameters["5.1.5.alder_fran"].values["2026-01-01"] = "70"));
  expect(m).toMatch(/halsoval\.json, 2026-01-01.*5\.1\.5\.alder_fran \(70\) ligger över 5\.1\.5\.alder_till/s);
});

test("count bounds out of order", () => {
  const m = refusal((f) => (f["tillagg.json"].parameters["3.3.normal_min"].values["2024-01-01"] = "170"));
  expect(m).toContain("3.3.normal_min (170) ligger över 3.3.normal_max (169)");
});

test("a band bound that is not a whole number", () => {
  const m = refusal((f) => (f["halsoval.json"].parameters["5.1.1.vikter"].values["2026-01-01"]["4.5"] = "1"));
  expect(m).toContain('5.1.1.vikter, 2026-01-01: intervallgränsen "4.5" ska vara ett heltal');
});

test("a band table not starting at 0", () => {
  const m = refusal((f) => delete f["halsoval.json"].parameters["5.1.1.vikter"].values["2026-01-01"]["0"]);
  expect(m).toMatch(/halsoval\.json, 2026-01-01.*5\.1\.1\.vikter: första intervallet ska börja på 0, inte 5/s);
});

test("a reading default that is not one of its options", () => {
  const m = refusal((f) => (f["halsoval.json"].readings["5.1.3.listintervall"].default = "progressiv"));
  expect(m).toContain('5.1.3.listintervall: standardvalet "progressiv" är inte ett av alternativen');
});

test("a reading option the agreement's catalogue does not know", () => {
  const m = refusal((f) => (f["utveckling.json"].readings["4.fordelningsnyckel"].options.lika = "Lika delar"));
  expect(m).toContain('4.fordelningsnyckel: "lika" är inte ett alternativ');
});

test("a date before the agreement's validity", () => {
  const m = refusal((f) => (f["utveckling.json"].parameters["4.regionens_andel"].values["2025-01-01"] = "0.5"));
  expect(m).toContain("4.regionens_andel, 2025-01-01: datumet ligger före avtalets giltighet (överenskommelsen gäller 2026-01-01–2027-12-31");
});

test("a date after a recorded termination", () => {
  const m = refusal((f) => {
    f["tillagg.json"].validity.termination = "2027-12-31";
    f["tillagg.json"].parameters["3.1.manadslon"].values["2028-01-01"] = "48000";
  });
  expect(m).toContain("3.1.manadslon, 2028-01-01: datumet ligger efter att överenskommelsen sagts upp (2027-12-31)");
});

test("a value dated inside an agreement period", () => {
  const m = refusal((f) => (f["tillagg.json"].parameters["3.1.manadslon"].values["2027-01-01"] = "48000"));
  expect(m).toContain("3.1.manadslon, 2027-01-01: ett nytt värde gäller från en avtalsperiods början");
});

test("a Hälsoval value in a year without a recorded decision", () => {
  const m = refusal((f) => (f["halsoval.json"].parameters["5.1.1.pris"].values["2027-01-01"] = "2400"));
  expect(m).toContain("5.1.1.pris, 2027-01-01: året 2027 saknas bland de beslutade åren");
});
