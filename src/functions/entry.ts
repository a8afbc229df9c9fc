// The functions' bundle. custom-functions-metadata-plugin appends the
// CustomFunctions.associate calls to each file of functions it is given (webpack.config.js).
// Before any function computes, the runtime reads the workbook's pin (pin/load.ts); a pin
// is validated in full, so the rule validation (loaded on demand) is loaded first when the
// workbook has one.
import { loadValidation } from "../rules";
import { ExcelLike, loadPin, readPinSetting } from "../pin/load";
import "./index";

if (typeof Office !== "undefined" && typeof Excel !== "undefined")
  void loadPin(async () => {
    const raw = await readPinSetting(Office, Excel as unknown as ExcelLike);
    if (raw !== null && raw !== undefined && raw !== "") await loadValidation();
    return raw;
  });
