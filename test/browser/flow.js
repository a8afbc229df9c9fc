// The browser tests themselves: one walk through the pane with the example data.
const fs = require("fs");
const path = require("path");
const { AxeBuilder } = require("@axe-core/playwright");

module.exports = function defineTests(test, assert) {
  async function openPane(ctx, userSheets = []) {
    const context = await ctx.browser.newContext({ viewport: { width: 420, height: 900 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    ctx.page = page;
    ctx.errors = [];
    page.on("pageerror", (e) => ctx.errors.push(String(e)));
    // Office.js from the npm package instead of Microsoft's CDN.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      const file = path.join(ctx.officeDist, path.basename(new URL(route.request().url()).pathname));
      if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    });
    await page.addInitScript(`window.__fakeUserSheets = ${JSON.stringify(userSheets)};\n${ctx.fakeScript}`);
    await page.goto(`${ctx.base}/taskpane.html`);
    await page.getByRole("heading", { name: "RJH ersättning – årsuppställning" }).waitFor({ timeout: 15000 });
    return page;
  }
  async function axe(page, step, only) {
    // Fluent UI's focus manager (tabster) adds invisible focus-trap sentinels that are
    // aria-hidden on purpose; axe flags them (aria-hidden-focus). They are not content.
    let builder = new AxeBuilder({ page }).exclude("[data-tabster-dummy]");
    // With a modal dialog open the page behind it is hidden from assistive technology on
    // purpose; what the user can reach then is the dialog.
    if (only) builder = builder.include(only);
    const res = await builder.analyze();
    const v = res.violations.map((x) => `${x.id}: ${x.nodes.length} (${x.help})`);
    assert(v.length === 0, `axe-core, ${step}: ${v.join("; ")}`);
  }
  const shot = (ctx, name) => ctx.page.screenshot({ path: path.join(ctx.out, name), fullPage: true });

  test("1. År och regelverk: rule sets, changes from last year, inputs with their sources", async (ctx) => {
    const page = await openPane(ctx, ["Utveckling"]);
    await page.getByText("halsoval-2026").first().waitFor();
    assert(await page.getByRole("table", { name: "Ändringar från 2025" }).isVisible(), "no diff table");
    assert((await page.getByRole("row").count()) > 40, "too few changed parameters shown");
    assert(await page.getByText("Källa: SKR", { exact: false }).first().isVisible(), "LPIK source not named");
    await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
    await page.getByLabel("LPIK 2026, förändring i procent").fill("tre");
    await page.getByText('"tre" är inte en procentsats').waitFor();
    await page.getByLabel("LPIK 2026, förändring i procent").fill("2,7");
    await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("175");
    await page.getByLabel("Gemensamma utvecklingsmedel totalt, kr").fill("2000000");
    await shot(ctx, "steg-1-ar-och-regelverk.png");
    await axe(page, "steg 1");
  });

  test("2. Data: bad paste lists problems by row and column; example data validates", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("tab", { name: "2. Data" }).click();
    const area = page.getByLabel("Listningsdata per vårdenhet: klistra in från Excel (med rubrikrad)");
    const header = "id;vardenhet;kommun;regi;cni;avstand_km;listade_16_67;" + Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`)).join(";");
    await area.fill(`${header}\nA;Enhet A;Oslo;Region;1,1;10;5;${Array(21).fill("1").join(";")}\nB;Enhet B;Berg;Kommunal;x;10;5;${Array(20).fill("1").join(";")};-3`);
    await page.getByRole("button", { name: "Läs in inklistrat" }).first().click();
    const problems = page.getByRole("table", { name: "Fel i Listningsdata per vårdenhet" });
    await problems.waitFor();
    const text = await problems.innerText();
    assert(/Oslo/.test(text) && /Regi/.test(text) && /CNI/.test(text) && /-3 är negativt/.test(text), `problem list: ${text}`);
    assert(/\b3\b/.test(text), "problem row numbers missing");
    await shot(ctx, "steg-2-data-fel.png");
    await axe(page, "steg 2 (fel)");
    await page.getByRole("button", { name: "Använd exempeldata" }).click();
    await page.getByText("Listningsdata per vårdenhet: 17 rader inlästa och kontrollerade.").waitFor();
    await page.getByText("Befolkning per kommun och åldersklass: 8 rader inlästa och kontrollerade.").waitFor();
    assert(await page.getByText("Påhittade siffror", { exact: false }).isVisible(), "example data not labelled");
    await shot(ctx, "steg-2-data-exempel.png");
    await axe(page, "steg 2");
  });

  test("3. Fyll: asks before overwriting the user's sheet, then writes every sheet (read, write, recalculate: three syncs)", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("tab", { name: "3. Fyll" }).click();
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert((await dialog.innerText()).includes("Utveckling"), "the conflicting sheet is not named");
    let fake = await page.evaluate(() => window.__fake);
    assert(!fake.calls.some((c) => c[0] === "formulas"), "something was written before the user confirmed");
    await page.waitForTimeout(400); // let the dialog finish appearing before measuring contrast
    await shot(ctx, "steg-3-bekrafta.png");
    await axe(page, "steg 3 (dialog)", "[role=dialog]");
    await page.getByRole("button", { name: "Skriv över" }).click();
    await page.getByText("Klart").first().waitFor();
    await dialog.waitFor({ state: "detached" });
    // Fluent's focus manager un-hides the page a moment after the dialog has gone.
    await page.waitForFunction(() => !document.getElementById("root").hasAttribute("aria-hidden"));
    fake = await page.evaluate(() => window.__fake);
    const names = Object.keys(fake.sheets);
    for (const n of ["Parametrar", "Indata vårdenheter", "5.1.1 Per listad", "Sammanställning", "Utbetalning", "Tilläggsbelopp", "Utveckling", "Kommun Östersund"])
      assert(names.includes(n), `sheet ${n} missing`);
    // 2 reading the pin at start (the task pane, and the functions' runtime: pin/load.ts), 1 for
    // the refused try, 3 for the fill (read, write, and a full recalculation because the
    // workbook had no rule sets before).
    assert(fake.syncs === 6, `expected 2 + 1 + 3 syncs, got ${fake.syncs}`);
    assert(fake.sheets["5.1.1 Per listad"].cells["3,2"] === "=HALSOVAL.LISTAD(B2:V2,'Parametrar'!$B$2)", "5.1.1 does not use the custom function");
    assert(fake.sheets["Parametrar"].protected, "the parameter sheet is not protected");
    const pin = JSON.parse(fake.settings["rjh.regelverk"]);
    assert(pin.year === 2026 && pin.ruleSets.length === 3 && pin.inputs.anslutna === 175, "the pin is not recorded");
    assert(pin.ruleSets.find((r) => r.id === "tillagg-2026").data.parameters["3.3.lpik"].value["2025"] === "1.031", "LPIK not recorded");
    await shot(ctx, "steg-3-fyll-klart.png");
    await axe(page, "steg 3");
    // A second run updates what the first created: no question, no duplicate sheets.
    await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
    await page.getByText("0 nya", { exact: false }).waitFor();
    const again = await page.evaluate(() => window.__fake);
    assert(Object.keys(again.sheets).length === names.length, "the second run duplicated sheets");
    assert(again.syncs === 8, `the second run, with unchanged rule sets, should take 2 syncs (total ${again.syncs})`);
  });

  test("4. Dela: a municipality's copy with values only and a note of rule sets and date", async (ctx) => {
    const page = ctx.page;
    await page.getByRole("tab", { name: "4. Dela" }).click();
    await page.getByLabel("Kommun").selectOption("Berg");
    await page.getByRole("button", { name: "Skapa delningsblad" }).click();
    await page.getByText('Bladet "Dela Berg" har värden utan formler', { exact: false }).waitFor();
    const fake = await page.evaluate(() => window.__fake);
    const cells = fake.sheets["Dela Berg"].cells;
    assert(String(cells["1,1"]).startsWith("Berg: underlag 2026"), "note missing");
    assert(/halsoval-2026 \(sha256 [0-9a-f]{12}\)/.test(String(cells["2,1"])), "rule set note missing");
    assert(String(cells["3,1"]).includes("EXEMPELDATA"), "example-data label missing on the shared copy");
    assert(fake.calls.some((c) => c[0] === "values" && c[1] === "Dela Berg"), "the copy was not written as values");
    await shot(ctx, "steg-4-dela.png");
    await axe(page, "steg 4");
  });

  test("the built functions bundle registers the catalogue and computes in the browser", async (ctx) => {
    const page = ctx.page;
    const res = await page.evaluate(() => {
      const f = window.__fake.functions;
      return {
        ids: Object.keys(f).sort(),
        listad: f["HALSOVAL.LISTAD"]([[72]], 2026),
        dag: f["HALSOVAL.UTBETALNINGSDAG"]([[2025]], [[6, 12]]),
      };
    });
    assert(res.ids.length === 23, `associated ${res.ids.length} functions: ${res.ids.join(", ")}`);
    assert(res.listad[0][0] === 3543.54, `LISTAD(72) = ${res.listad[0][0]}`);
    assert(res.dag[0][0] === 45831 && res.dag[0][1] === 46013, `payment days ${JSON.stringify(res.dag)}`);
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await ctx.page.close();
  });
};
