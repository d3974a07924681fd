// A tiny PDF writer for tests: pages of positioned text lines in Helvetica, an info dictionary,
// image-only pages and a password-protected variant. Letters beyond Latin-1 (Cyrillic, Kazakh) get
// codes 128–255 through an /Encoding /Differences of /uniXXXX glyph names, which readers map to
// Unicode without an embedded font.

export interface TestPdfLine {
  text: string;
  x: number;
  /** Baseline, in points from the bottom of the page. */
  y: number;
  size?: number;
  /**
   * Sets the line in the Chinese font PDF readers provide themselves (STSong-Light, not embedded), its
   * characters as UCS-2 codes through the predefined UniGB-UCS2-H CMap, as many Chinese PDFs do.
   */
  isChinese?: boolean;
}

export interface TestPdfPage {
  lines?: readonly TestPdfLine[];
  /** Draws a grey picture over the page, as a scanner would. */
  hasImage?: boolean;
}

export interface TestPdfOptions {
  pages: readonly TestPdfPage[];
  /** Info dictionary entries: Title, Author, CreationDate… */
  info?: Readonly<Record<string, string>>;
  /** The catalog's /Lang. */
  lang?: string;
  /** Adds an /Encrypt dictionary whose user password is not empty. */
  isEncrypted?: boolean;
}

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;
const DEFAULT_SIZE = 11;
/** Glyph widths declared in the font (thousandths of the size): every letter alike keeps layout predictable. */
const GLYPH_WIDTH = 500;
const SPACE_WIDTH = 250;
const FIRST_EXTRA_CODE = 128;

/** Width of a line of text as the test font declares it, for laying out columns that must not overlap. */
export function measureTestText(text: string, size = DEFAULT_SIZE): number {
  let units = 0;
  for (const char of text) units += char === ' ' ? SPACE_WIDTH : GLYPH_WIDTH;
  return (units / 1000) * size;
}

/** Lines of a paragraph laid out from a baseline downwards, for building pages in tests. */
export function layOutLines(texts: readonly string[], x: number, top: number, leading = 14): TestPdfLine[] {
  return texts.map((text, index) => ({ text, x, y: top - index * leading }));
}

export function buildTestPdf(options: TestPdfOptions): Uint8Array {
  const extraCodes = assignExtraCodes(options.pages);
  const objects: string[] = [];
  const addObject = (body: string): number => objects.push(body);

  const catalogId = addObject('');
  const pagesId = addObject('');
  const fontId = addObject(buildFontDictionary(extraCodes));
  const chineseFontId = addObject(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font ' +
      '/Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ' +
      '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>',
  );
  const imageId = addObject('<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0080\u00c0\u00c0\u0080\nendstream');
  const pageIds = options.pages.map((page) => {
    const content = buildContentStream(page, extraCodes);
    const contentId = addObject(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return addObject(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 ${fontId} 0 R /F2 ${chineseFontId} 0 R >> /XObject << /Im1 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
  });
  const lang = options.lang === undefined ? '' : ` /Lang ${encodeTextString(options.lang)}`;
  objects[catalogId - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R${lang} >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  const infoEntries = Object.entries(options.info ?? {}).map(([key, value]) => `/${key} ${encodeTextString(value)}`);
  const infoId = infoEntries.length > 0 ? addObject(`<< ${infoEntries.join(' ')} >>`) : null;
  // A user password check that fails for the empty password: readers then ask for one.
  const encryptId = options.isEncrypted === true
    ? addObject(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : null;

  return serialise(objects, catalogId, infoId, encryptId);
}

function serialise(objects: readonly string[], rootId: number, infoId: number | null, encryptId: number | null): Uint8Array {
  let output = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(output.length);
    output += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = output.length;
  output += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) output += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const info = infoId === null ? '' : ` /Info ${infoId} 0 R`;
  const encrypt = encryptId === null ? '' : ` /Encrypt ${encryptId} 0 R`;
  const fileId = '0123456789abcdef0123456789abcdef';
  output += `trailer\n<< /Size ${objects.length + 1} /Root ${rootId} 0 R${info}${encrypt} /ID [<${fileId}> <${fileId}>] >>\n`;
  output += `startxref\n${xrefOffset}\n%%EOF\n`;
  // Every char is below 256: the string is the file's bytes, one per char.
  return Uint8Array.from(output, (char) => char.charCodeAt(0));
}

/** Codes for the characters outside Latin-1 used on the pages, in order of first use. */
function assignExtraCodes(pages: readonly TestPdfPage[]): Map<string, number> {
  const codes = new Map<string, number>();
  for (const page of pages) {
    for (const line of page.lines ?? []) {
      if (line.isChinese === true) continue;
      for (const char of line.text) {
        if (char.charCodeAt(0) < FIRST_EXTRA_CODE || codes.has(char)) continue;
        if (FIRST_EXTRA_CODE + codes.size > 255) throw new Error('buildTestPdf: more than 128 distinct non-ASCII characters');
        codes.set(char, FIRST_EXTRA_CODE + codes.size);
      }
    }
  }
  return codes;
}

function buildFontDictionary(extraCodes: ReadonlyMap<string, number>): string {
  const differences = [...extraCodes].map(([char, code]) => `${code} /uni${hex4(char.codePointAt(0) ?? 0)}`).join(' ');
  const widths = Array.from({ length: 256 - 32 }, (_, index) => (index === 0 ? SPACE_WIDTH : GLYPH_WIDTH)).join(' ');
  return (
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica ' +
    `/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences}] >> ` +
    `/FirstChar 32 /LastChar 255 /Widths [${widths}] >>`
  );
}

function buildContentStream(page: TestPdfPage, extraCodes: ReadonlyMap<string, number>): string {
  const operations: string[] = [];
  if (page.hasImage === true) operations.push(`q ${PAGE_WIDTH - 100} 0 0 ${PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q`);
  for (const line of page.lines ?? []) {
    const hex =
      line.isChinese === true
        ? [...line.text].map((char) => hex4(char.charCodeAt(0))).join('')
        : [...line.text].map((char) => (extraCodes.get(char) ?? char.charCodeAt(0)).toString(16).padStart(2, '0')).join('');
    const font = line.isChinese === true ? 'F2' : 'F1';
    operations.push(`BT /${font} ${line.size ?? DEFAULT_SIZE} Tf ${line.x} ${line.y} Td <${hex}> Tj ET`);
  }
  return operations.join('\n');
}

/** A PDF text string in UTF-16BE with its byte order mark, so any letter survives. */
function encodeTextString(value: string): string {
  let hex = 'feff';
  for (let index = 0; index < value.length; index += 1) hex += hex4(value.charCodeAt(index));
  return `<${hex}>`;
}

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0').toUpperCase();
}
