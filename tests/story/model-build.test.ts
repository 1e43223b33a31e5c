import { describe, expect, it } from 'vitest';
import { buildStoryModel, placeIdsOfEvent, placesOfEvent } from '../../src/story/model.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { validFiles } from '../fixtures/story.ts';
import { realStoryModel } from '../story-data.ts';

function modelOf(files = validFiles()) {
  const result = validateStoryFiles(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildStoryModel(result.data);
}

const movement = {
  origin: 'k1-air-base',
  destination: 'us-embassy-baghdad',
  unit: 'A unit',
  unit_short: 'U',
  force: 'us-marine-infantry',
  size: '~100',
  mode: 'helicopter',
} as const;

describe('buildStoryModel', () => {
  it('steps are the dated events, in order; background is not a step', () => {
    expect(modelOf().steps.map((step) => step.id)).toEqual(['rocket-attack', 'embassy-attack']);
  });

  it('files background under the step it explains, several in story order', () => {
    const files = validFiles();
    files.story.events.splice(1, 0, { ...files.story.events[0], id: 'second-background' });
    const model = modelOf(files);
    expect(model.backgroundByStep.get('rocket-attack')!.map((event) => event.id)).toEqual([
      'rocket-campaign',
      'second-background',
    ]);
    expect(model.backgroundByStep.has('embassy-attack')).toBe(false);
  });

  it('indexes places by id and lists every event that names a place, in story order', () => {
    const files = validFiles();
    files.story.events[2].places = ['us-embassy-baghdad', 'k1-air-base'];
    const model = modelOf(files);
    expect(model.placesById.get('k1-air-base')!.properties.name).toBe('K-1 Air Base');
    expect(model.eventsByPlace.get('k1-air-base')!.map((event) => event.id)).toEqual([
      'rocket-attack',
      'embassy-attack',
    ]);
    expect(model.places).toHaveLength(2);
    expect(model.article.outlet).toBe('The Paper');
  });

  it("counts a movement's ends as places of its event", () => {
    const files = validFiles();
    files.story.events[2].movement = movement;
    expect(
      modelOf(files)
        .eventsByPlace.get('k1-air-base')!
        .map((event) => event.id),
    ).toContain('embassy-attack');
  });
});

describe('placeIdsOfEvent and placesOfEvent', () => {
  it("an event's own places, then a movement's ends, each once", () => {
    const model = modelOf();
    const event = { ...model.steps[1]!, movement };
    expect(placeIdsOfEvent(event)).toEqual(['us-embassy-baghdad', 'k1-air-base']);
    expect(placesOfEvent(model, event).map((place) => place.properties.id)).toEqual([
      'us-embassy-baghdad',
      'k1-air-base',
    ]);
  });

  it('an event without a movement names only its own places', () => {
    const model = modelOf();
    const still = model.steps[1]!;
    expect(still.movement).toBeUndefined();
    expect(placeIdsOfEvent(still)).toEqual(still.places);
  });

  it('skips a place the model does not know', () => {
    const model = modelOf();
    expect(placesOfEvent(model, { ...model.steps[1]!, places: ['nowhere', 'k1-air-base'] }).length).toBe(1);
  });
});

describe('the story’s symbol meanings', () => {
  it('carries the real story’s legend into the model, for the legend and pictures', () => {
    const model = realStoryModel();
    expect(model.symbols.militia!.meaning).toBe('Hostile militia (Kataib Hezbollah and supporters)');
    expect(model.symbols['us-airborne-brigade-anticipated']!.meaning).toBe(
      'Friendly airborne infantry brigade, anticipated (preparing to deploy)',
    );
  });
});
