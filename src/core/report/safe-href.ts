// Links in a report open outside the app, so only plain web addresses become links: a `javascript:` or
// `file:` URL in a source is printed as text, never made clickable.

import { isHttpUrl } from '../../shared/urls';

export function toSafeHref(url: string): string | null {
  return isHttpUrl(url) ? new URL(url.trim()).href : null;
}
