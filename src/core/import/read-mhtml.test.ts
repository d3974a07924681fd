import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { readMhtml } from './read-mhtml';

/** A page as Chrome saves it as "Webpage, Single File": quoted-printable HTML, then the page's picture. */
function buildMhtml(html: string, encoding: 'quoted-printable' | 'base64'): Uint8Array {
  const encoded =
    encoding === 'base64'
      ? Buffer.from(html, 'utf8').toString('base64')
      : [...Buffer.from(html, 'utf8')].map((byte) => (byte >= 0x80 || byte === 0x3d ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('').replace(/(.{70})/gu, '$1=\r\n');
  const message = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example.org/trade',
    'Subject: Trade grows',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc----"',
    '',
    '',
    '------MultipartBoundary--abc----',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    'Content-Location: https://news.example.org/trade',
    '',
    encoded,
    '------MultipartBoundary--abc----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://news.example.org/chart.png',
    '',
    'iVBORw0KGgo=',
    '------MultipartBoundary--abc------',
    '',
  ].join('\r\n');
  return new TextEncoder().encode(message);
}

const HTML = '<html><head><meta charset="utf-8"><title>Рост торговли</title></head><body><p>Товарооборот достиг 43,8 млрд долларов = рекорд.</p></body></html>';

describe('readMhtml', () => {
  it('reads the page of a quoted-printable or base64 single-file save, and where it came from', () => {
    for (const encoding of ['quoted-printable', 'base64'] as const) {
      expect(readMhtml(buildMhtml(HTML, encoding), 'page.mhtml')).toEqual({ html: HTML, url: 'https://news.example.org/trade' });
    }
  });

  it('refuses a file with no page in it', () => {
    const error = (() => {
      try {
        readMhtml(new TextEncoder().encode('Content-Type: image/png\n\nabc'), 'photo.mht');
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'damaged', message: expect.stringContaining('"photo.mht" is not a saved web page') });
  });
});
