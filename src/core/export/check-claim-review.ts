// Checks a ClaimReview object against what schema.org and the fact-check tools that read it need: the fields a
// ClaimReview must have, and the ones it may have in the form they must take. Each problem is one line naming
// the field, so the CLI can print them and a test can show what is wrong.
import { isHttpUrl } from '../../shared/urls';

type Problems = string[];
type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * The problems of a ClaimReview; none: it is valid. Required: @context, @type, claimReviewed, reviewRating
 * (with alternateName, and ratingValue within bestRating and worstRating when rated), author with a name.
 * Checked when present: url (Google asks for one to show the review, but a claim from an article with no
 * address has none), datePublished, itemReviewed and its appearances.
 */
export function checkClaimReview(value: unknown): string[] {
  if (!isRecord(value)) return ['the ClaimReview is not an object'];
  const problems: Problems = [];
  const context = value['@context'];
  if (typeof context !== 'string' || !/^https?:\/\/schema\.org\/?$/u.test(context)) problems.push('@context: must be "https://schema.org"');
  if (value['@type'] !== 'ClaimReview') problems.push('@type: must be "ClaimReview"');
  if (!isText(value['claimReviewed'])) problems.push('claimReviewed: missing or empty');
  checkRating(value['reviewRating'], problems);
  checkParty(value['author'], 'author', ['Person', 'Organization'], problems);
  checkUrl(value, 'url', problems);
  checkDate(value, 'datePublished', problems);
  if (value['itemReviewed'] !== undefined) checkClaim(value['itemReviewed'], problems);
  return problems;
}

function checkRating(rating: unknown, problems: Problems): void {
  if (!isRecord(rating)) {
    problems.push('reviewRating: missing');
    return;
  }
  if (rating['@type'] !== 'Rating') problems.push('reviewRating.@type: must be "Rating"');
  if (!isText(rating['alternateName'])) problems.push('reviewRating.alternateName: missing or empty');
  const numbers = ['ratingValue', 'bestRating', 'worstRating'] as const;
  if (numbers.every((name) => rating[name] === undefined)) return;
  for (const name of numbers) {
    const number = rating[name];
    if (typeof number !== 'number' || !Number.isFinite(number)) problems.push(`reviewRating.${name}: a rated review needs a number here`);
  }
  const [value, best, worst] = numbers.map((name) => rating[name]);
  if (typeof value === 'number' && typeof best === 'number' && typeof worst === 'number' && !(worst < best && worst <= value && value <= best)) {
    problems.push(`reviewRating.ratingValue: ${value} is not on the scale from worstRating ${worst} to bestRating ${best}`);
  }
}

function checkParty(party: unknown, path: string, types: readonly string[], problems: Problems): void {
  if (!isRecord(party)) {
    problems.push(`${path}: missing`);
    return;
  }
  if (!types.includes(String(party['@type']))) problems.push(`${path}.@type: must be ${types.map((type) => `"${type}"`).join(' or ')}`);
  if (!isText(party['name'])) problems.push(`${path}.name: missing or empty`);
}

function checkUrl(record: Data, name: string, problems: Problems, path = name): void {
  const url = record[name];
  if (url !== undefined && (typeof url !== 'string' || !isHttpUrl(url))) problems.push(`${path}: not an http(s) address`);
}

function checkDate(record: Data, name: string, problems: Problems, path = name): void {
  const date = record[name];
  if (date === undefined) return;
  if (typeof date !== 'string' || !ISO_DATE_OR_TIME.test(date) || !isCalendarDay(date.slice(0, 10))) {
    problems.push(`${path}: not an ISO 8601 date`);
  }
}

/** Whether YYYY-MM-DD is a day of the calendar (Date rolls 30 February over into March, so compare back). */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function checkClaim(claim: unknown, problems: Problems): void {
  if (!isRecord(claim)) {
    problems.push('itemReviewed: not an object');
    return;
  }
  if (claim['@type'] !== 'Claim') problems.push('itemReviewed.@type: must be "Claim"');
  if (claim['author'] !== undefined) checkParty(claim['author'], 'itemReviewed.author', ['Person', 'Organization'], problems);
  checkDate(claim, 'datePublished', problems, 'itemReviewed.datePublished');
  const appearance = claim['appearance'];
  if (appearance !== undefined) {
    if (!Array.isArray(appearance)) problems.push('itemReviewed.appearance: not a list');
    else appearance.forEach((work: unknown, index) => checkWork(work, `itemReviewed.appearance.${index}`, problems));
  }
  if (claim['firstAppearance'] !== undefined) checkWork(claim['firstAppearance'], 'itemReviewed.firstAppearance', problems);
}

function checkWork(work: unknown, path: string, problems: Problems): void {
  if (!isRecord(work)) {
    problems.push(`${path}: not an object`);
    return;
  }
  if (work['@type'] !== 'CreativeWork') problems.push(`${path}.@type: must be "CreativeWork"`);
  checkUrl(work, 'url', problems, `${path}.url`);
  checkDate(work, 'datePublished', problems, `${path}.datePublished`);
}
