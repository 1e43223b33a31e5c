/**
 * The second real story (stories/us-troops-nato-eastern-flank-2022/): it validates as geodata/ does, with the
 * country outlines, every item reviewed, and its quotes and sources where the honesty rules want them.
 */
import { describe, expect, it } from 'vitest';
import { readCountryOutlines, readStoryFiles } from '../../scripts/story-files.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';

const DIR = new URL('../../stories/us-troops-nato-eastern-flank-2022/', import.meta.url).pathname;

describe('stories/us-troops-nato-eastern-flank-2022', () => {
  const { files, issues: readIssues } = readStoryFiles(DIR);
  const result = validateStoryFiles(files, { countries: readCountryOutlines() });

  it('validates: schema, quotes, sources, places inside their countries, nothing left in draft', () => {
    expect(readIssues).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is the Pentagon briefing of 2 February 2022, with its five steps and six places', () => {
    if (!result.ok) throw new Error('invalid');
    const { story, places } = result.data;
    expect(story.article).toMatchObject({ published: '2022-02-02', outlet: 'U.S. Department of Defense' });
    expect(story.article.url).toMatch(/^https:\/\/www\.defense\.gov\/News\/Transcripts\//);
    expect(story.events.map((event) => event.id)).toEqual([
      'kirby-announces-moves',
      'corps-headquarters-to-wiesbaden',
      'paratroopers-to-poland',
      'first-troops-reach-romania',
      'cavoli-visits-mihail-kogalniceanu',
    ]);
    expect(places.map((place) => place.properties.country).sort()).toEqual(['DEU', 'DEU', 'POL', 'ROU', 'USA', 'USA']);
  });

  it('has no item still in draft, and every item cites a source that is not Wikipedia', () => {
    if (!result.ok) throw new Error('invalid');
    const { story, places } = result.data;
    const items = [...story.events, ...places.map((place) => place.properties)];
    for (const item of items) {
      expect(item.review ?? 'reviewed').toBe('reviewed');
      expect(item.sources.some((source) => source.outlet !== 'Wikipedia')).toBe(true);
    }
  });

  it('draws each movement with a force the story declares', () => {
    if (!result.ok) throw new Error('invalid');
    const { story } = result.data;
    const forces = Object.keys(story.forces ?? {});
    const moving = story.events.filter((event) => event.movement !== undefined);
    expect(moving).toHaveLength(3);
    for (const event of moving) expect(forces).toContain(event.movement!.force);
  });
});
