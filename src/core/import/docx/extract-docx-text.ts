// A Word (.docx) file's text, paragraph by paragraph, with the title, author, date and language its
// properties state. Refuses, with a message that names the file, files that are locked, broken,
// empty or in the old .doc format.
import mammoth from 'mammoth';
import {
  readDeclaredDate,
  readDeclaredLanguage,
  readDeclaredText,
  readDeclaredTitle,
} from '../extracted-document';
import type { ExtractedDocument } from '../extracted-document';
import { ImportError } from '../import-error';
import type { DeclaredFacts } from '../parse-article-text';
import { readCoreProperties } from './read-core-properties';
import { readHtmlParagraphs } from './read-html-paragraphs';
import { openZip } from './read-zip';
import type { ZipArchive } from './read-zip';

/** Compound File Binary: the container of old .doc files and of password-protected Office files. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A stream name an encrypted Office file's container holds, as its directory stores it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** Generous for the few kilobytes the package's relationships and properties take. */
const MAX_PART_BYTES = 1024 * 1024;
const MAIN_DOCUMENT_FALLBACK = 'word/document.xml';

export async function extractDocxText(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  if (bytes.byteLength === 0) {
    throw new ImportError('empty', `"${name}" is empty (0 bytes), so there is no article to import.`, name);
  }
  if (hasCfbSignature(bytes)) throw createCfbError(bytes, name);
  const archive = openZip(bytes);
  if (archive === null) {
    throw new ImportError('damaged', `"${name}" is not a Word document: it is not a .docx package, or it is damaged.`, name);
  }
  if (!archive.names.includes(findMainDocumentPath(archive))) {
    throw new ImportError('damaged', `"${name}" is not a Word document: the package has no document text in it.`, name);
  }
  const text = await convertToText(bytes, name);
  if (text.trim() === '') {
    throw new ImportError('no-text', `"${name}" has no text in it: the document is empty or holds only pictures.`, name);
  }
  return { text, declared: readDeclaredFacts(archive, text) };
}

async function convertToText(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures are not read: inlining them as data URLs would cost memory for nothing.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), ignoreEmptyParagraphs: true },
    );
    return readHtmlParagraphs(value).join('\n\n');
  } catch {
    throw new ImportError(
      'damaged',
      `"${name}" cannot be read: the Word document is damaged. Open it in Word, save a new copy and import that.`,
      name,
    );
  }
}

function readDeclaredFacts(archive: ZipArchive, text: string): DeclaredFacts {
  const xml = archive.read('docProps/core.xml', MAX_PART_BYTES);
  if (xml === null) return {};
  const properties = readCoreProperties(new TextDecoder().decode(xml));
  return {
    title: readDeclaredTitle(properties.title),
    author: readDeclaredText(properties.creator),
    publishedAt: readDeclaredDate(properties.created),
    language: readDeclaredLanguage(properties.language, text),
  };
}

/** Where the package's relationships say the document is; Word itself always writes word/document.xml. */
function findMainDocumentPath(archive: ZipArchive): string {
  const relationships = archive.read('_rels/.rels', MAX_PART_BYTES);
  if (relationships === null) return MAIN_DOCUMENT_FALLBACK;
  for (const [tag] of new TextDecoder().decode(relationships).matchAll(/<Relationship\b[^>]*>/gu)) {
    if (!/\bType="[^"]*\/officeDocument"/u.test(tag)) continue;
    const target = /\bTarget="([^"]+)"/u.exec(tag)?.[1];
    if (target !== undefined) return target.replace(/^\//u, '');
  }
  return MAIN_DOCUMENT_FALLBACK;
}

function hasCfbSignature(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function createCfbError(bytes: Uint8Array, name: string): ImportError {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
    return new ImportError(
      'encrypted',
      `"${name}" is protected by a password. Remove the protection in Word and import it again.`,
      name,
    );
  }
  return new ImportError(
    'unsupported',
    `"${name}" is an old-format Word document (.doc), which cannot be imported. Open it in Word, save it as .docx and import that.`,
    name,
  );
}
