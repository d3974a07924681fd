// Builds small .docx files for tests with jszip (a development dependency: tests only). Body XML is
// given as WordprocessingML paragraphs; the helpers write the common ones.
import JSZip from 'jszip';

export interface TestDocxOptions {
  /** WordprocessingML for the inside of <w:body>, after `paragraphs`. */
  body?: string;
  /** Plain paragraphs, the shorthand for a body of simple text. */
  paragraphs?: readonly string[];
  /** Shorthand for `core.title`. */
  title?: string;
  /** Footnote bodies, referenced in the body as <w:footnoteReference w:id="N"/> with N from 1. */
  footnotes?: readonly string[];
  core?: { title?: string; creator?: string; created?: string; language?: string };
  /** Leaves word/document.xml out, as a package that is not a Word document would. */
  isMissingDocument?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

export function paragraph(text: string, style?: string): string {
  const properties = style === undefined ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A paragraph whose runs are separated by soft line breaks (Shift+Enter). */
export function paragraphWithBreaks(lines: readonly string[]): string {
  const runs = lines.map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`);
  return `<w:p>${runs.join('<w:r><w:br/></w:r>')}</w:p>`;
}

export function listItem(text: string): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function table(rows: readonly (readonly string[])[]): string {
  const cells = (row: readonly string[]): string => row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('');
  return `<w:tbl>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

export function footnoteReference(id: number): string {
  return `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
}

export async function buildTestDocx(options: TestDocxOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  const hasFootnotes = (options.footnotes?.length ?? 0) > 0;
  const core = options.title === undefined ? options.core : { ...options.core, title: options.title };
  const body = (options.paragraphs ?? []).map((text) => paragraph(text)).join('') + (options.body ?? '');
  zip.file('[Content_Types].xml', buildContentTypes(core !== undefined, hasFootnotes));
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
  );
  if (options.isMissingDocument !== true) {
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`);
  }
  zip.file('word/_rels/document.xml.rels', buildDocumentRelationships(hasFootnotes));
  zip.file('word/numbering.xml', buildNumbering());
  if (hasFootnotes) zip.file('word/footnotes.xml', buildFootnotes(options.footnotes ?? []));
  if (core !== undefined) zip.file('docProps/core.xml', buildCore(core));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function buildContentTypes(hasCore: boolean, hasFootnotes: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    (hasFootnotes ? `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>` : '') +
    (hasCore ? `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` : '') +
    `</Types>`
  );
}

function buildDocumentRelationships(hasFootnotes: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R}/numbering" Target="numbering.xml"/>` +
    (hasFootnotes ? `<Relationship Id="rId2" Type="${R}/footnotes" Target="footnotes.xml"/>` : '') +
    `</Relationships>`
  );
}

function buildNumbering(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  );
}

function buildFootnotes(footnotes: readonly string[]): string {
  const notes = footnotes.map((text, index) => `<w:footnote w:id="${index + 1}">${paragraph(text)}</w:footnote>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">${notes.join('')}</w:footnotes>`;
}

function buildCore(core: NonNullable<TestDocxOptions['core']>): string {
  const element = (tag: string, value: string | undefined, attributes = ''): string =>
    value === undefined ? '' : `<${tag}${attributes}>${escapeXml(value)}</${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ` +
    `xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    element('dc:title', core.title) +
    element('dc:creator', core.creator) +
    element('dcterms:created', core.created, ' xsi:type="dcterms:W3CDTF"') +
    element('dc:language', core.language) +
    `</cp:coreProperties>`
  );
}
