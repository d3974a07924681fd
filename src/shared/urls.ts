/** True for a well-formed http(s) address: the only links Factdesk opens, stores or prints as links. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
