import { describe, expect, it } from 'vitest';
import ms from 'milsymbol';
import {
  anchorOffset,
  FORCE_SYMBOLS,
  MAP_SYMBOLS,
  movementLabel,
  SYMBOL_NAMES,
  symbolsWithMeanings,
} from '../../src/core/symbols.ts';
import { renderSymbols } from '../../build/unit-symbols-plugin.ts';

describe('unit symbols', () => {
  it('gives paratroopers a friendly airborne infantry battalion', () => {
    expect(FORCE_SYMBOLS['us-airborne-infantry'].sidc).toBe('SFGPUCIA---F---');
  });

  it('gives the Marines friendly naval (marine) infantry, company-sized', () => {
    expect(FORCE_SYMBOLS['us-marine-infantry'].sidc).toBe('SFGPUCIN---E---');
  });

  it('gives the militia a hostile infantry symbol', () => {
    expect(FORCE_SYMBOLS.militia.sidc.slice(0, 2)).toBe('SH');
    expect(FORCE_SYMBOLS.militia.sidc.slice(4, 7)).toBe('UCI');
  });

  it('marks the brigade that is only preparing as anticipated (status A, dashed frame)', () => {
    expect(MAP_SYMBOLS['us-airborne-brigade-anticipated']!.sidc[3]).toBe('A');
    expect(MAP_SYMBOLS['us-airborne-brigade-anticipated']!.sidc[11]).toBe('H');
  });

  it('uses only codes milsymbol accepts', () => {
    for (const { sidc } of Object.values(MAP_SYMBOLS)) expect(new ms.Symbol(sidc).isValid(), sidc).toBe(true);
  });

  it('renders each symbol to an SVG at build time', () => {
    const rendered = renderSymbols();
    expect(Object.keys(rendered).sort()).toEqual(Object.keys(MAP_SYMBOLS).sort());
    for (const symbol of Object.values(rendered)) expect(symbol.svg).toMatch(/^<svg/);
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
    const [x, y] = anchorOffset(renderSymbols()['us-airborne-infantry']!);
    expect(x).toBeCloseTo(0, 5);
    expect(y).toBeLessThan(-2);
  });

  it('leaves a symbol without an echelon mark where it is', () => {
    expect(anchorOffset(renderSymbols().militia!)).toEqual([0, 0]);
  });
});

describe('symbolsWithMeanings', () => {
  it('gives every symbol its generic meaning without a story legend', () => {
    expect(symbolsWithMeanings()).toEqual(MAP_SYMBOLS);
    expect(MAP_SYMBOLS.militia!.meaning).toBe('Hostile militia');
  });

  it('takes the story’s words for the symbols it names, and keeps the rest', () => {
    const symbols = symbolsWithMeanings({ militia: 'Hostile militia (the Example Brigade)' });
    expect(symbols.militia).toEqual({
      sidc: MAP_SYMBOLS.militia!.sidc,
      meaning: 'Hostile militia (the Example Brigade)',
    });
    expect(symbols['us-marine-infantry']).toEqual(MAP_SYMBOLS['us-marine-infantry']);
    expect(Object.keys(symbols)).toEqual(SYMBOL_NAMES);
  });
});
