// Reads a manifest with office-addin-manifest in a plain Node process (it cannot load under
// jest, see PLATFORM.md) and prints what it parsed as JSON.
const { OfficeAddinManifest } = require("office-addin-manifest");
OfficeAddinManifest.readManifestFile(process.argv[2])
  .then((info) => console.log(JSON.stringify(info)))
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
