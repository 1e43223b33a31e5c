import { describe, expect, it } from 'vitest';
import { comparableName, frameViolations, type FrameSample } from '../../scripts/frame-checks.ts';

/** A 400×300 map at zoom 6 with one place in its middle and no labels: a view that breaks no rule. */
function sample(change: Partial<FrameSample> = {}): FrameSample {
  return {
    width: 400,
    height: 300,
    zoom: 6,
    places: [{ id: 'kirkuk', area: false, points: [[200, 150]] }],
    storyLabels: [],
    basemapLabels: [],
    ...change,
  };
}

describe('frameViolations', () => {
  it('passes a place well inside the frame at a zoom the basemap carries', () => {
    expect(frameViolations(sample())).toEqual([]);
  });

  it('names a place closer to an edge than the margin, and by how much', () => {
    const places = [{ id: 'kirkuk', area: false, points: [[390, 150]] as const }];
    expect(frameViolations(sample({ places }))).toEqual(["kirkuk is 10 px from the map's edge (needs 24)"]);
  });

  it('names a place outside the frame', () => {
    const places = [{ id: 'kirkuk', area: false, points: [[200, -5]] as const }];
    expect(frameViolations(sample({ places }))).toEqual(['kirkuk is outside the frame']);
  });

  it('checks every vertex of an area, not only its first', () => {
    const places = [
      {
        id: 'compound',
        area: true,
        points: [
          [200, 150],
          [12, 150],
        ] as const,
      },
    ];
    expect(frameViolations(sample({ places, zoom: 14 }))).toEqual(["compound is 12 px from the map's edge (needs 24)"]);
  });

  it('refuses a street zoom for a step of points only', () => {
    expect(frameViolations(sample({ zoom: 13.9 }))).toEqual([
      'zoom 13.9 with only points: the default basemap carries up to z10',
    ]);
  });

  it('allows a street zoom when the step has an area of its own', () => {
    const places = [{ id: 'compound', area: true, points: [[200, 150]] as const }];
    expect(frameViolations(sample({ places, zoom: 14 }))).toEqual([]);
  });

  it('leaves the framing of a camera the reader chose alone, but still checks labels', () => {
    const doubled = {
      storyLabels: [{ name: 'Kirkuk approx. ±5 km', x: 200, y: 150 }],
      basemapLabels: [{ name: 'Kirkuk', x: 230, y: 140 }],
    };
    expect(frameViolations(sample({ zoom: 14, readerCamera: true, ...doubled }))).toEqual([
      `"Kirkuk approx. ±5 km" is labelled twice (the basemap's "Kirkuk" beside it)`,
    ]);
  });

  it('does not count the same name far across the map as a doubled label', () => {
    const labels = {
      storyLabels: [{ name: 'Kirkuk', x: 20, y: 20 }],
      basemapLabels: [{ name: 'Kirkuk', x: 380, y: 280 }],
    };
    expect(frameViolations(sample(labels))).toEqual([]);
  });
});

describe('comparableName', () => {
  it('compares transliterations alike: case, accents, apostrophes, hyphens and spaces aside', () => {
    expect(comparableName("Al-Qa'im")).toBe(comparableName('al Qaim'));
    expect(comparableName('Āl Qāʾim')).toBe(comparableName('Al Qaim'));
  });
});
