// What every browser test file needs: the pane opened in a fresh page (Office.js from the
// npm package in place of Microsoft's CDN, the fake Excel injected with its settings), the
// checks run on every step (no horizontal overflow, zero axe violations) and a screenshot.
const fs = require("fs");
const path = require("path");
const { AxeBuilder } = require("@axe-core/playwright");

/**
 * Open the pane. `fake` sets the fake Excel's globals before it starts (e.g. userSheets,
 * officeTheme, seed, requirements: see fake-excel.js).
 */
async function openPane(ctx, { width = 320, fake = {}, downloads = false } = {}) {
  const context = await ctx.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce", acceptDownloads: downloads });
  const page = await context.newPage();
  ctx.page = page;
  ctx.errors = [];
  page.on("pageerror", (e) => ctx.errors.push(String(e)));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const file = path.join(ctx.officeDist, path.basename(new URL(route.request().url()).pathname));
    if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    return route.fulfill({ status: 404, body: "" });
  });
  const globals = { userSheets: [], officeTheme: null, seed: null, ...fake };
  const init = Object.entries(globals).map(([k, v]) => `window.__fake${k[0].toUpperCase()}${k.slice(1)} = ${JSON.stringify(v)};`).join("\n");
  await page.addInitScript(`${init}\n${ctx.fakeScript}`);
  await page.goto(`${ctx.base}/taskpane.html`);
  await page
    .getByRole("heading", { name: "RJH ersättning – årsuppställning" })
    .waitFor({ timeout: 15000 })
    .catch((e) => {
      throw new Error(`${e.message.split("\n")[0]}; page errors: ${ctx.errors.join("; ") || "none"}`);
    });
  return page;
}

/** Zero axe violations; `only` limits the check to a selector (an open dialog). */
async function axe(assert, page, step, only) {
  // Fluent UI's focus manager (tabster) adds invisible focus-trap sentinels that are
  // aria-hidden on purpose; axe flags them (aria-hidden-focus). They are not content.
  let builder = new AxeBuilder({ page }).exclude("[data-tabster-dummy]");
  // With a modal dialog open the page behind it is hidden from assistive technology on
  // purpose; what the user can reach then is the dialog.
  if (only) builder = builder.include(only);
  const res = await builder.analyze();
  const v = res.violations.map((x) => `${x.id}: ${x.nodes.length} (${x.help}) ${x.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
  assert(v.length === 0, `axe-core, ${step}: ${v.join("; ")}`);
}

async function noOverflow(assert, page, step) {
  const o = await page.evaluate(() => {
    const c = document.scrollingElement.clientWidth;
    // The element that sticks out furthest, to name it in the failure.
    let wide = "";
    let right = c;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect().right;
      if (r > right) [right, wide] = [r, `${el.tagName.toLowerCase()}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""} "${(el.textContent || "").slice(0, 60)}"`];
    }
    return { s: document.scrollingElement.scrollWidth, c, wide };
  });
  assert(o.s <= o.c, `${step}: horizontal overflow, ${o.s} px wide in ${o.c} px (widest: ${o.wide})`);
}

/** Every step: no horizontal overflow, a screenshot under test-results/, zero axe violations. */
async function check(assert, ctx, step, file) {
  await noOverflow(assert, ctx.page, step);
  await ctx.page.screenshot({ path: path.join(ctx.out, file), fullPage: true });
  await axe(assert, ctx.page, step);
}

/**
 * The example year filled through the pane as a user does it: LPIK 3,1 % and 2,7 % (example
 * figures), 175 connected persons, 2 000 000 kr development funds, the example data, "Fyll
 * arbetsboken"; returns when the result is shown.
 */
async function fillExample(page) {
  await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
  await page.getByLabel("LPIK 2026, förändring i procent").fill("2,7");
  await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("175");
  await page.getByLabel("Gemensamma utvecklingsmedel totalt, kr").fill("2000000");
  await page.getByRole("button", { name: "Nästa: data" }).click();
  await page.getByRole("button", { name: "Använd exempeldata" }).click();
  await page.getByText("17 vårdenheter i 8 kommuner", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Nästa: fyll arbetsboken" }).click();
  await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
  await page.getByRole("table", { name: "Per kommun" }).waitFor({ timeout: 30000 });
}

/** "+14 883 677,39 kr" / "−2 454 422,68 kr" → öre. */
function ore(text) {
  const t = text.replace(/\s/g, "");
  const m = /^([+−-]?)([\d]+),(\d\d)kr$/.exec(t);
  if (!m) throw new Error(`not an amount in kronor and öre: "${text}"`);
  return (m[1] === "−" || m[1] === "-" ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

module.exports = { openPane, axe, noOverflow, check, fillExample, ore };
