// Boilerplate judged from the whole page rather than line by line: the story's place among menus and
// link lists, readers' comments, related-links lists, and the headline above the story.
import type { ExclusionReason } from '../../shared/model';
import { findCommentBlock } from './find-comment-blocks';
import { findLinkListBlocks } from './find-link-list-blocks';
import { findRelatedBlocks } from './find-related-blocks';
import { findHeadline, findStoryBlock } from './find-story-blocks';
import { readLine } from './is-prose-line';
import type { BodyLine } from './split-lines';

export interface PageBlocks {
  /** Line index → why the line is out, for lines the line-by-line rules left in. */
  excluded: Map<number, ExclusionReason>;
  /** The headline's line above the story, when one was found; it is never excluded here. */
  headline: number | null;
}

/** Without a story of some length (a short note, a list) nothing is judged by its place on the page. */
export function findPageBlocks(lines: readonly BodyLine[], lineReasons: readonly (ExclusionReason | null)[]): PageBlocks {
  const excluded = new Map<number, ExclusionReason>();
  const readings = lines.map((line) => readLine(line.text));
  const found = findStoryBlock(readings, lineReasons);
  if (found === null) return { excluded, headline: null };
  const reasons = [...lineReasons];
  const mark = (indexes: readonly number[], reason: ExclusionReason): void => {
    for (const index of indexes) {
      if (reasons[index] !== null) continue;
      reasons[index] = reason;
      excluded.set(index, reason);
    }
  };

  const headline = findHeadline(lines, readings, reasons, found);
  const kept = new Set(headline === null ? [] : [headline]);
  const comments = findCommentBlock(lines, readings, reasons, found);
  mark(comments, 'comments');
  // The comments are not the story, even where they read like it.
  const story = comments[0] === undefined ? found : { start: found.start, end: Math.min(found.end, comments[0] - 1) };
  mark(findRelatedBlocks(lines, readings, reasons, story, kept), 'related-links');
  mark(findLinkListBlocks(lines, readings, reasons, story, kept), 'link-list');
  return { excluded, headline };
}
