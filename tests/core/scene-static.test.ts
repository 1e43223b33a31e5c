/**
 * The story's static marks, put on the map once and shown per step by a filter: at every step the filter must
 * show exactly what that step's scene holds as static (the past, the current fixed parts, the keep-clear copies).
 */
import { describe, expect, it } from 'vitest';
import {
  shownAtStep,
  stepScene,
  stepStaticFeatures,
  storyStaticFeatures,
  type SceneFeature,
} from '../../src/core/scene.ts';
import { realStoryModel } from '../story-data.ts';

/** A feature without the step tags, for comparing with a step scene's own static features. */
const untagged = ({ properties: { shownFrom: _from, shownUntil: _until, ...rest }, ...feature }: SceneFeature) => ({
  ...feature,
  properties: rest,
});
const indexOf = (model: ReturnType<typeof realStoryModel>, id: string) =>
  model.steps.findIndex((step) => step.id === id);

describe('the story static marks', () => {
  it('show, filtered at each step, exactly that step scene static features, in the same order', () => {
    const model = realStoryModel();
    const story = storyStaticFeatures(model).features;
    model.steps.forEach((_, index) => {
      const shown = story.filter((feature) => shownAtStep(feature.properties, index)).map(untagged);
      expect(shown).toEqual(stepScene(model, index).staticFeatures.features);
    });
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

  it('show a step keep-clear copies and planned route only while the step is current', () => {
    const model = realStoryModel();
    const index = indexOf(model, 'airborne-battalion-to-kuwait');
    const current = stepStaticFeatures(model, index).filter((feature) =>
      ['keep-clear', 'route-planned'].includes(feature.properties.role),
    );
    expect(current.map((feature) => feature.properties.role).sort()).toEqual(['keep-clear', 'route-planned']);
    for (const feature of current) {
      expect(shownAtStep(feature.properties, index - 1)).toBe(false);
      expect(shownAtStep(feature.properties, index)).toBe(true);
      expect(shownAtStep(feature.properties, index + 1)).toBe(false);
    }
  });
});

describe('shownAtStep', () => {
  it('shows a mark from its first step', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 3)).toBe(true);
  });

  it('hides a mark before its first step', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 2)).toBe(false);
  });

  it('hides a mark from its last step on (shownUntil is exclusive)', () => {
    expect(shownAtStep({ role: 'unit', shownFrom: 3, shownUntil: 4 }, 3)).toBe(true);
    expect(shownAtStep({ role: 'unit', shownFrom: 3, shownUntil: 4 }, 4)).toBe(false);
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
