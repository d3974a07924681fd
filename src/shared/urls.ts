/** True for a well-formed http(s) address: the only links Factdesk opens, stores or prints as links. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Query parameters that say how a reader arrived, not which page it is. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid)$/iu;

/**
 * An article's address in the form two imports of one page share: any scheme (http or https), no "www.", no
 * fragment, no tracking parameters, no trailing slash. Null for anything but an http(s) address.
 */
export function normalizeArticleUrl(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  const parsed = new URL(url.trim());
  const host = parsed.hostname.toLowerCase().replace(/^www\./u, '');
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  const path = parsed.pathname.replace(/\/+$/u, '');
  return `${host}${port}${path}${query}`;
}
