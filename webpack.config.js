// Builds the task pane and the custom functions into dist/ (one copy of their shared code in
// a shared chunk, everything transpiled for package.json's browserslist: WebView2 and
// Safari 14+), generates functions.json from the functions' JSDoc, ships the help page and
// the input templates, and writes the manifest: the source manifest.xml is the development
// one (its own Id, "(utveckling)"); a production build gives it the deployed identity and
// host. Settings come from the environment:
//   ADDIN_HOST       production address, required for a production build, e.g.
//                    https://addin.regionjh.se/rjh-ersattning/ (replaces https://localhost:3000/)
//   RJH_NAMESPACE    a namespace for the functions (e.g. RJH → =RJH.HALSOVAL.LISTAD);
//                    empty by default: the formulas are typed as in SPEC §6.
const path = require("path");
const fs = require("fs");
const os = require("os");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { checkTable: checkHolidayTable } = require("./scripts/helgdagar.js");

// The files of custom functions (src/functions/index.ts exports them all); a new file is one line here.
const FUNCTION_FILES = ["halsoval", "halsoval-belopp", "regelverk", "tillagg", "utbetalning", "utveckling"].map((f) => `./src/functions/${f}.ts`);

const DEV_URL = "https://localhost:3000/";
/** The deployed add-in's identity; the source manifest carries the development one. */
const PRODUCTION = { id: "5b0c4b7e-2f0e-4a4e-9a57-6d1f2c6a8e31", name: "RJH ersättning" };
const DEVELOPMENT = { id: "c3d1e7a2-6b4f-4f0e-8d2a-1e9b7c5a4f60", name: "RJH ersättning (utveckling)" };

const HOST_HELP =
  "ADDIN_HOST saknas eller är ogiltig: en produktionsbyggnad behöver adressen där dist/ ska ligga, t.ex.\n" +
  "  ADDIN_HOST=https://addin.regionjh.se/rjh-ersattning/ npm run build\n" +
  "(för utveckling: npm start eller npm run build:dev).\n" +
  "ADDIN_HOST is missing or invalid: set the https address dist/ is served from, as above.";

/** The production host, or an error saying how to set it. */
function productionHost() {
  const host = (process.env.ADDIN_HOST || "").trim();
  let url;
  try {
    url = new URL(host);
  } catch {
    throw new Error(HOST_HELP);
  }
  if (url.protocol !== "https:") throw new Error(`${HOST_HELP}\n(fick "${host}": Office kräver https)`);
  return host.endsWith("/") ? host : `${host}/`;
}

function manifestTransform(content, dev) {
  let xml = content.toString();
  if (!dev) {
    const host = productionHost();
    xml = xml.split(DEV_URL).join(host).split("https://localhost:3000").join(new URL(host).origin);
    xml = xml.replace(`<Id>${DEVELOPMENT.id}</Id>`, `<Id>${PRODUCTION.id}</Id>`);
    xml = xml.replace(`<DisplayName DefaultValue="${DEVELOPMENT.name}"/>`, `<DisplayName DefaultValue="${PRODUCTION.name}"/>`);
  }
  const ns = (process.env.RJH_NAMESPACE || "").trim();
  if (ns) {
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(ns)) throw new Error(`RJH_NAMESPACE must be A–Z, 0–9 and _ (got "${ns}")`);
    xml = xml.replace("<!--NAMESPACE-->", '<Namespace resid="Functions.Namespace"/>');
    xml = xml.replace("<!--NAMESPACE-STRING-->", `<bt:String id="Functions.Namespace" DefaultValue="${ns}"/>`);
  }
  return xml;
}

/** Dev certificates: office-addin-dev-certs' files, generated if missing (PLATFORM.md). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) {
      fs.mkdirSync(dir, { recursive: true });
      await devCerts.generateCertificates(...files);
    }
    console.warn(
      "\nDev-certifikaten kunde inte installeras i systemets förtroendelager (t.ex. root utan sudo).\n" +
        `Servern använder dem ändå. Lita på ${files[0]} i webbläsaren för att slippa varningen.\n`,
    );
    return { ca: fs.readFileSync(files[0]), cert: fs.readFileSync(files[1]), key: fs.readFileSync(files[2]) };
  }
}

/** package.json's browserslist as esbuild targets: "safari >= 14" → "safari14". */
function esbuildTargets() {
  const list = require("./package.json").browserslist;
  return list.map((q) => {
    const m = /^(\w+)\s*>=\s*([\d.]+)$/.exec(q.trim());
    if (!m) throw new Error(`browserslist: "${q}" ska ha formen "safari >= 14"`);
    return `${m[1].toLowerCase()}${m[2]}`;
  });
}

/**
 * The page's own scripts block rendering until they have run (blocking="render", Chromium
 * 105+, so WebView2; other browsers ignore it): the browser then does not lay out and paint
 * the empty page (with the whole stylesheet) while they load, work that only delayed the
 * first screen (issue 12: the first screen in under 500 ms). Until they have run there is
 * nothing of the pane to show; Office.js, which Office requires first, is not marked.
 */
class RenderBlockingScripts {
  apply(compiler) {
    compiler.hooks.compilation.tap("RenderBlockingScripts", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap("RenderBlockingScripts", (data) => {
        for (const tag of data.assetTags.scripts) tag.attributes.blocking = "render";
        return data;
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (!dev) productionHost();
  // The payment day's holiday table is generated from date-holidays (scripts/helgdagar.js):
  // a build with a stale or hand-edited table stops here, saying how to make it again.
  checkHolidayTable();
  // esbuild counts Safari 14.0 as lacking destructuring for one edge case of the kangax
  // table (fixed in 14.1) and cannot lower it; Safari 14.0 runs ordinary destructuring.
  // Class fields are lowered: Safari 14.0 has instance fields but not static ones, and the
  // syntax check (test/build/deploy.test.ts) holds the output to ES2021.
  const esbuild = { target: esbuildTargets(), supported: { destructuring: true, "class-field": false, "class-static-field": false } };
  return {
    target: ["web", "browserslist"],
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/entry.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: esbuild },
        // node_modules too: a library's newer syntax must not reach Safari 14 (issue: every browser Office uses).
        { test: /\.m?js$/, include: /node_modules/, loader: "esbuild-loader", options: esbuild },
        // The shipped rule data, validated and hashed at build time (issue 13 item 4): an
        // invalid file stops the build; the bundle carries the checked file and its hashes.
        { test: /[\\/]src[\\/]rules[\\/]data[\\/][^\\/]+\.json$/, type: "javascript/auto", loader: path.resolve(__dirname, "scripts/regeldata-loader.js") },
        // Fluent UI's themes as the finished objects (scripts/tema-loader.js), not built as the pane starts.
        { test: /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]themes[\\/](web[\\/](lightTheme|darkTheme)|teams[\\/]highContrastTheme)\.js$/, enforce: "pre", loader: path.resolve(__dirname, "scripts/tema-loader.js") },
        // The pane's styles as a stylesheet, not rules inserted by script while the first
        // screen renders (issue 12: the first screen in under 500 ms). After esbuild (post):
        // @griffel/webpack-loader turns our makeStyles into precomputed __styles, then the
        // extraction loader (listed first, so it runs last) takes the CSS of ours and of Fluent
        // UI's out of the JavaScript; GriffelCSSExtractionPlugin sorts all of it into one
        // griffel.css in Griffel's order, loaded by taskpane.html.
        { test: /\.m?[jt]sx?$/, enforce: "post", loader: GriffelCSSExtractionPlugin.loader },
        { test: /\.tsx?$/, exclude: /node_modules/, enforce: "post", loader: "@griffel/webpack-loader" },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, path.resolve(__dirname, "scripts/css-text-loader.js")] },
      ],
    },
    performance: { hints: false },
    optimization: {
      // One copy of the shared code (engine, rules, decimal.js): the functions and the pane
      // are two entries on the same page (shared runtime), so one runtime and shared chunks;
      // taskpane.html loads them in order before functions.js and taskpane.js. The rule
      // schemas (zod), SheetJS/ExcelJS and the views after the first screen load on demand.
      runtimeChunk: "single",
      // Terser as webpack's default (two passes), but without inlining single-use functions
      // (reduce_funcs): it turned the custom functions' shared fast path into a function
      // expression made anew on every call, which made =HALSOVAL.GLESBYGD filled down half
      // as slow again (npm run bench; terser's own note: disabling it "sometimes improves
      // performance of the output code").
      minimizeOptions: { javascript: { compress: { passes: 2, reduce_funcs: false } } },
      // Only what both entries use goes to "shared" (engine, rules, decimal.js); what only the
      // pane uses (React, Fluent UI) stays in taskpane.js, so the functions' cold start
      // (runtime, shared, functions.js) does not parse the pane's libraries.
      splitChunks: {
        chunks: "initial",
        cacheGroups: { default: false, defaultVendors: false, shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, enforce: true } },
      },
    },
    plugins: [
      // The page's own scripts are all run as the page loads: V8's explicit compile hint
      // (a first-line magic comment, Chromium 136+, so WebView2) compiles their functions
      // eagerly, as the script streams in off the page's thread, instead of each one on the
      // page's thread when first called (issue 12: the first screen in under 500 ms). Added
      // after minifying (stage REPORT), which would drop the comment; other browsers ignore it.
      // Production only: a development build's source maps would be a line off.
      ...(dev ? [] : [new webpack.BannerPlugin({ banner: "//# allFunctionsCalledOnLoad", raw: true, entryOnly: true, test: /\.js$/, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT })]),
      new MiniCssExtractPlugin({ ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page runs the functions and the task pane together.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new RenderBlockingScripts(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/exempeldata/*.csv", to: "assets/exempeldata/[name][ext]" },
          { from: "assets/mallar/*.csv", to: "assets/mallar/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (c) => manifestTransform(c, dev) },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
module.exports.manifestTransform = manifestTransform;
module.exports.PRODUCTION = PRODUCTION;
module.exports.DEVELOPMENT = DEVELOPMENT;
