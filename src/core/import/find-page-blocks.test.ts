// A whole page pasted as plain text: what is judged by its place on the page, and what stays.
import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '../../shared/model';
import { classifyLine } from './classify-line';
import { findPageBlocks } from './find-page-blocks';
import { splitLines } from './split-lines';

const PAGE = [
  'Coastline Courier',
  'News',
  'Business',
  'Sport',
  'Weather',
  'Obituaries',
  'Harbour expansion approved after two-year review',
  'By Mara Holloway',
  'The regional council voted 9 to 4 on Wednesday to approve a 140-million-dollar expansion of the northern harbour, ending a review that began in early 2022.',
  'Supporters said the project would add two deep-water berths and create about 600 construction jobs over four years.',
  'What the plan includes',
  'The approved plan covers three stages:',
  '1. Dredging the outer channel to a depth of 14 metres',
  '2. Building two new berths on reclaimed land',
  'Opponents argued that the dredging would disturb seagrass beds that shelter juvenile fish. The council attached a condition requiring an annual survey.',
  '"We listened to every submission," council chair Tomas Reyes said after the vote. Construction is expected to start in 2025.',
  'More from Coastline Courier',
  'Port authority names new chief executive',
  'Seagrass survey finds healthy beds near river mouth',
  'Fish market traders seek meeting with council',
  '3 Comments',
  'harbourwatcher says:',
  'About time this was decided, the old berths are falling apart.',
  'Reply',
  'J. Marsh says:',
  'Nobody asked the people who actually live next to the quay.',
  'Reply',
  'About us',
  'Careers',
  'Advertise with us',
  'Your California Privacy Rights',
  'Site map',
];

function judgePage(lines: readonly string[]): { reasons: Map<string, ExclusionReason>; headline: string | null } {
  const body = splitLines(lines.join('\n'));
  const blocks = findPageBlocks(body, body.map((line) => classifyLine(line.text)));
  const reasons = new Map([...blocks.excluded].map(([index, reason]) => [body[index]?.text ?? '', reason]));
  return { reasons, headline: blocks.headline === null ? null : (body[blocks.headline]?.text ?? null) };
}

describe('findPageBlocks on a pasted page', () => {
  const { reasons, headline } = judgePage(PAGE);

  it('finds the headline above the story and leaves it in', () => {
    expect(headline).toBe('Harbour expansion approved after two-year review');
    expect(reasons.has(headline ?? '')).toBe(false);
  });

  it('takes the short lines around the story for menus and link lists', () => {
    for (const line of ['Coastline Courier', 'Careers', 'Your California Privacy Rights', 'Site map']) {
      expect(reasons.get(line), line).toBe('link-list');
    }
  });

  it('takes a titled list of other stories for related links, heading included', () => {
    for (const line of ['More from Coastline Courier', 'Port authority names new chief executive', 'Fish market traders seek meeting with council']) {
      expect(reasons.get(line), line).toBe('related-links');
    }
  });

  it('takes the comments, sentences included, from their heading to the footer', () => {
    for (const line of ['3 Comments', 'harbourwatcher says:', 'Nobody asked the people who actually live next to the quay.', 'Reply']) {
      expect(reasons.get(line), line).toBe('comments');
    }
  });

  it('keeps every line of the story: paragraphs, subheading, list and its introduction', () => {
    for (const line of PAGE.slice(8, 16)) expect(reasons.has(line), line).toBe(false);
  });

  it('leaves lines the line rules excluded to them', () => {
    expect(reasons.has('By Mara Holloway')).toBe(false);
    expect(reasons.has('News')).toBe(false);
  });
});

describe('findPageBlocks keeps what reads as the story', () => {
  it('judges nothing by place in a text with no story to speak of', () => {
    expect(judgePage(['Shopping list', 'Milk', 'Bread', 'Eggs', 'Call the plumber.']).reasons.size).toBe(0);
  });

  it('never takes a sentence outside the story for a menu', () => {
    const { reasons } = judgePage([...PAGE.slice(0, 16), 'The harbour board will meet again in May to review the survey plan.', 'Site map', 'Careers']);
    expect(reasons.has('The harbour board will meet again in May to review the survey plan.')).toBe(false);
    expect(reasons.get('Site map')).toBe('link-list');
  });

  it('does not open comments at a "Comments" link above the story, nor at one inside it with no comment after', () => {
    const lines = ['Comments', ...PAGE.slice(6, 12), 'Comments', ...PAGE.slice(12, 16)];
    const { reasons } = judgePage(lines);
    expect([...reasons.values()]).not.toContain('comments');
    for (const line of PAGE.slice(12, 16)) expect(reasons.has(line), line).toBe(false);
  });

  it('keeps a headline-only list under a related heading inside the story only when it has two items', () => {
    const lines = [...PAGE.slice(6, 10), 'Read more', 'Port authority names new chief executive', ...PAGE.slice(10, 16)];
    const { reasons } = judgePage(lines);
    expect(reasons.has('Port authority names new chief executive')).toBe(false);
    expect(reasons.has('What the plan includes')).toBe(false);
  });
});
