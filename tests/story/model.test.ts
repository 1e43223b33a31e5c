import { beforeEach, describe, expect, it } from 'vitest';
import { stepIdForEvent, stepIndexOf } from '../../src/story/model.ts';
import { realStoryModel } from '../story-data.ts';

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
