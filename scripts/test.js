// npm test: every test. Builds the add-in (the build's own checks and the browser tests
// need dist/), runs jest (engine, rules, functions, workbook writer, task pane in jsdom,
// build output), then the browser tests in headless Chromium. Ends with one summary line.
const { spawnSync } = require("child_process");
const fs = require("fs");

fs.mkdirSync("test-results", { recursive: true });
function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

let failedSteps = 0;
failedSteps += step("Typkontroll (tsc --noEmit, strict)", "npx", ["tsc", "--noEmit", "-p", "."]) ? 1 : 0;
// A production build needs ADDIN_HOST; the test build is served from the test host
// (https://localhost:3000/, as the browser tests serve dist/) unless one is given.
const testHost = { ADDIN_HOST: process.env.ADDIN_HOST || "https://localhost:3000/" };
failedSteps += step(`Bygger tillägget (webpack, production, ADDIN_HOST=${testHost.ADDIN_HOST})`, "npx", ["webpack", "--mode", "production"], testHost) ? 1 : 0;
const jestCode = step("Enhetstester (jest)", "npx", ["jest", "--json", "--outputFile=test-results/jest.json"]);
failedSteps += jestCode ? 1 : 0;
const browserCode = step("Webbläsartester (Chromium, playwright-core)", "node", ["test/browser/run.js"]);
failedSteps += browserCode ? 1 : 0;

let passed = 0, failed = 0, skipped = 0;
try {
  const j = JSON.parse(fs.readFileSync("test-results/jest.json", "utf8"));
  passed += j.numPassedTests; failed += j.numFailedTests; skipped += j.numPendingTests;
} catch { failed += 1; }
try {
  const b = JSON.parse(fs.readFileSync("test-results/browser.json", "utf8"));
  passed += b.passed; failed += b.failed; skipped += b.skipped;
} catch { failed += 1; }
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps || failed ? 1 : 0);
