// What one export covers, gathered once and handed to every format (PDF, CSV, Markdown, HTML, JSON,
// ClaimReview): the articles with the claims chosen, and the facts the cover and the metadata state.
import type { ArticleDocument, ClaimStatus } from '../../shared/model';

export interface ExportFilter {
  statuses?: readonly ClaimStatus[];
  /** Publication dates, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  sources?: readonly string[];
  tags?: readonly string[];
}

export interface ExportSet {
  /** What the export covers, for its cover and title: an article's title, "3 articles", "The library". */
  title: string;
  /** The filter the articles and claims were chosen by (empty: everything in scope). */
  filter: ExportFilter;
  /** The fact-checker's name from the preferences; empty when none is set. */
  author: string;
  generatedAt: Date;
  appVersion: string;
  /** The articles in report order, each holding only the claims the export covers. */
  docs: ArticleDocument[];
}
