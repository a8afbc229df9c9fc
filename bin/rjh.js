#!/usr/bin/env node
// The `rjh` command (package.json "bin"): runs the TypeScript sources through tsx, so a fresh
// clone works after `npm ci` with no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/index.ts");
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`Oväntat fel: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
