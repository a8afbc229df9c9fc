// The browser tests themselves: one walk through the pane with the example data at the
// narrowest task-pane width (320 px, Excel on Windows), then again in Office's dark theme
// at 350 px (Excel on the web). Every step: no horizontal overflow, zero axe violations,
// a screenshot under test-results/.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

const DARK = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#1f1f1f", controlForegroundColor: "#ffffff", isDarkTheme: true };

module.exports = function defineTests(test, assert) {
  const openPane = (ctx, userSheets = [], width = 320, officeTheme = null, seed = null) => pane.openPane(ctx, { width, fake: { userSheets, officeTheme, seed } });
  const axe = (page, step, only) => pane.axe(assert, page, step, only);
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);
  async function headingFocused(page, name) {
    await page.waitForFunction((n) => document.activeElement && document.activeElement.tagName === "H2" && document.activeElement.textContent === n, name, { timeout: 3000 });
  }

  test("1. År (320 px): start text, details folded away, diff in Swedish format, validation on leaving a field", async (ctx) => {
    const page = await openPane(ctx, ["Utveckling"], 320);
    await page.getByText("Årsuppställning i fyra steg", { exact: false }).waitFor();
    assert(!(await page.getByText("halsoval-2026", { exact: false }).first().isVisible()), "rule-set ids shown before the details are opened");
    await page.getByRole("button", { name: /Ändringar från 2025/ }).click();
    await page.getByText("773 096 tkr → 798 047 tkr, +3,2 %").waitFor();
    assert(await page.getByText("Källa: SKR", { exact: false }).first().isVisible(), "LPIK source not named");
    const lpik26 = page.getByLabel("LPIK 2026, förändring i procent");
    await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
    await lpik26.fill("tre");
    assert(!(await page.getByText('"tre" är inte en procentsats').isVisible()), "error shown before the field was left");
    await lpik26.press("Tab");
    await page.getByText('"tre" är inte en procentsats').waitFor();
    await lpik26.fill("2,7");
    await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("175");
    await page.getByLabel("Gemensamma utvecklingsmedel totalt, kr").fill("2000000");
    await check(ctx, "steg 1", "steg-1-ar-ljust.png");
  });

  test("2. Data: focus on the heading after Nästa; bad paste lists problems; example data summarised", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("button", { name: "Nästa: data" }).click();
    await headingFocused(page, "Data");
    const area = page.getByLabel("Listningsdata per vårdenhet: klistra in från Excel (med rubrikrad)");
    const header = "id;vardenhet;kommun;regi;cni;avstand_km;listade_16_67;" + Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`)).join(";");
    await area.fill(`${header}\nA;Enhet A;Oslo;Region;1,1;10;5;${Array(21).fill("1").join(";")}\nB;Enhet B;Berg;Kommunal;x;10;5;${Array(20).fill("1").join(";")};-3`);
    await page.getByRole("button", { name: "Läs in inklistrad listningsdata" }).click();
    const problems = page.getByRole("table", { name: "Fel i Listningsdata per vårdenhet" });
    await problems.waitFor();
    const text = await problems.innerText();
    assert(/Oslo/.test(text) && /Regi/.test(text) && /CNI/.test(text) && /-3 är negativt/.test(text), `problem list: ${text}`);
    await check(ctx, "steg 2 (fel)", "steg-2-data-fel-ljust.png");
    await page.getByRole("button", { name: "Använd exempeldata" }).click();
    await page.getByText("17 vårdenheter i 8 kommuner, 132 839 listade", { exact: false }).waitFor();
    assert(await page.getByText("Påhittade siffror", { exact: false }).isVisible(), "example data not labelled");
    await check(ctx, "steg 2", "steg-2-data-ljust.png");
  });

  test("3. Fyll: asks, copies the user's sheet before replacing it, writes every sheet; the result equals the engine's", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("button", { name: "Nästa: fyll arbetsboken" }).click();
    await headingFocused(page, "Fyll arbetsboken");
    await check(ctx, "steg 3", "steg-3-fyll-ljust.png");
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert((await dialog.innerText()).includes("Utveckling"), "the conflicting sheet is not named");
    let fake = await page.evaluate(() => window.__fake);
    assert(!fake.calls.some((c) => c[0] === "formulas"), "something was written before the user confirmed");
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ctx.out, "steg-3-bekrafta-ljust.png") });
    await axe(page, "steg 3 (dialog)", "[role=dialog]");
    await page.getByRole("button", { name: "Skriv över" }).click();
    await page.getByText("blad skrivna", { exact: false }).first().waitFor();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => !document.getElementById("root").hasAttribute("aria-hidden"));
    fake = await page.evaluate(() => window.__fake);
    const names = Object.keys(fake.sheets);
    for (const n of ["Parametrar", "Indata vårdenheter", "5.1.1 Per listad", "Sammanställning", "Utbetalning", "Tilläggsbelopp", "Utveckling", "Kommun Östersund"])
      assert(names.includes(n), `sheet ${n} missing`);
    const date = new Date().toISOString().slice(0, 10);
    assert(names.includes(`Utveckling (kopia ${date})`), `the user's sheet has no copy: ${names.join(", ")}`);
    // 2 reading the pin at start (the task pane, and the functions' runtime: pin/load.ts), 1 for
    // the refused try, 3 for the fill (read, write, and a full recalculation because the
    // workbook had no rule sets before).
    assert(fake.syncs === 6, `expected 2 + 1 + 3 syncs, got ${fake.syncs}`);
    assert(fake.sheets["5.1.1 Per listad"].cells["3,2"] === "=HALSOVAL.LISTAD(B2,'Parametrar'!$B$2,$Y$4)", "5.1.1 does not use the custom function");
    const pin = JSON.parse(fake.settings["rjh.regelverk"]);
    assert(pin.year === 2026 && pin.inputs.anslutna === 175, "the pin is not recorded");
    // The result view: each municipality's total is the engine's.
    const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
    const engine = JSON.parse(execFileSync(tsx, [path.join(__dirname, "engine-totals.ts")], { encoding: "utf8" }));
    const fmt = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
    const table = page.getByRole("table", { name: "Per kommun" });
    for (const [kommun, kr] of Object.entries(engine)) {
      const row = await table.getByRole("row").filter({ hasText: kommun }).first().innerText();
      assert(row.replace(/\s/g, "").includes(`${fmt.format(kr)}kr`.replace(/\s/g, "")), `${kommun}: pane shows "${row}", engine ${kr}`);
    }
    await page.getByRole("button", { name: "Gå till Sammanställning" }).click();
    await page.waitForFunction(() => window.__fake.active === "Sammanställning");
    // The chart loads on demand: the full-page screenshot waits for it (its height with it).
    await page.locator('figure[data-diagram="resultat"]').waitFor();
    await check(ctx, "steg 3 (klart)", "steg-3-resultat-ljust.png");
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    await page.getByText("0 nya", { exact: false }).waitFor();
    const again = await page.evaluate(() => window.__fake);
    assert(Object.keys(again.sheets).length === names.length, "the second run duplicated sheets");
  });

  test("4. Dela: a municipality's copy with values only", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("button", { name: "Nästa: dela" }).click();
    await headingFocused(page, "Dela");
    await page.getByLabel("Kommun").selectOption("Berg");
    await page.getByRole("button", { name: "Skapa delningsblad" }).click();
    await page.getByText('Bladet "Dela Berg" har värden utan formler', { exact: false }).waitFor();
    await check(ctx, "steg 4", "steg-4-dela-ljust.png");
    const saved = await page.evaluate(() => window.__fake);
    ctx.saved = { sheets: saved.sheets, settings: saved.settings };
  });

  test("reopening the filled workbook restores the inputs and reads the data back from its input sheets", async (ctx) => {
    const first = ctx.page;
    const page = await openPane(ctx, [], 320, null, ctx.saved);
    await page.getByText("Data inläst från arbetsbokens indatablad: 17 vårdenheter i 8 kommuner, 132 839 listade", { exact: false }).waitFor();
    assert((await page.getByLabel("LPIK 2025, förändring i procent").inputValue()) === "3,1", "LPIK not restored");
    await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("180");
    await page.getByText("Ändrat sedan dess: anslutna 175 → 180", { exact: false }).waitFor();
    await check(ctx, "återkomst", "steg-0-aterkomst-ljust.png");
    await page.close();
    ctx.page = first;
  });

  test("the built functions bundle registers the catalogue and computes in the browser", async (ctx) => {
    const page = ctx.page;
    const res = await page.evaluate(() => {
      const f = window.__fake.functions;
      return { ids: Object.keys(f).sort(), listad: f["HALSOVAL.LISTAD"]([[72]], 2026) };
    });
    assert(res.ids.length >= 23, `associated ${res.ids.length} functions: ${res.ids.join(", ")}`);
    assert(res.listad[0][0] === 3543.54, `LISTAD(72) = ${res.listad[0][0]}`);
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await ctx.page.close();
  });

  test("dark theme at 350 px: page background dark, every step without overflow or axe violations", async (ctx) => {
    const page = await openPane(ctx, [], 350, DARK);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert(bg !== "rgba(0, 0, 0, 0)" && bg !== "rgb(255, 255, 255)", `page background ${bg}`);
    await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
    await page.getByLabel("LPIK 2026, förändring i procent").fill("2,7");
    await page.getByRole("button", { name: /Ändringar från 2025/ }).click();
    // The list loads when the panel opens: the screenshot waits for it (its height with it).
    await page.getByText("773 096 tkr → 798 047 tkr, +3,2 %").waitFor();
    await check(ctx, "mörkt steg 1", "steg-1-ar-morkt.png");
    await page.getByRole("button", { name: "Nästa: data" }).click();
    await page.getByRole("button", { name: "Använd exempeldata" }).click();
    await page.getByText("17 vårdenheter i 8 kommuner", { exact: false }).waitFor();
    await check(ctx, "mörkt steg 2", "steg-2-data-morkt.png");
    await page.getByRole("button", { name: "Nästa: fyll arbetsboken" }).click();
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    await page.getByRole("table", { name: "Per kommun" }).waitFor();
    await page.locator('figure[data-diagram="resultat"]').waitFor();
    await check(ctx, "mörkt steg 3", "steg-3-resultat-morkt.png");
    await page.getByRole("button", { name: "Nästa: dela" }).click();
    await check(ctx, "mörkt steg 4", "steg-4-dela-morkt.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });
};
