// What linkedom needs to build a document, and whether markup is a whole page or a copied piece of one.

/** A clipboard fragment: the markers browsers put around a copied selection, or nothing of a whole page. */
export function isFragment(html: string): boolean {
  return /<!--\s*StartFragment\s*-->/iu.test(html) || !/<(?:!doctype|html|head|body)[\s>]/iu.test(html);
}

/** linkedom builds a document only from a page with both <html> and <body>: anything less gets them around it. */
export function completeDocument(html: string): string {
  if (/<html[\s>]/iu.test(html) && /<body[\s>]/iu.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head>/iu.exec(html)?.[0] ?? '<head></head>';
  const htmlAttributes = /<html(\s[^>]*)?>/iu.exec(html)?.[1] ?? '';
  const rest = html
    .replace(/<!doctype[^>]*>/iu, '')
    .replace(/<head[\s>][\s\S]*?<\/head>/iu, '')
    .replace(/<\/?(?:html|body)(?:\s[^>]*)?>/giu, '');
  return `<!DOCTYPE html><html${htmlAttributes}>${head}<body>${rest}</body></html>`;
}
