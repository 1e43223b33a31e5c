import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildStoryModel,
  eventsAtPlace,
  placeIdsOfEvent,
  placesOfEvent,
  stepIdForEvent,
  stepIndexOf,
} from '../../src/story/model.ts';
import { realStoryModel } from '../story-data.ts';
import { validateStoryFiles } from '../../src/story/validate.ts';
import { validFiles } from '../fixtures/story.ts';

describe('stepIdForEvent', () => {
  // A fresh model per test: the step index is cached per model, and a model kept across tests (or across
  // Stryker's mutant runs) would answer from an index built earlier.
  let model: ReturnType<typeof realStoryModel>;
  beforeEach(() => {
    model = realStoryModel();
  });

  it('gives a step its own id', () => {
    expect(stepIdForEvent(model, 'embassy-attack')).toBe('embassy-attack');
  });

  it('gives background the step it explains', () => {
    const [stepId, background] = [...model.backgroundByStep][0]!;
    expect(stepIdForEvent(model, background[0]!.id)).toBe(stepId);
  });

  it('gives nothing for an unknown id', () => {
    expect(stepIdForEvent(model, 'no-such-event')).toBeUndefined();
  });
});

describe('stepIdForEvent on a changed model', () => {
  it('answers from the model it is given, not from an earlier one', () => {
    const model = realStoryModel();
    const [first, second] = model.steps;
    const fewer = { ...model, steps: [second!], backgroundByStep: new Map() };
    expect(stepIdForEvent(model, first!.id)).toBe(first!.id);
    expect(stepIdForEvent(fewer, first!.id)).toBeUndefined();
    expect(stepIdForEvent(fewer, second!.id)).toBe(second!.id);
  });

  it('lets a step keep its own id even if background claims it', () => {
    const model = realStoryModel();
    const [step, other] = model.steps;
    const odd = { ...model, backgroundByStep: new Map([[other!.id, [step!]]]) };
    expect(stepIdForEvent(odd, step!.id)).toBe(step!.id);
  });
});

describe('stepIdForEvent with background under two steps', () => {
  it('gives the background the first step that claims it', () => {
    const model = realStoryModel();
    const [first, second] = model.steps;
    const [, background] = [...model.backgroundByStep][0]!;
    const shared = background[0]!;
    const twice = {
      ...model,
      backgroundByStep: new Map([
        [first!.id, [shared]],
        [second!.id, [shared]],
      ]),
    };
    expect(stepIdForEvent(twice, shared.id)).toBe(first!.id);
  });
});

describe('stepIndexOf', () => {
  it('gives each step its position in the story', () => {
    const model = realStoryModel();
    model.steps.forEach((step, index) => expect(stepIndexOf(model, step.id)).toBe(index));
  });

  it('gives nothing for background or an unknown id', () => {
    const model = realStoryModel();
    const background = [...model.backgroundByStep.values()][0]![0]!;
    expect(stepIndexOf(model, background.id)).toBeUndefined();
    expect(stepIndexOf(model, 'no-such-event')).toBeUndefined();
  });

  it('answers from the model it is given, not from an earlier one', () => {
    const model = realStoryModel();
    const [first, second] = model.steps;
    expect(stepIndexOf(model, second!.id)).toBe(1);
    expect(stepIndexOf({ ...model, steps: [second!] }, second!.id)).toBe(0);
    expect(stepIndexOf({ ...model, steps: [second!] }, first!.id)).toBeUndefined();
  });
});

describe('model-build', () => {
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
      expect(eventsAtPlace(model, 'k1-air-base').map((event) => event.id)).toEqual(['rocket-attack', 'embassy-attack']);
      expect(model.places).toHaveLength(2);
      expect(model.article.outlet).toBe('The Paper');
    });

    it('lists no events at a place no event names', () => {
      expect(eventsAtPlace(modelOf(), 'nowhere')).toEqual([]);
    });

    it("counts a movement's ends as places of its event", () => {
      const files = validFiles();
      files.story.events[2].movement = movement;
      expect(eventsAtPlace(modelOf(files), 'k1-air-base').map((event) => event.id)).toContain('embassy-attack');
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
});
