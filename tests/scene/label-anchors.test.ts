import { describe, expect, it } from 'vitest';
import { anchorsAwayFromEdges, EDGE_ZONES, type AnchorOffset } from '../../src/scene/label-anchors.ts';

const AROUND: AnchorOffset[] = [
  ['top', [0, 0.8]],
  ['bottom', [0, -0.8]],
  ['left', [0.9, 0]],
  ['right', [-0.9, 0]],
  ['top-left', [0.6, 0.6]],
  ['bottom-right', [-0.6, -0.6]],
];
const names = (anchors: readonly AnchorOffset[]) => anchors.map(([anchor]) => anchor);

describe('label anchors away from the edges', () => {
  it('keeps every anchor, in order, for a point in the middle of the view', () => {
    expect(anchorsAwayFromEdges(AROUND, { x: 'middle', y: 'middle' })).toEqual(AROUND);
  });

  it('near the east edge keeps only labels that grow west', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'east', y: 'middle' }))).toEqual(['right', 'bottom-right']);
  });

  it('near the west edge keeps only labels that grow east', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'west', y: 'middle' }))).toEqual(['left', 'top-left']);
  });

  it('near the south edge drops labels that hang below the point', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'middle', y: 'south' }))).toEqual([
      'bottom',
      'left',
      'right',
      'bottom-right',
    ]);
  });

  it('near the north edge drops labels that stand above the point', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'middle', y: 'north' }))).toEqual([
      'top',
      'left',
      'right',
      'top-left',
    ]);
  });

  it('in a corner honours both edges', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'east', y: 'south' }))).toEqual(['right', 'bottom-right']);
  });

  it('where neither side has room keeps only labels centred across their point', () => {
    expect(names(anchorsAwayFromEdges(AROUND, { x: 'narrow', y: 'middle' }))).toEqual(['top', 'bottom']);
  });

  it('keeps the preferred anchors when none would stay inside', () => {
    const rightward: AnchorOffset[] = [['left', [1.9, 0]]];
    expect(anchorsAwayFromEdges(rightward, { x: 'east', y: 'middle' })).toEqual(rightward);
  });

  it('names twelve zones, each once', () => {
    expect(new Set(EDGE_ZONES.map((zone) => `${zone.x} ${zone.y}`)).size).toBe(12);
  });
});
