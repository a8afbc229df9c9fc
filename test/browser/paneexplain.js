// "Förklara" and "Formler" in the pane (issue 11, items 2 and 4), in real Chromium with the
// fake Excel: a selected LISTAD formula is explained with the engine's own lines, a plain
// cell is said not to be ours, and a formula from Formler is written into the active cell.
// 320 px, zero axe violations, screenshots under test-results/.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

module.exports = function (test, assert) {
  const open = (ctx, seed) => pane.openPane(ctx, { fake: { seed } });
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);
  let cached = null;
  const engineLines = () => (cached = cached || JSON.parse(execFileSync(path.resolve(__dirname, "../../node_modules/.bin/tsx"), [path.join(__dirname, "paneexplain-engine.ts")], { encoding: "utf8" })));
  const blad = { name: "Blad1", cells: { "1,1": "Ålder", "2,1": 72, "2,2": "=HALSOVAL.LISTAD(A2,2026)", "3,2": 12 }, tables: [], protected: false, byUser: true };

  test("Förklara: a selected LISTAD formula shows the engine's derivation; a plain cell is not ours (keyboard)", async (ctx) => {
    const page = await open(ctx, { sheets: { Blad1: blad }, settings: {} });
    const tab = page.getByRole("tab", { name: "Förklara" });
    await tab.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Förklara markerad cell" }).waitFor();
    await page.evaluate(() => window.__fakeSelect("Blad1", "B2"));
    const steps = page.getByRole("list", { name: "Härledning" });
    await steps.waitFor();
    const engine = engineLines().listad;
    const shown = (await steps.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
    assert(JSON.stringify(shown) === JSON.stringify(engine), `pane shows ${JSON.stringify(shown)}, engine ${JSON.stringify(engine)}`);
    assert(shown[0].includes("3 543,54 kr") && shown.some((l) => /Källa: .+, avsnitt 5\.1\.1/.test(l)), `no amount or source: ${shown.join(" | ")}`);
    assert((await page.getByRole("list", { name: "Indata ur cellerna" }).innerText()).includes("A2 = 72"), "the input cell is not named");
    await check(ctx, "Förklara (LISTAD)", "forklara-listad-ljust.png");
    await page.evaluate(() => window.__fakeSelect("Blad1", "B3"));
    await page.getByText("Den här cellen är inte tilläggets", { exact: false }).waitFor();
    // The button reads the selection again, by keyboard.
    await page.getByRole("button", { name: "Förklara markerad cell" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Den här cellen är inte tilläggets", { exact: false }).waitFor();
    await check(ctx, "Förklara (inte tilläggets)", "forklara-inte-var-ljust.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
  });

  test("Formler: searchable list of every function; Infoga writes the example into the active cell", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("tab", { name: "Formler" }).click();
    const count = page.getByText(/\d+ av \d+ funktioner\./);
    await count.waitFor();
    const all = Number(/av (\d+)/.exec(await count.innerText())[1]);
    assert(all >= 20, `only ${all} functions listed`);
    await check(ctx, "Formler", "formler-ljust.png");
    await page.getByLabel("Sök bland funktionerna").fill("listad");
    await page.getByRole("heading", { name: "HALSOVAL.LISTAD", exact: true }).waitFor();
    assert(!(await page.getByRole("heading", { name: "TILLAGG.BELOPP" }).isVisible()), "the search does not filter");
    await page.evaluate(() => window.__fakeSelect("Blad1", "D5"));
    await page.getByRole("button", { name: "Infoga =HALSOVAL.LISTAD(72; 2026) i den aktiva cellen" }).click();
    await page.getByText("infogad i", { exact: false }).waitFor();
    const cell = await page.evaluate(() => window.__fake.sheets.Blad1.cells["5,4"]);
    assert(cell === "=HALSOVAL.LISTAD(72, 2026)", `D5 holds ${cell}`);
    await check(ctx, "Formler (infogad)", "formler-infogad-ljust.png");
  });

  test("Förklara on the filled workbook: a unit's total on Sammanställning and a municipality's tilläggsbelopp equal the engine's", async (ctx) => {
    assert(ctx.saved, "no filled workbook from the flow tests");
    const page = await open(ctx, ctx.saved);
    // The pane reads the data back from the input sheets first.
    await page.getByText("Data inläst från arbetsbokens indatablad", { exact: false }).waitFor();
    await page.getByRole("tab", { name: "Förklara" }).click();
    const engine = engineLines();
    const steps = page.getByRole("list", { name: "Härledning" });
    for (const [sheet, a1, want, file] of [["Sammanställning", "L4", engine.enhet, "forklara-sammanstallning-ljust.png"], ["Tilläggsbelopp", "F17", engine.tillagg, "forklara-tillagg-ljust.png"]]) {
      await page.evaluate(([s, a]) => window.__fakeSelect(s, a), [sheet, a1]);
      await page.getByText(`${sheet}!${a1}`, { exact: false }).waitFor();
      await page.waitForFunction((first) => { const l = document.querySelector('[aria-label="Härledning"] li'); return l && l.textContent.trim() === first; }, want[0], { timeout: 5000 });
      const shown = (await steps.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
      assert(JSON.stringify(shown) === JSON.stringify(want), `${sheet}!${a1}: pane shows ${JSON.stringify(shown.slice(0, 3))}…, engine ${JSON.stringify(want.slice(0, 3))}…`);
      await check(ctx, `Förklara (${sheet})`, file);
    }
    assert(engine.tillagg[0].includes(engine.kommun), "the share is not the municipality's");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
  });
};
