// The popup window of an OAuth 2.0 login, typed by what connectOAuth2 uses of it (a browser
// `Window` fits), so the package's types need no DOM library. Opened centred over the page, as
// a popup (not a tab), and never with `noopener`: the callback page answers through `opener`.

/** What connectOAuth2 uses of a popup window. `window.open(...)` gives one. */
export interface OAuth2PopupWindow {
  readonly closed: boolean;
  close(): void;
  postMessage(message: unknown, targetOrigin: string): void;
  location: { href: string };
}

interface BrowserGlobal {
  open?: (url: string, target: string, features: string) => OAuth2PopupWindow | null;
  screenX?: number;
  screenY?: number;
  outerWidth?: number;
  outerHeight?: number;
}

const WIDTH = 600;
const HEIGHT = 700;

/** The `window.open` features of a popup of the default size, centred over the current window. */
export function popupFeatures(): string {
  const g = globalThis as BrowserGlobal;
  const left = Math.max(0, Math.round((g.screenX ?? 0) + ((g.outerWidth ?? WIDTH) - WIDTH) / 2));
  const top = Math.max(0, Math.round((g.screenY ?? 0) + ((g.outerHeight ?? HEIGHT) - HEIGHT) / 2));
  return `popup=yes,width=${WIDTH},height=${HEIGHT},left=${left},top=${top}`;
}

/**
 * Opens an empty popup now, which a blocker allows only while a click is being handled; null
 * when it was blocked or there is no browser window to open one from.
 */
export function openPopup(): OAuth2PopupWindow | null {
  const open = (globalThis as BrowserGlobal).open;
  if (typeof open !== "function") return null;
  try {
    return open.call(globalThis, "about:blank", "_blank", popupFeatures()) ?? null;
  } catch {
    return null;
  }
}
