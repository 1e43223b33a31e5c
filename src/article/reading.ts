/**
 * The article as the reading pane renders it: passages and place mentions found, paragraphs segmented, grouped by
 * passage and cut into chunks of about `chunkCharacters` (rendered one by one as the reader nears them).
 */
import { findPassages } from './passages.ts';
import { findPlaceMentions, type PlaceAliases } from './mentions.ts';
import { chunkOfEachStep, chunkParagraphs, groupByPassage, segmentText } from './segments.ts';

/**
 * @param text - the article
 * @param quotes - each quoting event's id and quote, in the story's order (earlier events keep their passages)
 * @param aliases - the names of each place in the article
 * @param stepOf - the step an event's passage belongs to
 * @param chunkCharacters - about how many characters per chunk
 */
export function readingArticle(
  text: string,
  quotes: readonly { id: string; quote: string }[],
  aliases: readonly PlaceAliases[],
  stepOf: (eventId: string) => string | undefined,
  chunkCharacters: number,
) {
  const segmented = segmentText(text, findPassages(text, quotes), findPlaceMentions(text, aliases));
  const chunks = chunkParagraphs(segmented.paragraphs, chunkCharacters);
  return {
    title: segmented.title,
    chunks: chunks.map((chunk) => ({ characters: chunk.characters, paragraphs: chunk.paragraphs.map(groupByPassage) })),
    chunkOfStep: chunkOfEachStep(chunks, stepOf),
  };
}
