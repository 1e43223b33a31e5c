import { describe, expect, it } from 'vitest';
import { framesSameArea, type Bounds } from '../../src/navigation/camera.ts';

const embassy: Bounds = [44.39, 33.29, 44.41, 33.31];

describe('framesSameArea', () => {
  it('is true for the same bounds, whether the request cuts or flies', () => {
    expect(framesSameArea({ bounds: [...embassy] }, { bounds: embassy, instant: true })).toBe(true);
  });

  it('is false when any edge differs', () => {
    for (let edge = 0; edge < 4; edge++) {
      const moved = [...embassy] as Bounds;
      moved[edge] = embassy[edge]! + 0.001;
      expect(framesSameArea({ bounds: moved }, { bounds: embassy })).toBe(false);
    }
  });

  it('is false when there was no request before', () => {
    expect(framesSameArea({ bounds: embassy }, undefined)).toBe(false);
  });

  it('is false when either request is an exact camera from a link', () => {
    const camera = { zoom: 14, lat: 33.3, lng: 44.4, bearing: 0, pitch: 0 };
    expect(framesSameArea({ camera }, { bounds: embassy })).toBe(false);
    expect(framesSameArea({ bounds: embassy }, { camera })).toBe(false);
  });
});
