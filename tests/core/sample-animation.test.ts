import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { sampleAnimation, stepScene, type SceneFeature, type StepScene } from '../../src/core/scene.ts';
import { realStoryModel } from '../story-data.ts';

const dot = (name: string, at: Position = [0, 0]): SceneFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: at },
  properties: { role: 'impact', label: name },
});

/** A scene whose frames are given by t, recording each call's arguments. */
function fakeScene(frameAt: (t: number) => SceneFeature[]): StepScene & { calls: [number, boolean][] } {
  const calls: [number, boolean][] = [];
  return {
    calls,
    staticFeatures: { type: 'FeatureCollection', features: [] },
    durationMs: 1000,
    frame(t, reducedMotion) {
      calls.push([t, reducedMotion]);
      return { type: 'FeatureCollection', features: frameAt(t) };
    },
  };
}

/** Replay the changes up to frame k: the ids visible then. */
function visibleAt(changes: { show: number[]; hide: number[] }[], k: number): number[] {
  const visible = new Set<number>();
  for (const { show, hide } of changes.slice(0, k + 1)) {
    for (const id of hide) visible.delete(id);
    for (const id of show) visible.add(id);
  }
  return [...visible].sort((a, b) => a - b);
}

describe('sampleAnimation', () => {
  it('with 0 frames, samples only the end state (t = 1, as under reduced motion) and shows all of it', () => {
    const scene = fakeScene(() => [dot('a'), dot('b')]);
    const sampled = sampleAnimation(scene, 0, false);
    expect(scene.calls).toEqual([[1, true]]);
    expect(sampled.changes).toEqual([{ show: [0, 1], hide: [] }]);
    expect(sampled.features.features.map((f) => [f.id, f.properties.label])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });

  it('samples frames + 1 times at t = k / frames, passing reduced motion through', () => {
    const scene = fakeScene(() => [dot('a')]);
    sampleAnimation(scene, 4, false);
    expect(scene.calls).toEqual([
      [0, false],
      [0.25, false],
      [0.5, false],
      [0.75, false],
      [1, false],
    ]);
    const reduced = fakeScene(() => [dot('a')]);
    sampleAnimation(reduced, 2, true);
    expect(reduced.calls.map(([, reducedMotion]) => reducedMotion)).toEqual([true, true, true]);
  });

  it('keeps a feature that stays from one frame to the next as one feature, shown once', () => {
    const scene = fakeScene((t) => (t < 0.5 ? [dot('a')] : [dot('a'), dot('b')]));
    const sampled = sampleAnimation(scene, 2, false);
    expect(sampled.features.features).toHaveLength(2);
    expect(sampled.changes).toEqual([
      { show: [0], hide: [] },
      { show: [1], hide: [] },
      { show: [], hide: [] },
    ]);
  });

  it('hides what a frame no longer shows, and gives a feature that moved a new id', () => {
    const scene = fakeScene((t) => [dot('unit', [t * 10, 0])]);
    const sampled = sampleAnimation(scene, 2, false);
    expect(sampled.features.features.map((f) => f.id)).toEqual([0, 1, 2]);
    expect(sampled.changes).toEqual([
      { show: [0], hide: [] },
      { show: [1], hide: [0] },
      { show: [2], hide: [1] },
    ]);
  });

  it('numbers features by their index, so feature-state ids are the array positions', () => {
    const sampled = sampleAnimation(
      fakeScene((t) => [dot(`at ${t}`)]),
      3,
      false,
    );
    sampled.features.features.forEach((feature, index) => expect(feature.id).toBe(index));
  });

  it("replaying a real step's changes shows exactly each frame's features", () => {
    const model = realStoryModel();
    const scene = stepScene(
      model,
      model.steps.findIndex((step) => step.id === 'marines-to-embassy'),
    );
    const frames = 12;
    const sampled = sampleAnimation(scene, frames, false);
    for (let k = 0; k <= frames; k++) {
      const shown = visibleAt(sampled.changes, k).map((id) => {
        const feature = { ...sampled.features.features[id]! };
        delete feature.id;
        return JSON.stringify(feature);
      });
      const expected = scene.frame(k / frames, false).features.map((feature) => JSON.stringify(feature));
      expect(shown.sort(), `frame ${k}`).toEqual(expected.sort());
    }
  });
});
