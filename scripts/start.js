// npm start: build and serve the add-in over https://localhost:3000 with dev certificates,
// and sideload it into Excel where Excel is installed (Windows, macOS). On Linux there is
// no desktop Excel: serve, and say how to sideload the manifest in Excel on the web.
const { spawn } = require("child_process");

const serve = ["webpack", "serve", "--mode", "development"];
const onDesktop = process.platform === "win32" || process.platform === "darwin";

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

if (onDesktop && !process.env.CI) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", serve.join(" "), "--dev-server-port", "3000"]);
} else {
  console.log(
    [
      "",
      "RJH ersättning serveras på https://localhost:3000 (taskpane.html, functions.js, functions.json, manifest.xml).",
      "Här finns ingen Excel för skrivbordet att läsa in tillägget i. Så provar du det i Excel på webben:",
      "  1. Lita på utvecklingscertifikatet ~/.office-addin-dev-certs/ca.crt i webbläsaren (eller öppna",
      "     https://localhost:3000/taskpane.html en gång och godkänn varningen).",
      "  2. Öppna en arbetsbok i Excel på webben (OneDrive/SharePoint).",
      "  3. Start → Tillägg → Fler inställningar → Ladda upp mitt tillägg → välj manifest.xml i projektets rot.",
      "  4. Fliken Start får knappen Årsuppställning; formler som =HALSOVAL.LISTAD(72) fungerar i cellerna.",
      "Avsluta med Ctrl+C.",
      "",
    ].join("\n"),
  );
  run("npx", serve);
}
