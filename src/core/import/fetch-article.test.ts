// Fetching on a real local server (127.0.0.1): nothing leaves the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from './fetch-article';
import { catchImportErrorAsync } from './test-import-errors';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/story':
        response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
        response.end(Buffer.from('<html><body><p>story</p></body></html>'));
        return;
      case '/moved':
        response.writeHead(301, { location: '/story' });
        response.end();
        return;
      case '/big':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(Buffer.alloc(2_000, 'a'));
        return;
      case '/slow':
        setTimeout(() => response.end('late'), 2_000);
        return;
      default:
        response.writeHead(404, 'Not Found');
        response.end('no');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const failure = (url: string, options = {}) => catchImportErrorAsync(() => fetchArticle(url, options));

describe('fetchArticle', () => {
  it('fetches a page following redirects, with its media type and charset', async () => {
    const fetched = await fetchArticle(`${base}/moved`);
    expect(fetched).toMatchObject({ url: `${base}/story`, name: 'story', mediaType: 'text/html', charset: 'windows-1251' });
    expect(new TextDecoder().decode(fetched.bytes)).toContain('<p>story</p>');
  });

  it('says what went wrong: a missing page, a refused connection, a slow site, a page too large', async () => {
    expect((await failure(`${base}/missing`)).message).toBe(`Could not fetch ${base}/missing: the site answered 404 Not Found. Nothing was added.`);
    // A port nobody listens on: what an offline machine or a dead site looks like.
    const closed = await failure('http://127.0.0.1:9/story');
    expect(closed.code).toBe('fetch-failed');
    expect(closed.message).toMatch(/refused|could not be reached/);
    expect((await failure(`${base}/slow`, { timeoutMs: 200 })).message).toMatch(/did not answer within/);
    const big = await failure(`${base}/big`, { maxBytes: 1_000 });
    expect(big.code).toBe('too-large');
  });
});
