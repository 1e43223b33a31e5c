import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, nextFrameDrawn } from '../../src/lib/after-frame.ts';

// Node has no frames: give it the globals, which the fake clock then drives (a frame every 16 ms).
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextFrame', () => {
  it('does not run the task before the next frame', () => {
    const task = vi.fn();
    afterNextFrame(task);
    vi.advanceTimersByTime(0);
    expect(task).not.toHaveBeenCalled();
  });

  it('runs the task after the next frame, not inside its callback', () => {
    const order: string[] = [];
    afterNextFrame(() => order.push('task'));
    requestAnimationFrame(() => order.push('a later frame callback'));
    vi.advanceTimersToNextFrame();
    expect(order).toEqual(['a later frame callback']);
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['a later frame callback', 'task']);
  });

  it('never runs a task cancelled before its frame', () => {
    const task = vi.fn();
    const cancel = afterNextFrame(task);
    cancel();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
  });

  it('never runs a task cancelled after its frame but before it ran', () => {
    const task = vi.fn();
    const cancel = afterNextFrame(task);
    vi.advanceTimersToNextFrame();
    cancel();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('nextFrameDrawn', () => {
  it('resolves after the next frame', async () => {
    const resolved = vi.fn();
    void nextFrameDrawn().promise.then(resolved);
    await vi.advanceTimersByTimeAsync(20); // a frame (16 ms), then the task it queued
    expect(resolved).toHaveBeenCalled();
  });

  it('never resolves once cancelled', async () => {
    const resolved = vi.fn();
    const turn = nextFrameDrawn();
    void turn.promise.then(resolved);
    turn.cancel();
    await vi.advanceTimersByTimeAsync(100);
    expect(resolved).not.toHaveBeenCalled();
  });
});
