/**
 * The story's static marks, put on the map once and shown per step by a filter: at every step the filter and the
 * step's own fixed marks must show exactly what that step's scene holds as static (the past, the current fixed
 * parts, the keep-clear copies), each distinct mark once.
 */
import { describe, expect, it } from 'vitest';
import {
  shownAtStep,
  stepScene,
  stepStaticFeatures,
  PAST_ROLES,
  storyStaticFeatures,
  withCurrentStatic,
  type SceneFeature,
} from '../../src/scene/scene.ts';
import { generateStory } from '../../bench/generate-story.ts';
import { folderModel, realStoryModel } from '../story-data.ts';

/** A feature without the step tag, for comparing with a step scene's own static features. */
const untagged = ({ properties: { shownFrom: _from, ...rest }, ...feature }: SceneFeature) => ({
  ...feature,
  properties: rest,
});
/** Marks as a reader sees them: a mark drawn twice on the same spot is one mark. */
const distinct = (features: readonly object[]) =>
  [...new Set(features.map((feature) => JSON.stringify(feature)))].sort();
const indexOf = (model: ReturnType<typeof realStoryModel>, id: string) =>
  model.steps.findIndex((step) => step.id === id);

describe('the story static marks', () => {
  it("show, filtered at each step and with the step's own fixed marks, exactly that step scene static marks", () => {
    const model = realStoryModel();
    const story = storyStaticFeatures(model).features;
    model.steps.forEach((_, index) => {
      const scene = stepScene(model, index);
      const left = story.filter((feature) => shownAtStep(feature.properties, index)).map(untagged);
      expect(distinct([...left, ...scene.currentStatic.features])).toEqual(distinct(scene.staticFeatures.features));
    });
  });

  it('hold each distinct past mark once, tagged with the first step that shows it', () => {
    const model = realStoryModel();
    const story = storyStaticFeatures(model).features;
    expect(distinct(story.map(untagged))).toHaveLength(story.length);
    const seen = new Set<string>();
    const perStep = model.steps.map((_, index) => stepStaticFeatures(model, index, seen));
    expect(perStep.flat()).toEqual(story);
  });

  it('skip a past point that an earlier step already left, and keep a new one', () => {
    const model = realStoryModel();
    const index = indexOf(model, 'k1-rocket-attack');
    const seen = new Set<string>();
    const first = stepStaticFeatures(model, index, seen);
    expect(first.length).toBeGreaterThan(0);
    // The same step again, as if a later step struck the same spots: nothing new is left.
    expect(stepStaticFeatures(model, index, seen)).toEqual([]);
    // Without the record of earlier marks, every mark is there.
    expect(stepStaticFeatures(model, index)).toEqual(first);
  });

  it('show a step past marks from the next step on, for good', () => {
    const model = realStoryModel();
    const index = indexOf(model, 'k1-rocket-attack');
    const past = stepStaticFeatures(model, index).filter((feature) => feature.properties.role === 'impact-past');
    expect(past).toHaveLength(6);
    for (const feature of past) {
      expect(shownAtStep(feature.properties, index)).toBe(false);
      expect(shownAtStep(feature.properties, index + 1)).toBe(true);
      expect(shownAtStep(feature.properties, model.steps.length - 1)).toBe(true);
    }
  });

  it("hold no step's keep-clear copies or planned route: the step shows its own with its frames", () => {
    const model = realStoryModel();
    const index = indexOf(model, 'airborne-battalion-to-kuwait');
    const roles = storyStaticFeatures(model).features.map((feature) => feature.properties.role);
    expect(roles).not.toContain('keep-clear');
    expect(roles).not.toContain('route-planned');
    const scene = stepScene(model, index);
    expect(scene.currentStatic.features.map((feature) => feature.properties.role).sort()).toEqual([
      'keep-clear',
      'route-planned',
    ]);
    const frame = scene.frame(1, false);
    expect(withCurrentStatic(scene, frame).features).toEqual([...scene.currentStatic.features, ...frame.features]);
  });
});

describe('PAST_ROLES', () => {
  // The map's static source has layers for these roles only: a mark of another role would never be drawn.
  it.each([
    ['the real story', realStoryModel],
    ['a synthetic story with every kind of animation', () => folderModel(generateStory(60))],
  ])('name every role of what the steps of %s leave behind', (_, model) => {
    const roles = new Set(storyStaticFeatures(model()).features.map((feature) => feature.properties.role));
    expect(roles.size).toBeGreaterThan(0);
    expect([...roles].filter((role) => !PAST_ROLES.includes(role))).toEqual([]);
  });
});

describe('shownAtStep', () => {
  it('shows a mark from its first step', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 3)).toBe(true);
  });

  it('hides a mark before its first step', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 2)).toBe(false);
  });

  it('shows a mark at every step after its first', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 300)).toBe(true);
  });
});

describe('stepScene', () => {
  it('knows its step index', () => {
    const model = realStoryModel();
    expect(stepScene(model, 5).index).toBe(5);
  });

  it('builds its static features once, when first read', () => {
    const model = realStoryModel();
    const scene = stepScene(model, model.steps.length - 1);
    expect(scene.staticFeatures).toBe(scene.staticFeatures);
  });
});
