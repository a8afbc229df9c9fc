// jsdom lacks the TextEncoder/TextDecoder every browser has (the rule-set hash uses them).
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom does not have; in
// jsdom nothing has a size, so an observer that never reports is the faithful stand-in.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: (globalThis as { ResizeObserver?: unknown }).ResizeObserver ?? NoResizeObserver });
