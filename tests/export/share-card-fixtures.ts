/** A fixed-width font and a card's content, shared by the share card tests. */
import type { CardContent, MeasureText } from '../../src/export/share-card.ts';

/** Every character 10 px wide at size 20: widths scale with the size, as a real font's do. */
export const measure: MeasureText = (text, size) => text.length * size * 0.5;
export const fitsChars = (n: number) => (line: string) => line.length <= n;

export const cardContent = (overrides: Partial<CardContent> = {}): CardContent => ({
  date: '31 December 2019',
  title: 'Militia supporters storm the gate of the US embassy compound in Baghdad',
  legend: [{ mark: 'impact', text: 'Rocket or air strike impact' }],
  credits: 'Map data: Natural Earth · Story: The New York Times, 2 January 2020',
  url: 'example.org/maps/iraq/e/embassy-attack',
  ...overrides,
});
