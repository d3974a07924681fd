import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '../../shared/model';
import { findRelatedBlocks, isRelatedHeading } from './find-related-blocks';
import { readLine } from './is-prose-line';
import { splitLines } from './split-lines';

describe('isRelatedHeading', () => {
  it.each([
    'Related articles', 'Most Popular Articles', 'More from Business', 'You may also like', 'Latest Headlines',
    'Читайте также', 'Самые читаемые', 'Похожие новости', 'Ұқсас жаңалықтар', '相关新闻', '推荐阅读',
  ])('"%s" heads a list of other stories', (line) => {
    expect(isRelatedHeading(line, readLine(line))).toBe(true);
  });

  it.each(['More than 600 jobs will be created over four years.', 'Related parties were not named in the report.', 'The Latest'])(
    '"%s" is not',
    (line) => {
      expect(isRelatedHeading(line, readLine(line))).toBe(false);
    },
  );
});

function findRelated(text: string[], story: { start: number; end: number }): string[] {
  const lines = splitLines(text.join('\n'));
  const reasons: (ExclusionReason | null)[] = lines.map(() => null);
  const found = findRelatedBlocks(lines, lines.map((line) => readLine(line.text)), reasons, story, new Set());
  return found.map((index) => lines[index]?.text ?? '');
}

describe('findRelatedBlocks', () => {
  const teasers = [
    'Most read',
    'Police arrest two after student death',
    'A 24-year-old woman and a man were arrested on Monday.',
    'Diners leave without paying a $690 bill',
    'A party of six left the steakhouse without paying.',
  ];

  it('takes headlines with their teasers after the story', () => {
    expect(findRelated(['The story opens with this paragraph.', ...teasers], { start: 0, end: 0 })).toEqual(teasers);
  });

  it('takes only headlines inside the story; the last one before the story goes on is its subheading', () => {
    const inside = ['The story opens with this paragraph.', 'Most read', 'Port authority names chief', 'Survey finds healthy seagrass', 'Why the vote matters', 'The story goes on from here.'];
    expect(findRelated(inside, { start: 0, end: inside.length - 1 })).toEqual(inside.slice(1, 4));
    const teasersInside = ['The story opens with this paragraph.', ...teasers, 'The story goes on from here.'];
    expect(findRelated(teasersInside, { start: 0, end: teasersInside.length - 1 })).toEqual([]);
  });

  it('leaves a subheading and the story\'s own numbered list that follow a heading inside the story', () => {
    const inside = ['The story opens with this paragraph.', 'Read more', 'Port authority names new chief', 'What the plan includes', '1. Dredging', '2. Berths', 'The story goes on after the list.'];
    expect(findRelated(inside, { start: 0, end: inside.length - 1 })).toEqual([]);
  });
});
