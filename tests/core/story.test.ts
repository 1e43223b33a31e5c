import { describe, expect, it } from 'vitest';
import { stepIdForEvent } from '../../src/core/story.ts';
import { realStoryModel } from '../story-data.ts';

describe('stepIdForEvent', () => {
  const model = realStoryModel();

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
