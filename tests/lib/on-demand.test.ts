import { describe, expect, it } from 'vitest';
import { loadFailure, onDemand } from '../../src/lib/on-demand.ts';

describe('onDemand', () => {
  it('does not load until first asked', () => {
    let loads = 0;
    onDemand(async () => ++loads);
    expect(loads).toBe(0);
  });

  it('loads once: later calls share the first load', async () => {
    let loads = 0;
    const load = onDemand(async () => ++loads);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(1);
    expect([first, second, loads]).toEqual([1, 1, 1]);
  });

  it('tries again after a failed load instead of remembering the failure', async () => {
    let attempts = 0;
    const load = onDemand(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return 'chunk';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('chunk');
    expect(attempts).toBe(2);
  });
});

describe('loadFailure', () => {
  it('names what could not be loaded and why', () => {
    expect(loadFailure('Save image', new Error('Failed to fetch'))).toBe(
      'Save image could not be loaded (Failed to fetch). Check the connection and reload the page.',
    );
  });
});
