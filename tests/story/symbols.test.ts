import { describe, expect, it } from 'vitest';
import { anchorOffset, movementLabel } from '../../src/story/symbols.ts';
import { renderSymbols, storyForces } from '../../build/unit-symbols-plugin.ts';
import { GEODATA_DIR } from '../../scripts/story-files.ts';

/** Forces as a story declares them: a battalion (echelon mark above the frame) and a unit without an echelon. */
const FORCES = {
  battalion: { sidc: 'SFGPUCIA---F---', meaning: 'Friendly airborne infantry battalion' },
  band: { sidc: 'SHGPUCI--------', meaning: 'Hostile militia' },
};

describe('unit symbols', () => {
  it('renders each of the story’s forces to an SVG at build time, and nothing else', () => {
    const rendered = renderSymbols(FORCES);
    expect(Object.keys(rendered).sort()).toEqual(['band', 'battalion']);
    for (const symbol of Object.values(rendered)) expect(symbol.svg).toMatch(/^<svg/);
  });

  it('refuses a code milsymbol does not accept, naming the force', () => {
    expect(() => renderSymbols({ tanks: { sidc: 'XXXXXXXXXXXXXXX', meaning: 'Armour' } })).toThrow(
      'unit symbol "tanks": milsymbol rejects SIDC XXXXXXXXXXXXXXX',
    );
  });

  it('reads the forces the story folder declares (the first story: four, every code accepted)', () => {
    const forces = storyForces(GEODATA_DIR);
    expect(Object.keys(forces)).toHaveLength(4);
    expect(() => renderSymbols(forces)).not.toThrow();
  });

  it('reads no forces from a folder without a story', () => {
    expect(storyForces('/nonexistent-story-folder/')).toEqual({});
  });

  it('labels a movement with unit, size and transport', () => {
    expect(movementLabel({ unit_short: '2-504 PIR', size: '~700 paratroopers', mode: 'C-17' })).toBe(
      '2-504 PIR, ~700 paratroopers, C-17',
    );
  });

  it('offsets a symbol so that its anchor, not its centre, is on the position', () => {
    expect(anchorOffset({ width: 40, height: 40, anchor: { x: 20, y: 26 } })).toEqual([0, -6]);
    expect(anchorOffset({ width: 30, height: 20, anchor: { x: 10, y: 10 } })).toEqual([5, 0]);
  });

  it("moves a battalion symbol (echelon mark above the frame) up, so the frame's centre is on the unit", () => {
    const [x, y] = anchorOffset(renderSymbols(FORCES).battalion!);
    expect(x).toBeCloseTo(0, 5);
    expect(y).toBeLessThan(-2);
  });

  it('leaves a symbol without an echelon mark where it is', () => {
    expect(anchorOffset(renderSymbols(FORCES).band!)).toEqual([0, 0]);
  });
});
