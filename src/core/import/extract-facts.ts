// Metadata the text states about itself: date, author, publisher, address. Dates are read only
// from datelines and bylines above the story, never from a date mentioned in a sentence of it.
import type { ExclusionReason } from '../../shared/model';
import { findDate } from './find-date';
import { readDateline } from './is-dateline';
import { findGroup } from './line-shape';
import { AGENCY_DATELINE_PATTERNS, DATELINE_PREFIX } from './patterns/any-language';
import { collectPatterns } from './patterns/index';
import { readAttribution, readByline } from './read-byline';
import type { BodyLine } from './split-lines';

const NEWSLETTER_PUBLISHER_PATTERNS = collectPatterns('newsletterPublisherPatterns');
const COPYRIGHT_OWNER_PATTERNS = collectPatterns('copyrightOwnerPatterns');

export interface ArticleFacts {
  publishedAt: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
}

/** Publisher candidates, from the most to the least direct statement of who published the text. */
interface SourceClues {
  byline: string | null;
  attribution: string | null;
  agency: string | null;
  newsletter: string | null;
  copyright: string | null;
}

export function extractFacts(
  lines: readonly BodyLine[],
  reasons: readonly (ExclusionReason | null)[],
  titleIndex: number | null,
): ArticleFacts {
  const leadIndex = findLeadParagraph(lines, reasons, titleIndex);
  const facts: ArticleFacts = { publishedAt: null, author: null, source: null, url: null };
  const clues: SourceClues = { byline: null, attribution: null, agency: null, newsletter: null, copyright: null };

  lines.forEach((line, index) => {
    const reason = reasons[index] ?? null;
    const isAboveStory = index <= leadIndex;
    if (reason === 'byline') {
      const byline = readByline(line.text);
      facts.author ??= byline?.author ?? null;
      clues.byline ??= byline?.source ?? null;
      const attribution = readAttribution(line.text);
      facts.url ??= attribution?.url ?? null;
      clues.attribution ??= attribution?.source ?? null;
      if (isAboveStory && byline !== null) facts.publishedAt ??= findDate(line.text)?.iso ?? null;
    } else if (reason === 'dateline' && isAboveStory) {
      facts.publishedAt ??= readDateline(line.text)?.iso ?? null;
    } else if (reason === 'newsletter') {
      clues.newsletter ??= findGroup(line.text, NEWSLETTER_PUBLISHER_PATTERNS, 'source');
    } else if (reason === 'copyright') {
      clues.copyright ??= findGroup(line.text, COPYRIGHT_OWNER_PATTERNS, 'source');
    } else if (reason === null && index === leadIndex) {
      const agency = findGroup(line.text, AGENCY_DATELINE_PATTERNS, 'source');
      clues.agency = agency === null ? null : convertToNameCase(agency);
      facts.publishedAt ??= readDatelinePrefixDate(line.text);
    }
  });

  facts.source =
    clues.byline ?? clues.attribution ?? clues.agency ?? clues.newsletter ?? clues.copyright ?? readHost(facts.url);
  return facts;
}

/** The first line of the story after the title: the end of the region where datelines are read. */
function findLeadParagraph(
  lines: readonly BodyLine[],
  reasons: readonly (ExclusionReason | null)[],
  titleIndex: number | null,
): number {
  const from = titleIndex === null ? 0 : titleIndex + 1;
  for (let index = from; index < lines.length; index += 1) {
    if (lines[index]?.text !== '' && reasons[index] === null) return index;
  }
  return lines.length - 1;
}

/** "ASTANA, 3 September 2025 – …": the date in the dateline that opens the lead, not in its sentence. */
function readDatelinePrefixDate(text: string): string | null {
  const prefix = DATELINE_PREFIX.exec(text)?.groups?.['prefix'];
  return prefix === undefined ? null : (findDate(prefix)?.iso ?? null);
}

/** Agencies write their name in capitals in datelines ("KAZINFORM"); the source reads "Kazinform". */
function convertToNameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function readHost(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}
