/**
 * The real story, validated and modelled, for tests that need it (read fresh per call: no shared state).
 */
import { readStoryFiles } from '../scripts/story-files.ts';
import { validateStoryFiles } from '../src/core/validate.ts';
import { buildStoryModel, type StoryModel } from '../src/core/story.ts';

export function realStoryModel(): StoryModel {
  const result = validateStoryFiles(readStoryFiles().files);
  if (!result.ok) throw new Error(`geodata is invalid: ${JSON.stringify(result.issues[0])}`);
  return buildStoryModel(result.data);
}
