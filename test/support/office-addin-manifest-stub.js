// office-addin-mock imports office-addin-manifest only for this enum; the real package
// cannot load under jest on Node 20 (an ES-module-only dependency), see PLATFORM.md.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
};
