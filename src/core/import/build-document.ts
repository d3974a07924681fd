// The work of one import, from source to library document (reading the format, then claim detection), and
// where it runs: in this thread, or in a worker thread so a batch never blocks the app's main thread.
import type { ArticleDocument } from '../../shared/model';
import { buildArticleDocument } from '../article-document';
import { parseArticleSource, type ArticleSource } from './parse-article-source';

export interface BuildRequest {
  source: ArticleSource;
  /** What the library says the article came from: a file name, an address, "pasted text". */
  origin: string;
  /** The user's claim sensitivity. */
  threshold: number;
  now: Date;
}

export interface DocumentBuilder {
  build(request: BuildRequest): Promise<ArticleDocument>;
  close(): Promise<void>;
}

export async function buildDocument({ source, origin, threshold, now }: BuildRequest): Promise<ArticleDocument> {
  return buildArticleDocument(await parseArticleSource(source), origin, threshold, now);
}

/** For the CLI (one file at a time, nothing else to keep responsive) and for tests. */
export function createInProcessBuilder(): DocumentBuilder {
  return { build: buildDocument, close: async () => undefined };
}
