// Builds the task pane and the custom functions into dist/, generates functions.json from
// the functions' JSDoc, and writes the manifest with the host URL and (optionally) the
// functions' namespace. Settings come from the environment:
//   ADDIN_HOST       production origin, e.g. https://addin.regionjh.se/rjh-ersattning/
//                    (replaces https://localhost:3000/ in the manifest)
//   RJH_NAMESPACE    a namespace for the functions (e.g. RJH → =RJH.HALSOVAL.LISTAD);
//                    empty by default: the formulas are typed as in SPEC §6.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

// The files of custom functions (src/functions/index.ts exports them all); a new file is one line here.
const FUNCTION_FILES = ["halsoval", "halsoval-belopp", "regelverk", "tillagg", "utveckling"].map((f) => `./src/functions/${f}.ts`);

const DEV_URL = "https://localhost:3000/";

function manifestTransform(content, dev) {
  let xml = content.toString();
  const host = process.env.ADDIN_HOST;
  if (!dev && host) xml = xml.split(DEV_URL).join(host.endsWith("/") ? host : `${host}/`);
  if (!dev && host) xml = xml.split("https://localhost:3000").join(new URL(host).origin);
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

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
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
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // date-holidays-parser uses moment-timezone only for equinox-based holidays, which
        // Sweden does not have; the library without its 700 kB zone table is enough.
        "moment-timezone$": path.resolve(__dirname, "node_modules/moment-timezone/builds/moment-timezone.min.js"),
      },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // As date-holidays' README advises for bundles: no moment locales, no planet tables
      // beyond the two its parser needs.
      new webpack.IgnorePlugin({
        checkResource(resource, context) {
          if (/\/astronomia\/data$/.test(context)) return !["./deltat.js", "./vsop87Bearth.js"].includes(resource);
          return /\/moment\/locale$/.test(context);
        },
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page runs the functions and the task pane together.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/exempeldata/*.csv", to: "assets/exempeldata/[name][ext]" },
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
