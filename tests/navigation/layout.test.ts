import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../src/navigation/layout.ts';

describe('layoutFor', () => {
  it('puts the list and detail beside the map on a desktop window', () => {
    expect(layoutFor(1280, 800)).toBe('sidebar');
  });

  it('keeps the sidebar on a netbook (1024×600)', () => {
    expect(layoutFor(1024, 600)).toBe('sidebar');
  });

  it('puts the card below the map on phones in portrait', () => {
    expect(layoutFor(390, 844)).toBe('card-below');
    expect(layoutFor(320, 568)).toBe('card-below');
    expect(layoutFor(280, 653)).toBe('card-below');
  });

  it('puts the card below the map on a tablet in portrait', () => {
    expect(layoutFor(768, 1024)).toBe('card-below');
  });

  it('keeps the sidebar on a tablet in landscape', () => {
    expect(layoutFor(1024, 768)).toBe('sidebar');
  });

  it('puts the card beside the map on a phone turned sideways', () => {
    expect(layoutFor(844, 390)).toBe('card-beside');
    expect(layoutFor(568, 320)).toBe('card-beside');
  });

  it('stacks a short but narrow-and-tall viewport rather than squeezing it sideways', () => {
    expect(layoutFor(300, 450)).toBe('card-below');
  });
});
