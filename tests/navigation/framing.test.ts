import { describe, expect, it } from 'vitest';
import { framingPadding } from '../../src/navigation/framing.ts';

const closed = { placeOpen: false, placeSheetHeight: 0, cardHeight: 0 };

describe('framingPadding', () => {
  it('keeps the right side clear for the open place panel on desktop', () => {
    const without = framingPadding({ layout: 'sidebar', ...closed });
    const withPlace = framingPadding({ layout: 'sidebar', ...closed, placeOpen: true });
    expect(withPlace.right).toBeGreaterThan(without.right);
    expect(withPlace.left).toBe(without.left);
  });
  it('leaves more room at the top than at the sides on phones (the Legend button is there)', () => {
    const padding = framingPadding({ layout: 'card-below', ...closed });
    expect(padding.top).toBeGreaterThan(padding.left);
  });
  it('frames above a phone place sheet taller than the card', () => {
    const base = framingPadding({ layout: 'card-below', ...closed });
    const sheet = framingPadding({ layout: 'card-below', placeOpen: true, placeSheetHeight: 300, cardHeight: 180 });
    expect(sheet.bottom - base.bottom).toBe(120);
  });
  it('ignores a sheet no taller than the card', () => {
    const base = framingPadding({ layout: 'card-below', ...closed });
    const sheet = framingPadding({ layout: 'card-below', placeOpen: true, placeSheetHeight: 150, cardHeight: 180 });
    expect(sheet.bottom).toBe(base.bottom);
  });
  it('ignores the sheet sideways, where it covers the card’s column, not the map', () => {
    const base = framingPadding({ layout: 'card-beside', ...closed });
    const sheet = framingPadding({ layout: 'card-beside', placeOpen: true, placeSheetHeight: 300, cardHeight: 100 });
    expect(sheet).toEqual(base);
  });
});
