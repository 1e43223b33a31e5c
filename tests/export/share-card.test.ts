import { describe, expect, it } from 'vitest';
import {
  displayUrl,
  layoutShareCard,
  legendEntriesFor,
  shareAltText,
  shareFileName,
  shareScale,
  storyAttribution,
  SHARE_FORMATS,
  cardCamera,
  wrapText,
} from '../../src/export/share-card.ts';
import { stepScene } from '../../src/scene/scene.ts';
import { placesOfEvent } from '../../src/story/model.ts';
import { realStoryModel } from '../story-data.ts';
import { cardContent, fitsChars, measure } from './share-card-fixtures.ts';

const content = cardContent;

describe('wrapText', () => {
  it('breaks at spaces so no line is longer than the width', () => {
    expect(wrapText('one two three four', 9, 5, fitsChars(9))).toEqual(['one two', 'three', 'four']);
  });

  it('ends the last allowed line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText('one two three four five six', 9, 2, fitsChars(9));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });

  it('cuts a single word wider than the line', () => {
    expect(wrapText('Supercalifragilistic', 6, 1, fitsChars(6))).toEqual(['Super…']);
  });
});

describe('layoutShareCard', () => {
  it('fills the stated size, map between header and footer', () => {
    for (const format of ['landscape', 'portrait'] as const) {
      const layout = layoutShareCard(format, content(), measure);
      expect([layout.width, layout.height]).toEqual([SHARE_FORMATS[format].width, SHARE_FORMATS[format].height]);
      const titleBottom = Math.max(...layout.texts.filter((t) => t.role === 'title').map((t) => t.y));
      expect(layout.map.y).toBeGreaterThan(titleBottom);
      const footer = layout.texts.find((t) => t.role === 'url')!;
      const firstFooterLine = Math.min(...layout.texts.filter((t) => t.role === 'credits').map((t) => t.y));
      expect(layout.map.y + layout.map.height).toBeLessThan(firstFooterLine - footer.size);
    }
  });

  it('keeps every caption line inside the card width', () => {
    const layout = layoutShareCard('landscape', content({ title: 'word '.repeat(60) }), measure);
    for (const text of layout.texts.filter((t) => t.role === 'title')) {
      expect(text.x + measure(text.text, text.size, text.weight)).toBeLessThanOrEqual(layout.width - 32);
    }
  });

  it('gives a long title two lines in landscape and three in portrait', () => {
    const long = content({ title: 'word '.repeat(60) });
    const titleLines = (format: 'landscape' | 'portrait') =>
      layoutShareCard(format, long, measure).texts.filter((t) => t.role === 'title').length;
    expect(titleLines('landscape')).toBe(2);
    expect(titleLines('portrait')).toBe(3);
  });

  it('prints the title, the date, the credits and the URL', () => {
    const layout = layoutShareCard('landscape', content({ title: 'Short title' }), measure);
    const byRole = Object.fromEntries(layout.texts.map((t) => [t.role, t.text]));
    expect(byRole).toMatchObject({
      title: 'Short title',
      date: '31 December 2019',
      url: 'example.org/maps/iraq/e/embassy-attack',
    });
    expect(byRole.credits).toContain('Natural Earth');
  });

  it('gives long credits a second line rather than cutting them', () => {
    const credits = 'Map data: Natural Earth · Story: The New York Times, Thursday, 2 January 2020 · '.repeat(2);
    const layout = layoutShareCard('portrait', content({ credits }), measure);
    const lines = layout.texts.filter((t) => t.role === 'credits');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.y).toBeGreaterThan(lines[0]!.y);
    expect(lines[0]!.text.endsWith('…')).toBe(false);
  });

  it('prints no link when there is none, and gives the credits the whole line', () => {
    // 115 characters: wider than the line beside the link, narrower than the whole line.
    const credits = 'Map data: Natural Earth · Story: The New York Times, Thursday, 2 January 2020 · '.padEnd(115, 'x');
    const withUrl = layoutShareCard('landscape', content({ credits }), measure);
    const without = layoutShareCard('landscape', content({ credits, url: '' }), measure);
    expect(without.texts.filter((t) => t.role === 'url')).toEqual([]);
    expect(withUrl.texts.filter((t) => t.role === 'credits')).toHaveLength(2);
    expect(without.texts.filter((t) => t.role === 'credits')).toHaveLength(1);
  });

  it('puts the legend inside the map area, one mark per entry', () => {
    const legend = [
      { mark: 'impact' as const, text: 'Impact' },
      { mark: 'route' as const, text: 'Force movement' },
    ];
    const layout = layoutShareCard('portrait', content({ legend }), measure);
    const box = layout.legendBox!;
    expect(box.y).toBeGreaterThanOrEqual(layout.map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.map.y + layout.map.height);
    expect(layout.legendItems.map((item) => item.entry.mark)).toEqual(['impact', 'route']);
  });

  it('draws no legend box when the picture has nothing to explain', () => {
    expect(layoutShareCard('landscape', content({ legend: [] }), measure).legendBox).toBeNull();
  });
});

describe('legendEntriesFor (real story)', () => {
  const model = realStoryModel();
  const entriesAt = (id: string) => {
    const index = model.steps.findIndex((step) => step.id === id);
    const scene = stepScene(model, index);
    const features = [...scene.staticFeatures.features, ...scene.frame(1, false).features];
    return legendEntriesFor(
      { type: 'FeatureCollection', features },
      placesOfEvent(model, model.steps[index]!),
      model.symbols,
    );
  };

  it('lists the unit symbol and the movement for the paratroopers flying to Kuwait', () => {
    const entries = entriesAt('airborne-battalion-to-kuwait');
    expect(entries.filter((entry) => entry.mark === 'symbol').map((entry) => entry.symbol)).toContain(
      'us-airborne-infantry',
    );
    expect(entries.some((entry) => entry.mark === 'route')).toBe(true);
  });

  it('lists impacts but no unit symbol for the first step (rockets on K-1)', () => {
    const entries = entriesAt(model.steps[0]!.id);
    expect(entries.some((entry) => entry.mark === 'impact')).toBe(true);
    expect(entries.some((entry) => entry.mark === 'symbol')).toBe(false);
  });

  it('lists approximate places only when the picture shows one', () => {
    const entries = legendEntriesFor({ type: 'FeatureCollection', features: [] }, [], model.symbols);
    expect(entries).toEqual([]);
  });
});

describe('displayUrl', () => {
  it('drops the scheme, "www." and the trailing slash', () => {
    expect(displayUrl('https://www.example.org/maps/iraq/e/k1/')).toBe('example.org/maps/iraq/e/k1');
  });

  it('keeps the query, which names the event', () => {
    expect(displayUrl('http://127.0.0.1:4173/maps/iraq/?event=embassy-attack')).toBe(
      '127.0.0.1:4173/maps/iraq/?event=embassy-attack',
    );
  });
});

describe('shareAltText', () => {
  it('names the date, the title and the places', () => {
    expect(shareAltText('31 December 2019', 'Crowd at the gate', ['US embassy', 'Green Zone'], 'After Attack')).toBe(
      'Map, 31 December 2019: Crowd at the gate. Marked on the map: US embassy, Green Zone. From the situation map of “After Attack”.',
    );
  });

  it('does not double a full stop the title already has', () => {
    expect(shareAltText('1 January 2020', 'Troops arrive.', [], 'Story')).not.toContain('..');
  });
});

describe('shareScale', () => {
  it('is 2 where the device can draw twice the card size', () => {
    expect(shareScale('portrait', 4096)).toBe(2);
  });

  it('is 1 on a device whose largest drawable is smaller than twice the card', () => {
    expect(shareScale('portrait', 2048)).toBe(1);
  });
});

describe('shareFileName', () => {
  it('names the event and the size, with odd characters replaced', () => {
    expect(shareFileName('embassy/attack<1>', 'landscape', 'png')).toBe('situation-map-embassy-attack-1-1200x675.png');
  });
});

describe('cardCamera', () => {
  const camera = { zoom: 6, lat: 33, lng: 44, bearing: 0, pitch: 0 };
  const range = { min: 1, max: 17 };

  it('zooms out one level for a map half as wide, so the reader’s view still fits', () => {
    expect(cardCamera(camera, { width: 1200, height: 600 }, { width: 600, height: 600 }, range).zoom).toBeCloseTo(5);
  });

  it('keeps the centre', () => {
    expect(cardCamera(camera, { width: 800, height: 600 }, { width: 1200, height: 500 }, range)).toMatchObject({
      lat: 33,
      lng: 44,
    });
  });

  it('stays within the zoom range', () => {
    expect(
      cardCamera({ ...camera, zoom: 1 }, { width: 4000, height: 4000 }, { width: 100, height: 100 }, range).zoom,
    ).toBe(1);
  });
});

describe('storyAttribution', () => {
  it("names the outlet and the day as the page's byline does", () => {
    expect(storyAttribution({ outlet: 'The New York Times', published: '2020-01-02' })).toBe(
      'Story: The New York Times, Thursday, 2 January 2020',
    );
  });
});
