import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { onMoveEnd, startMove } from '../../src/map/camera-moves.ts';

/** A stand-in for a map: 'moveend' listeners, and whether a move is under way. */
function fakeMap() {
  const listeners: ((event: unknown) => void)[] = [];
  const map = {
    moving: false,
    on(type: string, listener: (event: unknown) => void) {
      if (type === 'moveend') listeners.push(listener);
      return map;
    },
    isMoving: () => map.moving,
    /** End the move under way, as MapLibre does (also when a new move interrupts it). */
    endMove(event: object = { type: 'moveend' }) {
      map.moving = false;
      for (const listener of listeners) listener(event);
    },
  };
  return map as typeof map & Pick<MapLibreMap, 'on' | 'isMoving'>;
}

/** Let the microtasks queued so far run. */
const afterTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A map in a move, whose ends are counted, and a started move that interrupts it (ending it and moving on),
 * after the task that started it.
 */
async function interruptedMove() {
  const map = fakeMap();
  const heard = { count: 0 };
  onMoveEnd(map, () => heard.count++);
  map.moving = true;
  startMove(map, () => {
    map.endMove();
    map.moving = true;
  });
  await afterTask();
  return { map, heard };
}

describe('a moveend listener', () => {
  it('hears a move that ends by itself', () => {
    const map = fakeMap();
    const heard: unknown[] = [];
    onMoveEnd(map, (event) => heard.push(event));
    map.moving = true;
    map.endMove({ type: 'moveend', n: 1 });
    expect(heard).toEqual([{ type: 'moveend', n: 1 }]);
  });

  it('does not hear the end of a move that a started move interrupts', async () => {
    const { heard } = await interruptedMove();
    expect(heard.count).toBe(0);
  });

  it('is not called inside the started move (after it, only when the map stopped)', () => {
    const map = fakeMap();
    let heard = 0;
    onMoveEnd(map, () => heard++);
    map.moving = true;
    startMove(map, () => map.endMove());
    expect(heard).toBe(0);
  });

  it('hears once, with its last event, a move of no duration that interrupted another', async () => {
    const map = fakeMap();
    const heard: unknown[] = [];
    onMoveEnd(map, (event) => heard.push(event));
    map.moving = true;
    startMove(map, () => {
      map.endMove({ type: 'moveend', n: 'interrupted' });
      map.endMove({ type: 'moveend', n: 'jumped' });
    });
    await afterTask();
    expect(heard).toEqual([{ type: 'moveend', n: 'jumped' }]);
  });

  it('hears the started move when it ends', async () => {
    const { map, heard } = await interruptedMove();
    map.endMove();
    expect(heard.count).toBe(1);
  });

  it('hears moves on other maps while one map starts a move', () => {
    const one = fakeMap();
    const other = fakeMap();
    let heard = 0;
    onMoveEnd(other, () => heard++);
    startMove(one, () => other.endMove());
    expect(heard).toBe(1);
  });
});
