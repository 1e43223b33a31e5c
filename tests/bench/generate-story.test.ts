/**
 * The synthetic story generator: a small story, generated in memory, passes the same validation as the real one,
 * and the same seed gives the same files.
 */
import { describe, expect, it } from 'vitest';
import { generateStory, seededRandom } from '../../bench/generate-story.ts';
import { validateFolder } from '../story-data.ts';
import { buildStoryModel } from '../../src/story/model.ts';
import { eventAnimation } from '../../src/scene/scene.ts';
import { locatePassages } from '../../src/article/passages.ts';

const validate = validateFolder;

describe('generateStory', () => {
  it('writes a valid story of 50 events', () => {
    const result = validate(generateStory(50));
    expect(result.issues).toEqual([]);
    expect(result.ok && buildStoryModel(result.data).steps).toHaveLength(50);
  });

  it('adds about one background event per 100 steps, each explaining a step', () => {
    const result = validate(generateStory(250));
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    const model = buildStoryModel(result.data);
    expect(model.steps).toHaveLength(248);
    expect([...model.backgroundByStep.values()].flat()).toHaveLength(2);
  });

  it('writes exactly the number of events asked for, at the format’s limit too', () => {
    for (const size of [100, 101, 202, 50_000]) {
      const { events } = JSON.parse(generateStory(size)['events.json']!) as { events: unknown[] };
      expect(events, `size ${size}`).toHaveLength(size);
    }
  });

  it('gives every event its own passage in the article, none dropped', () => {
    const folder = generateStory(50);
    const { events } = JSON.parse(folder['events.json']!) as { events: { id: string; quote: string }[] };
    const report = locatePassages(folder['article.txt']!, events);
    expect(report.notFound).toEqual([]);
    expect(report.dropped).toEqual([]);
  });

  it('draws every kind of animation the engine has', () => {
    const result = validate(generateStory(50));
    if (!result.ok) throw new Error('invalid');
    const model = buildStoryModel(result.data);
    const kinds = new Set(
      model.steps.map((step) => {
        const animation = eventAnimation(model, step);
        return animation === null ? 'none' : `${step.kind}:${animation.durationMs > 0}`;
      }),
    );
    expect([...kinds].sort()).toEqual(['attack:true', 'deployment:false', 'deployment:true', 'none', 'strike:true']);
  });

  it('is deterministic: the same size and seed give the same files, another seed other places', () => {
    expect(generateStory(30, 7)).toEqual(generateStory(30, 7));
    expect(generateStory(30, 7)['area-01.geojson']).not.toEqual(generateStory(30, 8)['area-01.geojson']);
  });
});

describe('seededRandom', () => {
  it('gives numbers in [0, 1), the same sequence for the same seed', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    for (const value of values) expect(value >= 0 && value < 1).toBe(true);
  });
});
