import { describe, expect, it } from 'vitest';
import { anchorsAwayFromEdges, type AnchorOffset } from '../../src/scene/label-anchors.ts';

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
