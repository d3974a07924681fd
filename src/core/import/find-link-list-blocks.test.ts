import { describe, expect, it } from 'vitest';
import { classifyLine } from './classify-line';
import { findLinkListBlocks } from './find-link-list-blocks';
import { readLine } from './is-prose-line';
import { splitLines } from './split-lines';

function findLinkLists(text: string[], story: { start: number; end: number }, kept: number[] = []): string[] {
  const lines = splitLines(text.join('\n'));
  const readings = lines.map((line) => readLine(line.text));
  const reasons = lines.map((line) => classifyLine(line.text));
  return findLinkListBlocks(lines, readings, reasons, story, new Set(kept)).map((index) => lines[index]?.text ?? '');
}

const STORY = 'The council approved the plan on Wednesday after a two-year review of the harbour.';

const HEADER = ['Coastline Courier', 'Sign in', 'News', 'Business', 'Sport', 'Weather', 'Obituaries'];

describe('findLinkListBlocks', () => {
  it('takes runs of short lines before and after the story, but not the kept headline', () => {
    const text = [...HEADER, 'Harbour plan approved', STORY, 'Careers', 'Site map'];
    // "Sign in", "News", "Business" and "Sport" are the line rules' (navigation); the rest is this rule's.
    expect(findLinkLists(text, { start: 8, end: 8 }, [7])).toEqual(['Coastline Courier', 'Weather', 'Obituaries', 'Careers', 'Site map']);
  });

  it('leaves a lone short line between sentences, and every sentence', () => {
    const text = [...HEADER, STORY, 'A sentence after the story stays.', 'Subheading', 'Another sentence after it stays too.'];
    expect(findLinkLists(text, { start: 7, end: 7 })).toEqual(['Coastline Courier', 'Weather', 'Obituaries']);
  });

  it('counts lines excluded by their wording into a run', () => {
    expect(findLinkLists([...HEADER, STORY, 'Careers', 'Privacy policy'], { start: 7, end: 7 })).toContain('Careers');
  });

  it('leaves numbered items and a list the story introduces with a colon', () => {
    const text = ['The qualified teams are:', 'England (Group A)', 'Czech Republic (Group A)', '1) Lego Star Wars', '2) Polistil Sorpasso'];
    expect(findLinkLists([...HEADER, STORY, ...text], { start: 7, end: 8 }).filter((line) => text.includes(line))).toEqual([]);
  });

  it('leaves the short lines after a story pasted without the page around it: they are its own list', () => {
    const text = ['Harbour plan approved', STORY, 'Qualified teams', 'England (Group A)', 'Czech Republic (Group A)'];
    expect(findLinkLists(text, { start: 1, end: 1 }, [0])).toEqual([]);
  });
});
