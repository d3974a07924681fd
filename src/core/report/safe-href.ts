// Links in a report open outside the app, so only plain web addresses become links: a `javascript:` or
// `file:` URL in a source is printed as text, never made clickable.

export function toSafeHref(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
