/**
 * The article split for the reading pane: paragraphs of flat segments (each inside at most one passage and one
 * place mention), rendered as text nodes with one {#each}, never as HTML; groups and chunks for rendering.
 */
import { type PlaceMention } from './mentions.ts';
import { type TextRange, firstEndingAfter } from './normalize.ts';
import { type Passage, trimRange } from './passages.ts';
import { titleLine } from './title.ts';

// The pane shows the title before its text (and this module) is loaded: see title.ts.
export { articleTitle } from './title.ts';

/** A piece of a paragraph: inside at most one passage and at most one place mention. */
export interface Segment {
  text: string;
  /** Offset of the piece in the original text, e.g. for keys and scrolling. */
  start: number;
  eventId?: string;
  placeId?: string;
}

/** The article split for the reading pane. */
export interface SegmentedArticle {
  title: string;
  /** Each paragraph's segment texts, joined, give the paragraph's text exactly (trimmed of surrounding blank space). */
  paragraphs: Segment[][];
}

/** The paragraphs of a text: blank-line separated blocks, each trimmed of surrounding whitespace. */
function paragraphRanges(text: string, from: number): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    ranges.push(trimRange(text, { start, end: match.index }));
    start = match.index + match[0].length;
  }
  ranges.push(trimRange(text, { start, end: text.length }));
  return ranges.filter((range) => range.end > range.start);
}

/** The item of sorted, non-overlapping `ranges` that covers `at`, if any. */
function covering<T extends TextRange>(ranges: readonly T[], at: number): T | undefined {
  const range = ranges[firstEndingAfter(ranges, at)];
  return range !== undefined && range.start <= at ? range : undefined;
}

/** The items of sorted, non-overlapping `ranges` that overlap `within`. */
function rangesWithin<T extends TextRange>(ranges: readonly T[], within: TextRange): T[] {
  const inside: T[] = [];
  for (let i = firstEndingAfter(ranges, within.start); i < ranges.length && ranges[i]!.start < within.end; i++) {
    inside.push(ranges[i]!);
  }
  return inside;
}

/**
 * Split the article for the reading pane. The first non-empty line is the title; the rest splits into paragraphs
 * at blank lines; each paragraph splits into segments wherever a passage or a place mention starts or ends, so
 * a passage across a paragraph break gives a piece to each paragraph, all with its eventId.
 * @param text - the article
 * @param passages - from {@link findPassages}: sorted and non-overlapping
 * @param mentions - from {@link findPlaceMentions}: sorted and non-overlapping
 * @returns the title, and per paragraph segments whose texts join to the paragraph's text exactly
 */
export function segmentText(
  text: string,
  passages: readonly Passage[],
  mentions: readonly PlaceMention[],
): SegmentedArticle {
  const { title, end: titleEnd } = titleLine(text);
  if (titleEnd === -1) return { title, paragraphs: [] };
  const paragraphs = paragraphRanges(text, titleEnd).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const range of [...rangesWithin(passages, paragraph), ...rangesWithin(mentions, paragraph)]) {
      for (const at of [range.start, range.end]) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i] as number;
      const end = sorted[i + 1] as number;
      const segment: Segment = { text: text.slice(start, end), start };
      const passage = covering(passages, start);
      const mention = covering(mentions, start);
      if (passage) segment.eventId = passage.id;
      if (mention) segment.placeId = mention.placeId;
      segments.push(segment);
    }
    return segments;
  });
  return { title, paragraphs };
}

/** Consecutive segments of one paragraph that belong to the same passage (or to none): one `<mark>` each. */
export interface SegmentGroup {
  eventId?: string;
  start: number;
  pieces: Segment[];
}

/**
 * Group a paragraph's segments so that a passage split by place names still renders as one mark.
 * @param paragraph - segments of one paragraph, in order
 */
export function groupByPassage(paragraph: readonly Segment[]): SegmentGroup[] {
  const groups: SegmentGroup[] = [];
  for (const segment of paragraph) {
    const last = groups[groups.length - 1];
    if (last && last.eventId === segment.eventId) last.pieces.push(segment);
    else
      groups.push({
        ...(segment.eventId ? { eventId: segment.eventId } : {}),
        start: segment.start,
        pieces: [segment],
      });
  }
  return groups;
}

/** Consecutive paragraphs rendered together, and how many characters of text they hold. */
export interface ParagraphChunk {
  paragraphs: Segment[][];
  characters: number;
}

/**
 * Cut the paragraphs into runs of about `size` characters, for a reading pane that renders a long article a run at
 * a time: each run ends with the paragraph that brings it to `size` or more (a paragraph is never split), so an
 * article shorter than `size` is one run.
 * @param paragraphs - from {@link segmentText}
 * @param size - characters per run, at least
 * @returns the runs in order; every paragraph is in exactly one
 */
export function chunkParagraphs(paragraphs: readonly Segment[][], size: number): ParagraphChunk[] {
  const chunks: ParagraphChunk[] = [];
  let current: ParagraphChunk = { paragraphs: [], characters: 0 };
  for (const paragraph of paragraphs) {
    current.paragraphs.push(paragraph);
    for (const segment of paragraph) current.characters += segment.text.length;
    if (current.characters >= size) {
      chunks.push(current);
      current = { paragraphs: [], characters: 0 };
    }
  }
  if (current.paragraphs.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The chunk to render to show each step's passage: the chunk of the step's own passage, else of the first passage
 * of its background (as the reading pane scrolls to the one or the other).
 * @param chunks - from {@link chunkParagraphs}
 * @param stepOf - the step an event's passage belongs to (itself for a step; undefined for neither)
 * @returns chunk index by step id; steps without any passage are absent
 */
export function chunkOfEachStep(
  chunks: readonly ParagraphChunk[],
  stepOf: (eventId: string) => string | undefined,
): Map<string, number> {
  const own = new Map<string, number>();
  const firstOfBackground = new Map<string, number>();
  chunks.forEach((chunk, index) => {
    for (const paragraph of chunk.paragraphs) {
      for (const { eventId } of paragraph) {
        const stepId = eventId === undefined ? undefined : stepOf(eventId);
        if (stepId === undefined) continue;
        const found = eventId === stepId ? own : firstOfBackground;
        if (!found.has(stepId)) found.set(stepId, index);
      }
    }
  });
  for (const [stepId, index] of own) firstOfBackground.set(stepId, index);
  return firstOfBackground;
}
