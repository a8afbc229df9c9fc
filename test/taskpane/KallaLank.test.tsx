// Sources users can open (issue 11, item 3): a document with an address is a link that opens
// a new window (the host's browser window where Office offers one), one without is text.
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { KallaLank } from "../../src/taskpane/KallaLank";

const show = (url?: string) => render(<FluentProvider theme={webLightTheme}><KallaLank titel="Överenskommelse tilläggsbelopp 2026–2027" url={url} /></FluentProvider>);

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test("a link to the published address, in a new window, safe from the opened page", () => {
  show("https://www.regionjh.se/samverkan");
  const a = screen.getByRole("link", { name: /Överenskommelse tilläggsbelopp 2026–2027/ });
  expect(a.getAttribute("href")).toBe("https://www.regionjh.se/samverkan");
  expect(a.getAttribute("target")).toBe("_blank");
  expect(a.getAttribute("rel")).toContain("noopener");
  expect(a.textContent).toContain("öppnas i nytt fönster");
});

test("in Office with OpenBrowserWindowApi: the host's browser window opens it", () => {
  const opened: string[] = [];
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true }, ui: { openBrowserWindow: (u: string) => opened.push(u) } } };
  show("https://www.regionjh.se/samverkan");
  const a = screen.getByRole("link");
  const click = new MouseEvent("click", { bubbles: true, cancelable: true });
  fireEvent(a, click);
  expect(opened).toEqual(["https://www.regionjh.se/samverkan"]);
  expect(click.defaultPrevented).toBe(true);
});

test("without an address: the title as text, no link", () => {
  show();
  expect(screen.queryByRole("link")).toBeNull();
  expect(screen.getByText("Överenskommelse tilläggsbelopp 2026–2027")).toBeTruthy();
});
