import { describe, expect, it } from 'vitest';
import { groupIntoLines, readTextBoxes } from './read-pdf-lines';

function item(str: string, x: number, y: number, width: number, size = 10) {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: false };
}

describe('readTextBoxes and groupIntoLines', () => {
  it('drops blank items, marked-content markers and text turned on its side', () => {
    const boxes = readTextBoxes([
      item('kept', 10, 100, 20),
      item('   ', 40, 100, 5),
      { type: 'beginMarkedContent', id: 'x' },
      // Turned a quarter left: [0, size, -size, 0].
      { ...item('arXiv:2401.00001', 5, 300, 80), transform: [0, 10, -10, 0, 5, 300] },
    ]);
    expect(boxes.map((box) => box.text)).toEqual(['kept']);
  });

  it('joins items on one baseline left to right, with a space only at a real gap', () => {
    const boxes = readTextBoxes([
      item('world', 60, 100, 25),
      item('Hello', 10, 100, 25),
      item('Sep', 100, 100, 15),
      item('arate', 115.5, 100, 25),
      item('2', 141, 104, 4, 6),
      item('Next line', 10, 86, 45),
    ]);
    expect(groupIntoLines(boxes).map((line) => line.text)).toEqual(['Hello world Separate2', 'Next line']);
  });

  it('gives a line the baseline and size of its main text, not of a superscript', () => {
    const [line] = groupIntoLines(readTextBoxes([item('1', 62, 104, 4, 6), item('Text', 10, 100, 50)]));
    expect(line).toMatchObject({ text: 'Text 1', y: 100, size: 10, x: 10, right: 66 });
  });
});
