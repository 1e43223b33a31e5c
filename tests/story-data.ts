/**
 * The real story, and synthetic ones, validated and modelled, for tests that need them (built fresh per call: no
 * shared state).
 */
import type { StoryFolder } from '../bench/generate-story.ts';
import { readStoryFiles } from '../scripts/story-files.ts';
import { validateStoryFiles } from '../src/story/validate.ts';
import { buildStoryModel, type StoryModel } from '../src/story/model.ts';

export function realStoryModel(): StoryModel {
  const result = validateStoryFiles(readStoryFiles().files);
  if (!result.ok) throw new Error(`geodata is invalid: ${JSON.stringify(result.issues[0])}`);
  return buildStoryModel(result.data);
}

/** Validate a story folder held in memory (bench/generate-story.ts writes them). */
export function validateFolder(folder: StoryFolder) {
  const areas = Object.fromEntries(
    Object.entries(folder)
      .filter(([name]) => name.endsWith('.geojson'))
      .map(([name, text]) => [name, JSON.parse(text) as unknown]),
  );
  return validateStoryFiles({ areas, story: JSON.parse(folder['events.json']!), articleText: folder['article.txt']! });
}

/** A story folder held in memory, validated and modelled. */
export function folderModel(folder: StoryFolder): StoryModel {
  const result = validateFolder(folder);
  if (!result.ok) throw new Error(`the story is invalid: ${JSON.stringify(result.issues[0])}`);
  return buildStoryModel(result.data);
}
