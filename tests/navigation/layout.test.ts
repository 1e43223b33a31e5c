import { describe, expect, it } from 'vitest';
import { ARTICLE_BESIDE_MIN_WIDTH_PX, articleBeside, layoutFor } from '../../src/navigation/layout.ts';

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

describe('where the article goes on a desktop', () => {
  it('beside the map from 1600 px, where a third column still leaves the map half the window', () => {
    expect(articleBeside(ARTICLE_BESIDE_MIN_WIDTH_PX)).toBe(true);
    expect(articleBeside(1920)).toBe(true);
  });

  it('in the story column below that, so a 1280 px map keeps more than half the window', () => {
    expect(articleBeside(1280)).toBe(false);
    expect(articleBeside(ARTICLE_BESIDE_MIN_WIDTH_PX - 1)).toBe(false);
  });
});
