// The globals Excel provides, for the benchmarks in Node: the functions' error type and
// the calculation type the writer asks for. Imported first by run.ts.
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class extends Error {
    constructor(readonly code: string, message?: string) {
      super(message ?? code);
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  associate: () => undefined,
};
(globalThis as unknown as { Excel: unknown }).Excel = { CalculationType: { full: "Full" } };
