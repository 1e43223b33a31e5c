/**
 * Which sides of its point a label may take so that it stays on the map: a label whose point lies near an
 * edge of the view may only grow away from that edge. Pure: the map layer turns the result into a style
 * expression and tells it, after each move, where the edges are.
 */

/** A label anchor as MapLibre names it: the side of the label that touches its point. */
export type LabelAnchor =
  'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** An anchor and its offset in ems, as in `text-variable-anchor-offset`. */
export type AnchorOffset = readonly [LabelAnchor, readonly [number, number]];

/**
 * Where a point lies in the view: near the west or east edge or neither, near the north or south edge or
 * neither. `narrow`: too near both sides for the label to grow either way, so it can only sit centred.
 */
export interface EdgeZone {
  x: 'west' | 'middle' | 'east' | 'narrow';
  y: 'north' | 'middle' | 'south';
}

/** Every zone, for building one expression branch per zone. */
export const EDGE_ZONES: readonly EdgeZone[] = (['west', 'middle', 'east', 'narrow'] as const).flatMap((x) =>
  (['north', 'middle', 'south'] as const).map((y) => ({ x, y })),
);

/**
 * Which ways a label grows from its point with this anchor (a label anchored at its left grows east). A label
 * centred on its point grows both ways across (half a long name is still long) but not up or down (half a line
 * is a few pixels, well inside the edge margin).
 */
function growth(anchor: LabelAnchor): { east: boolean; west: boolean; north: boolean; south: boolean } {
  const [vertical, horizontal] = anchor.includes('-')
    ? (anchor.split('-') as [string, string])
    : anchor === 'left' || anchor === 'right'
      ? ['middle', anchor]
      : [anchor, 'middle'];
  return {
    east: horizontal !== 'right',
    west: horizontal !== 'left',
    south: vertical === 'top',
    north: vertical === 'bottom',
  };
}

/**
 * The anchors, in their order, that keep a label growing away from the edges its point is near.
 * @param anchors - every anchor the label may take, in order of preference
 * @param zone - where the point lies in the view
 * @returns a non-empty list: when every anchor would cross an edge, the preferred ones are kept unchanged
 */
export function anchorsAwayFromEdges(anchors: readonly AnchorOffset[], zone: EdgeZone): AnchorOffset[] {
  const kept = anchors.filter(([anchor]) => {
    const grows = growth(anchor);
    const acrossOk = zone.x === 'middle' || (zone.x === 'narrow' ? grows.east && grows.west : !grows[zone.x]);
    return acrossOk && !(zone.y !== 'middle' && grows[zone.y]);
  });
  return kept.length > 0 ? kept : [...anchors];
}
