import { describe, expect, it } from 'vitest';
import type { BodyParagraph } from './body-segments';
import { segmentBody } from './body-segments';

const describeRuns = (paragraphs: BodyParagraph[]): string[][] =>
  paragraphs.map((runs) =>
    runs.map((run) => {
      const marks = run.markIds.length > 0 ? `{${run.markIds.join(',')}}` : '';
      const excluded = run.exclusion === null ? '' : run.isExclusionStart ? '(x!)' : '(x)';
      const markers = run.endingMarkIds.map((id) => `[${id}]`).join('');
      return `${excluded}${marks}${run.text}${markers}`;
    }),
  );

describe('segmentBody', () => {
  it('makes one paragraph per non-empty line', () => {
    expect(describeRuns(segmentBody('One.\n\nTwo.\n  \nThree.', [], []))).toEqual([['One.'], ['Two.'], ['Three.']]);
  });

  it('cuts runs at claim boundaries and puts the marker after the claim', () => {
    const body = 'Intro. Prices rose 5%. Outro.';
    expect(describeRuns(segmentBody(body, [{ id: 1, start: 7, end: 22 }], []))).toEqual([
      ['Intro. ', '{1}Prices rose 5%.[1]', ' Outro.'],
    ]);
  });

  it('handles overlapping claims, innermost last', () => {
    const body = 'abcdefghij';
    const paragraphs = segmentBody(
      body,
      [
        { id: 2, start: 4, end: 6 },
        { id: 1, start: 2, end: 8 },
      ],
      [],
    );
    expect(describeRuns(paragraphs)).toEqual([['ab', '{1}cd', '{1,2}ef[2]', '{1}gh[1]', 'ij']]);
  });

  it('continues a claim across a line break, with its marker at its end', () => {
    const body = 'First line ends\nand continues here. Rest.';
    const end = body.indexOf(' Rest.');
    expect(describeRuns(segmentBody(body, [{ id: 3, start: 6, end }], []))).toEqual([
      ['First ', '{3}line ends'],
      ['{3}and continues here.[3]', ' Rest.'],
    ]);
  });

  it('keeps the marker on the text when a claim ends on the line break', () => {
    const body = 'A claim.\nNext.';
    expect(describeRuns(segmentBody(body, [{ id: 1, start: 0, end: 9 }], []))).toEqual([['{1}A claim.[1]'], ['Next.']]);
  });

  it('greys excluded ranges, labels each once, and ignores ranges included again', () => {
    const body = 'Share | Tweet\nMore share links\nText. Caption.';
    const paragraphs = segmentBody(
      body,
      [],
      [
        { start: 0, end: 30, reason: 'share-buttons', isIncluded: false },
        { start: 37, end: 45, reason: 'caption', isIncluded: true },
      ],
    );
    expect(describeRuns(paragraphs)).toEqual([['(x!)Share | Tweet'], ['(x)More share links'], ['Text. Caption.']]);
    expect(paragraphs[0]?.[0]?.exclusion?.reason).toBe('share-buttons');
  });

  it('clamps ranges that run past the text', () => {
    expect(describeRuns(segmentBody('Short.', [{ id: 1, start: 3, end: 99 }], []))).toEqual([['Sho', '{1}rt.[1]']]);
  });
});
