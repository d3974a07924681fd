// Text encoded as a legacy editor saves it, for tests: encoders built from the decoders' own tables, so what a
// test writes is exactly what TextDecoder reads back. Letters a code page lacks (Kazakh ә, қ… in windows-1251)
// come out as "?", as editors save them.

const tables = new Map<string, Map<string, number[]>>();

function tableOf(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(label);
  const add = (bytes: number[]) => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if (!table.has(char)) table.set(char, bytes);
  };
  for (let byte = 0; byte < 0x80; byte += 1) add([byte]);
  if (label === 'gb18030') {
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) add([lead, trail]);
    }
  } else {
    for (let byte = 0x80; byte < 0x100; byte += 1) add([byte]);
  }
  tables.set(label, table);
  return table;
}

/** `label` is a single-byte code page (windows-1251, koi8-r, windows-1252…) or gb18030. */
export function encodeAs(label: string, text: string): Uint8Array {
  const table = tableOf(label);
  return Uint8Array.from([...text].flatMap((char) => table.get(char) ?? [0x3f]));
}
