/**
 * Military symbols (MIL-STD-2525C letter SIDCs, drawn by milsymbol at build time) for the forces a story names in
 * its data (`forces` in events.json): the engine names none.
 * 15 characters: scheme S, affiliation (F friend / H hostile), dimension G (ground), status (P present,
 * A anticipated — drawn with a dashed frame), function id (UCI infantry; +A airborne, +N naval/marine),
 * then modifier and echelon (E company, F battalion, H brigade), country, order of battle.
 */
import type { Force, Movement } from './schema.ts';

/** A unit symbol the map draws: a story's force, by id (its code and its meaning in the story's words). */
export type ForceSymbol = Force;

/** The short label drawn beside a moving unit: "2-504 PIR, ~700 paratroopers, C-17". */
export function movementLabel(movement: Pick<Movement, 'unit_short' | 'size' | 'mode'>): string {
  return `${movement.unit_short}, ${movement.size}, ${movement.mode}`;
}

/** A symbol image's size and where the unit's position sits in it (milsymbol's anchor), in px. */
export interface SymbolGeometry {
  width: number;
  height: number;
  anchor: { x: number; y: number };
}

/**
 * The icon offset that puts a symbol's anchor, not its centre, on the unit's position. MapLibre centres an icon
 * on its point; milsymbol's anchor is the centre of the frame, which an echelon mark above it (battalion,
 * brigade) pushes below the image's centre.
 * @returns [x, y] in px, as `icon-offset` takes it
 */
export function anchorOffset({ width, height, anchor }: SymbolGeometry): [number, number] {
  return [width / 2 - anchor.x, height / 2 - anchor.y];
}
