import { describe, expect, it } from 'vitest';
import { linkLimitsOf } from '../../src/navigation/link-limits.ts';
import { buildStoryModel } from '../../src/story/model.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { validFiles } from '../fixtures/story.ts';

function model() {
  const result = validateStoryFiles(validFiles());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildStoryModel(result.data);
}

describe('linkLimitsOf', () => {
  it('lets a link name the story’s steps, places and actors', () => {
    const story = model();
    const limits = linkLimitsOf(story);
    const step = story.steps[0]!;
    expect(limits.eventIds.has(step.id)).toBe(true);
    expect(limits.placeIds.has(story.places[0]!.properties.id)).toBe(true);
    expect(limits.actors?.has(step.actors[0]!)).toBe(true);
  });

  it('refuses ids the story does not have', () => {
    const limits = linkLimitsOf(model());
    expect(limits.eventIds.has('no-such-event')).toBe(false);
    expect(limits.placeIds.has('no-such-place')).toBe(false);
    expect(limits.actors?.has('No Such Actor')).toBe(false);
  });
});
