import { describe, expect, it } from 'vitest';
import { EDGE_ZONES, anchorsAwayFromEdges, type AnchorOffset } from '../../src/scene/label-anchors.ts';

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

describe('label-anchors-more', () => {
  const ALL: AnchorOffset[] = [
    ['center', [0, 0]],
    ['top-right', [-0.6, 0.6]],
    ['bottom-left', [0.6, -0.6]],
  ];
  const names = (anchors: readonly AnchorOffset[]) => anchors.map(([anchor]) => anchor);

  describe('label anchors: centred and the other corners', () => {
    it('keeps a centred label where neither side has room and drops it near the east or west edge (it grows both ways)', () => {
      expect(names(anchorsAwayFromEdges(ALL, { x: 'narrow', y: 'middle' }))).toEqual(['center']);
      expect(names(anchorsAwayFromEdges(ALL, { x: 'east', y: 'middle' }))).toEqual(['top-right']);
      expect(names(anchorsAwayFromEdges(ALL, { x: 'west', y: 'middle' }))).toEqual(['bottom-left']);
    });

    it('a centred label does not grow up or down, so it stays near the north and south edges', () => {
      expect(names(anchorsAwayFromEdges(ALL, { x: 'middle', y: 'north' }))).toEqual(['center', 'top-right']);
      expect(names(anchorsAwayFromEdges(ALL, { x: 'middle', y: 'south' }))).toEqual(['center', 'bottom-left']);
    });

    it('hands back a new list when it falls back to every anchor', () => {
      const rightward: AnchorOffset[] = [['bottom-left', [0.6, -0.6]]];
      const kept = anchorsAwayFromEdges(rightward, { x: 'east', y: 'north' });
      expect(kept).toEqual(rightward);
      expect(kept).not.toBe(rightward);
    });
  });
});
