// A fake of the part of the Excel JavaScript API the task pane uses, injected into the page
// before any script runs. It records what the pane writes (window.__fake) so the browser
// test can check it. Also a CustomFunctions stand-in that keeps the functions the bundle
// associates, so the test can call them. Office.js itself is the real npm copy; only
// onReady is told that the host is Excel.
(() => {
  const fake = (window.__fake = { syncs: 0, runs: 0, sheets: {}, settings: {}, calls: [], functions: {} });
  const userSheets = (window.__fakeUserSheets || []);
  for (const n of userSheets) fake.sheets[n] = { name: n, cells: {}, tables: [], protected: false, byUser: true };
  // A workbook saved by an earlier test (its sheets and settings): reopening it.
  if (window.__fakeSeed) {
    Object.assign(fake.sheets, window.__fakeSeed.sheets);
    Object.assign(fake.settings, window.__fakeSeed.settings);
  }

  const colNum = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const parse = (a1) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ""));
    if (!m) return null;
    return { c1: colNum(m[1]), r1: +m[2], c2: m[3] ? colNum(m[3]) : colNum(m[1]), r2: m[4] ? +m[4] : +m[2] };
  };
  function range(sheet, a1) {
    const box = parse(a1);
    const format = { font: {}, fill: {}, autofitColumns() {} };
    // A referenced block (a formula's argument, read for "Förklara") reads its own cells;
    // the used range ("A1") and the whole sheet read everything, as before.
    const own = box && a1 !== "A1" && a1 !== "A1:ZZ9999";
    const block = () => Array.from({ length: box.r2 - box.r1 + 1 }, (_, r) => Array.from({ length: box.c2 - box.c1 + 1 }, (_, c) => sheet.cells[`${box.r1 + r},${box.c1 + c}`] ?? ""));
    return {
      format,
      get address() {
        return `'${sheet.name.replace(/'/g, "''")}'!${a1}`;
      },
      get formulas() {
        return own ? block() : this.values;
      },
      set formulas(rows) {
        fake.calls.push(["formulas", sheet.name, a1]);
        // As Excel: the array must be exactly the size of the range.
        if (box && (rows.length !== box.r2 - box.r1 + 1 || rows.some((r) => r.length !== box.c2 - box.c1 + 1)))
          throw new Error(`InvalidArgument: ${sheet.name}!${a1} is ${box.r2 - box.r1 + 1}×${box.c2 - box.c1 + 1}, the array is not`);
        rows.forEach((row, i) => row.forEach((v, j) => (sheet.cells[`${box.r1 + i},${box.c1 + j}`] = v)));
      },
      set values(rows) {
        fake.calls.push(["values", sheet.name, a1]);
        if (box && (rows.length !== box.r2 - box.r1 + 1 || rows.some((r) => r.length !== box.c2 - box.c1 + 1)))
          throw new Error(`InvalidArgument: ${sheet.name}!${a1} is ${box.r2 - box.r1 + 1}×${box.c2 - box.c1 + 1}, the array is not`);
        rows.forEach((row, i) => row.forEach((v, j) => (sheet.cells[`${box.r1 + i},${box.c1 + j}`] = v)));
      },
      set numberFormat(f) {
        fake.calls.push(["numberFormat", sheet.name, a1, f[0][0]]);
        if (box && (f.length !== box.r2 - box.r1 + 1 || f.some((r) => r.length !== box.c2 - box.c1 + 1)))
          throw new Error(`InvalidArgument: numberFormat ${sheet.name}!${a1}`);
      },
      clear() {
        fake.calls.push(["clear", sheet.name]);
        sheet.cells = {};
      },
      load() {},
      get values() {
        if (own) return block().map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? 0 : v)));
        const keys = Object.keys(sheet.cells).map((k) => k.split(",").map(Number));
        const rows = Math.max(1, ...keys.map((k) => k[0]));
        const cols = Math.max(1, ...keys.map((k) => k[1]));
        return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cells[`${r + 1},${c + 1}`] ?? ""));
      },
      get numberFormat() {
        return this.values.map((r) => r.map(() => "General"));
      },
    };
  }
  function worksheet(sheet) {
    return {
      get name() {
        return sheet.name;
      },
      tables: {
        get items() {
          return sheet.tables.map((t) => ({ name: t, delete: () => (sheet.tables = sheet.tables.filter((x) => x !== t)) }));
        },
        add(a1) {
          const t = { name: "" };
          setTimeout(() => sheet.tables.push(t.name));
          return t;
        },
      },
      getRange: (a1) => range(sheet, a1 || "A1:ZZ9999"),
      getUsedRange: () => range(sheet, "A1"),
      getRangeByIndexes: (r, c, h, w) => {
        const col = (i) => { let s = ""; for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
        return range(sheet, `${col(c)}${r + 1}:${col(c + w - 1)}${r + h}`);
      },
      // As Excel's worksheet.copy: a new sheet with the same cells; its name is set after.
      copy(position) {
        const copy = { name: `${sheet.name} (2)`, cells: { ...sheet.cells }, tables: [], protected: false, byUser: true };
        fake.sheets[copy.name] = copy;
        fake.calls.push(["copy", sheet.name, position]);
        return {
          set name(n) {
            if (fake.sheets[n]) throw new Error(`Bladet ${n} finns redan`);
            delete fake.sheets[copy.name];
            copy.name = n;
            fake.sheets[n] = copy;
          },
        };
      },
      activate() {
        fake.active = sheet.name;
      },
      freezePanes: { freezeRows() {} },
      protection: {
        protect() { sheet.protected = true; },
        unprotect() { sheet.protected = false; },
      },
      load() {},
      isNullObject: false,
    };
  }
  function context() {
    const worksheets = {
      load() {},
      get items() {
        return Object.values(fake.sheets).map(worksheet);
      },
      add(name) {
        if (fake.sheets[name]) throw new Error(`Bladet ${name} finns redan`);
        fake.sheets[name] = { name, cells: {}, tables: [], protected: false };
        fake.calls.push(["add", name]);
        return worksheet(fake.sheets[name]);
      },
      getItem(name) {
        if (!fake.sheets[name]) throw new Error(`ItemNotFound: ${name}`);
        return worksheet(fake.sheets[name]);
      },
      getItemOrNullObject(name) {
        return fake.sheets[name] ? worksheet(fake.sheets[name]) : { isNullObject: true, load() {} };
      },
    };
    const settings = {
      getItemOrNullObject(key) {
        return key in fake.settings ? { isNullObject: false, value: fake.settings[key], load() {} } : { isNullObject: true, load() {} };
      },
      add(key, value) {
        fake.settings[key] = value;
      },
    };
    const application = { suspendApiCalculationUntilNextSync() {}, calculate() { fake.calls.push(["calculate"]); } };
    const tables = {
      load() {},
      get items() {
        return Object.values(fake.sheets).flatMap((s) => s.tables.map((name) => ({ name })));
      },
      getItem(name) {
        return { delete: () => Object.values(fake.sheets).forEach((s) => (s.tables = s.tables.filter((t) => t !== name))) };
      },
    };
    // The selection ("Förklara" follows it): window.__fakeSelect(sheet, "B2") selects a
    // cell and fires onSelectionChanged, as a click in Excel does.
    const selected = () => {
      const sel = fake.selection || { sheet: Object.keys(fake.sheets)[0], a1: "A1" };
      if (!fake.sheets[sel.sheet]) fake.sheets[sel.sheet] = { name: sel.sheet, cells: {}, tables: [], protected: false };
      return range(fake.sheets[sel.sheet], sel.a1);
    };
    const onSelectionChanged = {
      add(handler) {
        selectionHandlers.push(handler);
        return { remove: () => (selectionHandlers.splice(selectionHandlers.indexOf(handler) >>> 0, 1)), context: { sync: async () => {} } };
      },
    };
    return { workbook: { worksheets, settings, application, tables, getSelectedRange: selected, getActiveCell: selected, onSelectionChanged }, application, sync: async () => { fake.syncs++; } };
  }
  const selectionHandlers = [];
  window.__fakeSelect = (sheet, a1) => {
    fake.selection = { sheet, a1 };
    for (const h of [...selectionHandlers]) h({ address: a1 });
  };
  window.Excel = { run: async (batch) => { fake.runs++; return await batch(context()); }, CalculationType: { full: "Full" } };
  // Requirement sets the host claims (window.__fakeRequirements = { ExcelApi: "1.8" }; {} = none).
  // Office.js may replace Office.context after its start, so the test applies them again
  // right before it needs them; returns whether ExcelApi 1.8 now reads as supported.
  window.__fakeApplyRequirements = () => {
    const sets = window.__fakeRequirements;
    if (!sets || !window.Office) return null;
    const num = (v) => String(v || "1.1").split(".").map(Number);
    const atLeast = (have, want) => have[0] > want[0] || (have[0] === want[0] && (have[1] || 0) >= (want[1] || 0));
    const requirements = { isSetSupported: (name, version) => name in sets && atLeast(num(sets[name]), num(version)) };
    const current = window.Office.context;
    try {
      if (current && typeof current === "object") Object.defineProperty(current, "requirements", { value: requirements, configurable: true });
      else Object.defineProperty(window.Office, "context", { value: { requirements, officeTheme: window.__fakeOfficeTheme }, configurable: true, writable: true });
    } catch (e) {
      window.__fakeRequirementsProblem = String(e);
    }
    return Boolean(window.Office.context && window.Office.context.requirements && window.Office.context.requirements.isSetSupported("ExcelApi", "1.8"));
  };
  // Excel.createWorkbook (ExcelApi 1.8): records the base64 it was given (the test opens it).
  fake.created = [];
  window.Excel.createWorkbook = async (base64) => {
    fake.created.push(base64);
  };
  const customFunctions = {
    associate(id, fn) {
      if (typeof id === "object") Object.assign(fake.functions, id);
      else fake.functions[id] = fn;
    },
    Error: class extends Error { constructor(code, message) { super(message || code); this.code = code; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  // Office.js outside Office installs its own CustomFunctions (and patches the object it
  // finds); keep this one, frozen.
  Object.freeze(customFunctions);
  Object.defineProperty(window, "CustomFunctions", { get: () => customFunctions, set: () => {}, configurable: false });
  // Deferred bundles run after readyState turns "interactive": tell them the host is Excel.
  document.addEventListener("readystatechange", () => {
    if (document.readyState === "interactive" && window.Office) {
      window.Office.onReady = () => {
        // Office's theme, as Office.context.officeTheme gives it (the test sets a dark one);
        // set when the pane asks, so that Office.js's own start cannot replace it after.
        if (window.__fakeOfficeTheme) {
          // Office.js may already have made Office.context fixed: then the theme goes on it.
          const current = window.Office.context;
          if (current && typeof current === "object") {
            try {
              Object.defineProperty(current, "officeTheme", { value: window.__fakeOfficeTheme, configurable: true });
            } catch (e) {
              window.__fakeThemeProblem = String(e);
            }
          }
          else Object.defineProperty(window.Office, "context", { value: { officeTheme: window.__fakeOfficeTheme }, configurable: true, writable: true });
        }
        window.__fakeApplyRequirements();
        return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
      };
      window.Office.HostType = Object.assign({}, window.Office.HostType, { Excel: "Excel" });
    }
  });
})();
