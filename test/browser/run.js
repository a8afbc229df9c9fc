// The task pane in real Chromium (Debian's chromium, driven by playwright-core): the built
// pane is served locally, Office.js is served from the npm package in place of the CDN,
// the Excel API is faked (fake-excel.js), and the test walks the whole flow with the
// example data, checks what was written, runs axe-core on every step and saves a
// screenshot of each step under test-results/. Prints "N passed, N failed".
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const out = path.join(root, "test-results");
const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync(out)) if (f.startsWith("FEL-")) fs.rmSync(path.join(out, f));

const TESTS = [];
const test = (name, fn) => TESTS.push({ name, fn });
function report(passed, failed, skipped) {
  fs.writeFileSync(path.join(out, "browser.json"), JSON.stringify({ passed, failed, skipped }));
  console.log(`browser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";

function serve() {
  const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".csv": "text/csv", ".xml": "text/xml", ".css": "text/css" };
  const server = http.createServer((req, res) => {
    const p = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!p.startsWith(dist) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404);
      return res.end("not found");
    }
    res.writeHead(200, { "content-type": types[path.extname(p)] || "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  // The tests, in the order a user walks the pane.
  const defineTests = require("./flow");
  defineTests(test, assert);
  require("./paneexplain")(test, assert);
  require("./paneyear")(test, assert);
  require("./panemonth")(test, assert);
  require("./panevadom")(test, assert);
  require("./panecharts")(test, assert);
  require("./paneforra")(test, assert);
  if (!fs.existsSync(chrome)) {
    console.log(`SKIPPED: ${TESTS.length} browser tests: no Chromium at ${chrome}. Install it with: apt-get install -y chromium`);
    return report(0, 0, TESTS.length);
  }
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.log("dist/taskpane.html is missing: run `npm run build` first.");
    return report(0, TESTS.length, 0);
  }
  const { chromium } = require("playwright-core");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const userDir = fs.mkdtempSync(path.join(require("os").tmpdir(), "rjh-chromium-"));
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${userDir}`].filter((a) => !a.startsWith("--user-data-dir")),
  });
  const fakeScript = fs.readFileSync(path.join(__dirname, "fake-excel.js"), "utf8");
  const ctx = { base, out, browser, fakeScript, officeDist, page: null, errors: [] };
  let passed = 0;
  let failed = 0;
  try {
    for (const t of TESTS) {
      const started = Date.now();
      try {
        await t.fn(ctx);
        passed++;
        console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${t.name}\n      ${String(e && e.stack || e).split("\n").slice(0, 4).join("\n      ")}`);
        if (ctx.page) await ctx.page.screenshot({ path: path.join(out, `FEL-${t.name.replace(/[^\wåäö]+/gi, "-")}.png`) }).catch(() => {});
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(passed, failed, 0);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  report(0, 1, 0);
  process.exitCode = 1;
});
