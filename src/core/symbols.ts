/**
 * Military symbols (MIL-STD-2525C letter SIDCs, drawn by milsymbol at build time) for the forces in the story.
 * 15 characters: scheme S, affiliation (F friend / H hostile), dimension G (ground), status (P present,
 * A anticipated — drawn with a dashed frame), function id (UCI infantry; +A airborne, +N naval/marine),
 * then modifier and echelon (E company, F battalion, H brigade), country, order of battle.
 */
import type { Movement } from './schema.ts';

export type Force = Movement['force'];

export interface ForceSymbol {
  sidc: string;
  /** What the symbol means, for the legend and for screen readers. */
  meaning: string;
}

export const FORCE_SYMBOLS: Readonly<Record<Force, ForceSymbol>> = {
  'us-airborne-infantry': { sidc: 'SFGPUCIA---F---', meaning: 'Friendly airborne infantry battalion' },
  'us-marine-infantry': { sidc: 'SFGPUCIN---E---', meaning: 'Friendly marine (naval) infantry, company-sized' },
  militia: { sidc: 'SHGPUCI--------', meaning: 'Hostile militia' },
};

/** Every symbol the map draws, by image name: the forces plus an anticipated (not yet moving) brigade. */
export const MAP_SYMBOLS: Readonly<Record<string, ForceSymbol>> = {
  ...FORCE_SYMBOLS,
  'us-airborne-brigade-anticipated': {
    sidc: 'SFGAUCIA---H---',
    meaning: 'Friendly airborne infantry brigade, anticipated (preparing to deploy)',
  },
};

/** The name of every symbol the map can draw: the keys a story's `legend` may use. */
export const SYMBOL_NAMES: readonly string[] = Object.keys(MAP_SYMBOLS);

/**
 * Every symbol with what it means in this story: the generic meaning, or the story's own words for it (its
 * `legend`, e.g. "Hostile militia (… and supporters)"), so the legend names the story's actors without the code.
 * @param legend - the story's meanings by symbol name; absent names keep the generic meaning
 */
export function symbolsWithMeanings(
  legend: Readonly<Record<string, string | undefined>> = {},
): Readonly<Record<string, ForceSymbol>> {
  return Object.fromEntries(
    Object.entries(MAP_SYMBOLS).map(([name, symbol]) => [name, { ...symbol, meaning: legend[name] ?? symbol.meaning }]),
  );
}

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
