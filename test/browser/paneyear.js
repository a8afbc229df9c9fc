// Step 1 for a new year (issue 7 item 6), walked end to end at 320 px: 2027 chosen, LPIK
// 2027 entered and the derived Hälsoval set shown as derived; a wrong rule file refused by
// name; the region's published file (halsoval.json with 2027 added) loaded from disk; one
// value changed with its decision; fill; the workbook's pin read back; the workbook reopened
// (same settings): the step shows the file and the change, and a function computes with it.
const fs = require("fs");
const os = require("os");
const path = require("path");
const pane = require("./pane");

module.exports = function (test, assert) {
  const openPane = (ctx, width = 320) => pane.openPane(ctx, { width });
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);
  function ruleFile(name, edit) {
    const f = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/rules/data/halsoval.json"), "utf8"));
    edit(f);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rjh-regelfil-")), name);
    fs.writeFileSync(file, JSON.stringify(f, null, 2));
    return file;
  }

  test("Nytt år 2027 (320 px): LPIK 2027 gives the derived Hälsoval set, shown as derived", async (ctx) => {
    const page = await openPane(ctx);
    await page.getByLabel("År", { exact: true }).selectOption("2027");
    await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
    await page.getByLabel("LPIK 2026, förändring i procent").fill("2,7");
    await page.getByLabel("LPIK 2027, förändring i procent").fill("3,0");
    await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("175");
    await page.getByLabel("Gemensamma utvecklingsmedel totalt, kr").fill("2000000");
    await page.getByRole("button", { name: "Regelverk som gäller 2027" }).click();
    await page.getByText("härlett: 2026 uppräknat med LPIK 2027; inget junibeslut", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: /Ändringar från 2026/ }).click();
    await page.getByText("2 301 kr/år → 2 370 kr/år", { exact: false }).first().waitFor();
    await check(ctx, "nytt år, härlett", "nytt-ar-2027-harlett.png");
  });

  test("Nytt år 2027: a wrong rule file is refused by name; the published file is used; a value changed with its decision", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("button", { name: "Nytt år och ändrade regler" }).click();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(ruleFile("fel-regelfil.json", (f) => (f.parameters["5.1.2.total"].values["2031-01-01"] = "1")));
    await page.getByText("fel-regelfil.json", { exact: false }).first().waitFor();
    await page.getByText("5.1.2.total, 2031-01-01", { exact: false }).first().waitFor();
    await check(ctx, "nytt år, fel regelfil", "nytt-ar-2027-fel-regelfil.png");
    await input.setInputFiles(
      ruleFile("halsoval-2027.json", (f) => {
        f.validity.decided.push(2027);
        f.parameters["5.1.1.pris"].values["2027-01-01"] = "2400";
      }),
    );
    await page.getByText("Används: halsoval-2027.json").waitFor();
    assert(!(await page.getByText("Regelfilen användes inte").isVisible()), "the refusal is still shown after a good file");
    await page.getByText("2 301 kr/år → 2 400 kr/år", { exact: false }).first().waitFor();
    await page.getByLabel("Regelverk", { exact: true }).selectOption("halsoval-2027");
    await page.getByLabel("Värde att ändra").selectOption("5.1.1.pris");
    await page.getByLabel("Nytt värde").fill("2410");
    await page.getByLabel("Beslut").fill("beslut HSN 2026-06-12 § 85");
    await page.getByRole("button", { name: "Ändra värdet" }).click();
    await page.getByRole("list", { name: "Ändrade värden" }).getByText("5.1.1.pris = 2410 (beslut HSN 2026-06-12 § 85)").waitFor();
    await page.getByText("2 301 kr/år → 2 410 kr/år", { exact: false }).first().waitFor();
    await page.getByText("genom beslut HSN 2026-06-12 § 85", { exact: false }).first().waitFor();
    await check(ctx, "nytt år, ändrat värde", "nytt-ar-2027-andrat.png");
  });

  test("Nytt år 2027: fill, and the pin holds the 2027 rule sets and the changed value", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("button", { name: "Nästa: data" }).click();
    await page.getByRole("button", { name: "Använd exempeldata" }).click();
    await page.getByRole("button", { name: "Nästa: fyll arbetsboken" }).click();
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    await page.getByText("blad skrivna", { exact: false }).first().waitFor({ timeout: 30000 });
    const fake = await page.evaluate(() => window.__fake);
    const pin = JSON.parse(fake.settings["rjh.regelverk"]);
    assert(pin.year === 2027, `pin year ${pin.year}`);
    const hv = pin.ruleSets.find((r) => r.data.agreement === "halsoval");
    const tb = pin.ruleSets.find((r) => r.data.agreement === "tillagg");
    // Changed by decision: its own id beside its own hash (the published file's set is halsoval-2027).
    assert(hv && hv.data.id === "halsoval-2027-andrad" && hv.data.years.join() === "2027", `Hälsoval in the pin: ${hv && hv.data.id}`);
    assert(pin.inputs.regelfil && pin.inputs.regelfil.name === "halsoval-2027.json" && pin.inputs.andringar.length === 1, "the pin does not record the rule file and the change");
    const pris = hv.data.parameters["5.1.1.pris"];
    assert(pris.value === "2410" && pris.description.includes("ändrat från 2400 genom beslut HSN 2026-06-12 § 85"), `5.1.1.pris in the pin: ${JSON.stringify(pris)}`);
    assert(tb && tb.data.years.includes(2027) && tb.data.parameters["3.3.lpik"].value["2027"] === "1.03", `tillägg in the pin: ${tb && JSON.stringify(tb.data.parameters["3.3.lpik"].value)}`);
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await check(ctx, "nytt år, fyllt", "nytt-ar-2027-fyllt.png");
    ctx.savedYear = { sheets: fake.sheets, settings: fake.settings };
  });

  test("Nytt år 2027, reopened: step 1 shows the loaded file and the change with its decision, and a function computes with it", async (ctx) => {
    await ctx.page.close();
    const page = await pane.openPane(ctx, { width: 320, fake: { seed: ctx.savedYear } });
    await page.getByText("Används: halsoval-2027.json").waitFor();
    await page.getByRole("list", { name: "Ändrade värden" }).getByText("5.1.1.pris = 2410 (beslut HSN 2026-06-12 § 85)").waitFor();
    await page.getByRole("list", { name: "Regelverk som används" }).getByText("halsoval-2027-andrad, sha256", { exact: false }).waitFor();
    assert((await page.getByLabel("År", { exact: true }).inputValue()) === "2027", "the year is not restored");
    await page.getByText("Arbetsboken fylldes senast", { exact: false }).waitFor();
    assert(!(await page.getByText("Ändrat sedan dess", { exact: false }).isVisible()), "the reopened workbook's rules read as changed");
    const pris = await page.evaluate(async () => await window.__fake.functions["HALSOVAL.PARAMETER"]("5.1.1.pris", 2027));
    assert(pris[0][0] === 2410, `HALSOVAL.PARAMETER("5.1.1.pris"; 2027) = ${JSON.stringify(pris)}`);
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await check(ctx, "nytt år, återöppnad", "nytt-ar-2027-aterkomst.png");
  });
};
