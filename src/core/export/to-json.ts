// The whole export as one JSON file, for archives and other tools: every article with its text and claims in
// full, as the library keeps them, under a header naming the format and its version. readFullJson reads such
// a file back, checking every field.
import * as v from 'valibot';
import type { ArticleDocument } from '../../shared/model';
import { FactdeskError } from '../errors';
import type { ExportFilter, ExportSet } from './export-set';
import { FULL_JSON_FORMAT, FULL_JSON_VERSION, fullJsonHeaderSchema, fullJsonSchema } from './full-json-schema';

export interface FullJsonExport {
  generatedAt: string;
  appVersion: string;
  author: string;
  filter: ExportFilter;
  articles: ArticleDocument[];
}

export function renderFullJson(set: ExportSet): string {
  const file = {
    format: FULL_JSON_FORMAT,
    formatVersion: FULL_JSON_VERSION,
    generatedAt: set.generatedAt.toISOString(),
    app: { version: set.appVersion },
    author: set.author,
    filter: set.filter,
    articles: set.docs,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A full JSON export read back; anything else is refused with a FactdeskError('bad-input') saying why. */
export function readFullJson(text: string, fileName = 'This file'): FullJsonExport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    throw new FactdeskError('bad-input', `${fileName} is not a Factdesk export: it is not JSON.`);
  }
  const header = v.safeParse(fullJsonHeaderSchema, data);
  if (!header.success || header.output.format !== FULL_JSON_FORMAT) {
    throw new FactdeskError('bad-input', `${fileName} is not a Factdesk export (a JSON export names its format "${FULL_JSON_FORMAT}").`);
  }
  if (header.output.formatVersion !== FULL_JSON_VERSION) {
    throw new FactdeskError(
      'bad-input',
      `${fileName} is a Factdesk export of format version ${header.output.formatVersion}; this Factdesk reads version ${FULL_JSON_VERSION}. Update Factdesk to read it.`,
    );
  }
  const parsed = v.safeParse(fullJsonSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? 'its top level';
    throw new FactdeskError('bad-input', `${fileName} is a damaged Factdesk export: ${where} is wrong (${issue.message}).`);
  }
  const { generatedAt, app, author, filter, articles } = parsed.output;
  return { generatedAt, appVersion: app.version, author, filter, articles };
}
