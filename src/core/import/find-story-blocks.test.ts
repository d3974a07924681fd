import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '../../shared/model';
import { classifyLine } from './classify-line';
import { findHeadline, findStoryBlock } from './find-story-blocks';
import { readLine } from './is-prose-line';
import type { LineReading } from './is-prose-line';
import { splitLines } from './split-lines';
import type { BodyLine } from './split-lines';

function readPage(text: string): { lines: BodyLine[]; readings: LineReading[]; reasons: (ExclusionReason | null)[] } {
  const lines = splitLines(text);
  return { lines, readings: lines.map((line) => readLine(line.text)), reasons: lines.map((line) => classifyLine(line.text)) };
}

const MENU = ['News', 'Business', 'Sport', 'Weather', 'Opinion', 'Events', 'Obituaries'];
const STORY = [
  'The regional council voted 9 to 4 on Wednesday to approve a 140-million-dollar expansion of the northern harbour.',
  'Supporters said the project would add two deep-water berths and create about 600 construction jobs over four years.',
  'What the plan includes',
  'Opponents argued that the dredging would disturb seagrass beds that shelter juvenile fish in the bay.',
];
const TEASERS = ['Port authority names new chief executive', 'Seagrass survey finds healthy beds near river mouth'];

describe('findStoryBlock', () => {
  it('is the stretch of paragraphs between the menus, with the subheading inside it', () => {
    const { lines, readings, reasons } = readPage([...MENU, 'Harbour expansion approved', ...STORY, 'Related articles', ...TEASERS, ...MENU].join('\n'));
    const block = findStoryBlock(readings, reasons);
    expect(block).not.toBeNull();
    expect(lines[block!.start]?.text).toBe(STORY[0]);
    expect(lines[block!.end]?.text).toBe(STORY[3]);
  });

  it('is null when the text has too little prose to tell a story from furniture', () => {
    const { readings, reasons } = readPage([...MENU, 'One short sentence here.', ...MENU].join('\n'));
    expect(findStoryBlock(readings, reasons)).toBeNull();
  });
});

describe('findHeadline', () => {
  it('is the line above the story that shares its words, not the nearer label', () => {
    const text = [...MENU, 'Harbour expansion approved after council vote', 'Local news desk', ...STORY].join('\n');
    const { lines, readings, reasons } = readPage(text);
    const block = findStoryBlock(readings, reasons)!;
    const headline = findHeadline(lines, readings, reasons, block);
    expect(lines[headline!]?.text).toBe('Harbour expansion approved after council vote');
  });

  it('is null when no line above shares words with the story', () => {
    const { lines, readings, reasons } = readPage([...MENU, 'Totally unrelated words', ...STORY].join('\n'));
    expect(findHeadline(lines, readings, reasons, findStoryBlock(readings, reasons)!)).toBeNull();
  });
});
