/**
 * Edges of the share card's small helpers: the scale limit itself, empty names, other sizes, zoom clamping both
 * ways and maps of no size.
 */
import { describe, expect, it } from 'vitest';
import {
  cardCamera,
  displayUrl,
  exportFileName,
  shareAltText,
  shareFileName,
  shareScale,
} from '../../src/export/share-card.ts';

describe('share card helpers at their edges', () => {
  it('draws at 2× when the device allows exactly twice the card, and at 1× one pixel short', () => {
    expect(shareScale('landscape', 2400)).toBe(2);
    expect(shareScale('landscape', 2399)).toBe(1);
  });

  it('names the portrait size in the file name, and falls back to "event" for an id with nothing usable', () => {
    expect(shareFileName('///', 'portrait', 'webm')).toMatch(/^situation-map-event-\d+x\d+\.webm$/);
    expect(shareFileName('--a--', 'landscape', 'png')).toBe('situation-map-a-1200x675.png');
  });

  it('leaves out the places sentence when no place is named', () => {
    expect(shareAltText('1 January 2020', 'Troops arrive', [], 'Story')).toBe(
      'Map, 1 January 2020: Troops arrive. From the situation map of “Story”.',
    );
  });

  it('keeps a "www" that is not at the start of the host, and a path without a trailing slash', () => {
    expect(displayUrl('https://maps.www.example.org/a')).toBe('maps.www.example.org/a');
    expect(displayUrl('https://example.org/')).toBe('example.org');
  });

  it('zooms in for a card larger than the reader’s map, up to the top of the range', () => {
    const camera = { zoom: 6 };
    const range = { min: 1, max: 17 };
    expect(cardCamera(camera, { width: 300, height: 300 }, { width: 600, height: 900 }, range).zoom).toBeCloseTo(7);
    expect(cardCamera({ zoom: 16.5 }, { width: 300, height: 300 }, { width: 1200, height: 1200 }, range).zoom).toBe(17);
  });

  it('fits the narrower of the two ratios', () => {
    const zoom = cardCamera(
      { zoom: 6 },
      { width: 800, height: 400 },
      { width: 800, height: 100 },
      { min: 1, max: 17 },
    ).zoom;
    expect(zoom).toBeCloseTo(4);
  });

  it('keeps the zoom when a map has no size yet', () => {
    const range = { min: 1, max: 17 };
    expect(cardCamera({ zoom: 6 }, { width: 0, height: 0 }, { width: 600, height: 400 }, range).zoom).toBe(6);
    expect(cardCamera({ zoom: 6 }, { width: 600, height: 400 }, { width: 0, height: 400 }, range).zoom).toBe(6);
  });

  it('turns a run of odd characters in an id into one hyphen', () => {
    expect(shareFileName('a//b', 'landscape', 'png')).toBe('situation-map-a-b-1200x675.png');
  });

  it('keeps one full stop where the title already ends with one', () => {
    expect(shareAltText('1 January 2020', 'Troops arrive.', [], 'Story')).toBe(
      'Map, 1 January 2020: Troops arrive. From the situation map of “Story”.',
    );
  });
});

describe('exportFileName', () => {
  it('names a video by its own size, not the card’s', () => {
    expect(exportFileName('a-to-b', { width: 1280, height: 720 }, 'webm')).toBe('situation-map-a-to-b-1280x720.webm');
  });
});
