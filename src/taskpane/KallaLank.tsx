// Sources users can open (issue 11, item 3): a rule set's document as a link to the address
// where the region (or SKR) publishes it, opened in a new window. In Office the host's own
// browser window is used where the host offers it (Office.context.ui.openBrowserWindow,
// requirement set OpenBrowserWindowApi 1.1); elsewhere the link opens a new tab itself.
import { Link, Text } from "@fluentui/react-components";

interface OfficeUi {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean }; ui?: { openBrowserWindow?(url: string): void } };
}

/** Opens `url` in the host's browser window when Office offers one; false: let the link open it. */
export function openInHost(url: string): boolean {
  const office = (globalThis as { Office?: OfficeUi }).Office;
  const ui = office?.context?.ui;
  if (!ui?.openBrowserWindow || !office?.context?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1")) return false;
  try {
    ui.openBrowserWindow(url);
    return true;
  } catch {
    return false;
  }
}

export function KallaLank({ titel, url }: { titel: string; url?: string }) {
  if (!url) return <Text>{titel}</Text>;
  return (
    <Link
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      inline
      onClick={(e) => {
        if (openInHost(url)) e.preventDefault();
      }}
    >
      {titel} (öppnas i nytt fönster)
    </Link>
  );
}
