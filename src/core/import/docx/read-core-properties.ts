// A Word file's own properties (docProps/core.xml, Dublin Core): title, author, creation date and
// language. The part is a flat list of simple elements, so it is read with patterns, not a parser.

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  created: string | null;
  language: string | null;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readCoreProperties(xml: string): CoreProperties {
  return {
    title: readElement(xml, 'title'),
    creator: readElement(xml, 'creator'),
    created: readElement(xml, 'created'),
    language: readElement(xml, 'language'),
  };
}

/** The text of the first element with this local name (any namespace prefix), or null. */
function readElement(xml: string, localName: string): string | null {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?${localName})(?:\\s[^>]*)?>([\\s\\S]*?)</\\1\\s*>`, 'u');
  const text = pattern.exec(xml)?.[2];
  if (text === undefined) return null;
  const value = decodeEntities(text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, '$1')).trim();
  return value === '' ? null : value;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (entity, name: string) => {
    if (!name.startsWith('#')) return XML_ENTITIES[name] ?? entity;
    const isHex = name.charAt(1).toLowerCase() === 'x';
    const code = Number.parseInt(name.slice(isHex ? 2 : 1), isHex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
