/**
 * An animation frame as canvas operations: the marks the animated source's role layers draw, in their order and
 * with the shared styles, projected by the caller.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  drawOperations,
  labelEdgeZone,
  wrapLabel,
  type DrawingContext,
  type DrawOperation,
} from '../../src/scene/drawing.ts';
import type { SceneFeature, SceneProperties } from '../../src/scene/scene.ts';
import { DOTS, PULSES, ROCKET_LINE, ROUTE_LINES, UNIT_LABEL } from '../../src/scene/style.ts';

/** Degrees to pixels, 10 px a degree, north up: simple enough to check by hand. */
const context = (overrides: Partial<DrawingContext> = {}): DrawingContext => ({
  project: ([lng, lat]: Position) => [lng! * 10, -lat! * 10],
  view: { width: 1000, height: 800 },
  iconOffset: () => [2, -3],
  ...overrides,
});
const pointAt = (coordinates: Position, properties: SceneProperties): SceneFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});
const lineOf = (coordinates: Position[], properties: SceneProperties): SceneFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties,
});
const kinds = (operations: DrawOperation[]) => operations.map((operation) => operation.kind);

describe('drawOperations', () => {
  it('draws a trail as a projected line in the trail style', () => {
    const [line] = drawOperations(
      [
        lineOf(
          [
            [1, -2],
            [3, -4],
          ],
          { role: 'trail' },
        ),
      ],
      context(),
    );
    expect(line).toEqual({
      kind: 'line',
      points: [
        [10, 20],
        [30, 40],
      ],
      style: ROUTE_LINES.trail,
    });
  });

  it('draws a planned route solid and then dashed over it', () => {
    const operations = drawOperations(
      [
        lineOf(
          [
            [0, 0],
            [1, 1],
          ],
          { role: 'route-planned' },
        ),
      ],
      context(),
    );
    expect(operations.map((operation) => operation.kind === 'line' && operation.style.dash)).toEqual([
      undefined,
      [2, 3],
    ]);
  });

  it('fades a rocket by its strength', () => {
    const [rocket] = drawOperations(
      [
        lineOf(
          [
            [0, 0],
            [1, 1],
          ],
          { role: 'rocket', strength: 0.5 },
        ),
      ],
      context(),
    );
    expect(rocket).toMatchObject({
      kind: 'line',
      style: { dash: ROCKET_LINE.dash, opacity: ROCKET_LINE.opacity * 0.5 },
    });
  });

  it('draws nothing for a rocket not yet launched (strength 0)', () => {
    expect(
      drawOperations(
        [
          lineOf(
            [
              [0, 0],
              [1, 1],
            ],
            { role: 'rocket', strength: 0 },
          ),
        ],
        context(),
      ),
    ).toEqual([]);
  });

  it('grows and fades a pulse with its strength', () => {
    const [pulse] = drawOperations([pointAt([1, 1], { role: 'pulse', strength: 0.5 })], context());
    expect(pulse).toEqual({
      kind: 'circle',
      center: [10, -10],
      radius: PULSES.baseRadius + PULSES.growRadius * 0.5,
      color: PULSES.colors.pulse.color,
      opacity: PULSES.fillOpacity * 0.5,
      strokeColor: PULSES.colors.pulse.strokeColor,
      strokeWidth: PULSES.strokeWidth,
      strokeOpacity: 0.5,
    });
  });

  it('draws a fire as a glow, then a dot, then its label under it', () => {
    const operations = drawOperations([pointAt([1, 1], { role: 'fire', strength: 1, label: 'Burning' })], context());
    expect(kinds(operations)).toEqual(['circle', 'circle', 'text']);
    expect(operations[1]).toMatchObject({ radius: DOTS.fire.radius, color: DOTS.fire.color });
    expect(operations[2]).toMatchObject({ text: 'Burning', anchor: 'top' });
  });

  it('draws the layers in the map order whatever the feature order: lines, circles, arrows, units, labels', () => {
    const operations = drawOperations(
      [
        pointAt([5, 5], { role: 'unit', symbol: 'infantry', label: 'A unit' }),
        pointAt([5, 5], { role: 'route-end', bearing: 90 }),
        pointAt([2, 2], { role: 'impact' }),
        lineOf(
          [
            [0, 0],
            [1, 1],
          ],
          { role: 'trail' },
        ),
      ],
      context(),
    );
    expect(operations.map((operation) => ('image' in operation ? operation.image : operation.kind))).toEqual([
      'line',
      'circle',
      'route-arrow',
      'infantry',
      'text',
    ]);
  });

  it('turns the route arrow to its bearing', () => {
    const [arrow] = drawOperations([pointAt([5, 5], { role: 'route-end', bearing: 135 })], context());
    expect(arrow).toMatchObject({ kind: 'icon', rotate: 135, offset: [0, 12] });
  });

  it('places a unit symbol by its anchor offset', () => {
    const [icon] = drawOperations([pointAt([5, -5], { role: 'unit', symbol: 'infantry' })], context());
    expect(icon).toEqual({ kind: 'icon', center: [50, 50], image: 'infantry', offset: [2, -3], rotate: 0 });
  });

  it('draws no unit without a symbol', () => {
    expect(drawOperations([pointAt([5, -5], { role: 'unit', label: 'Nobody' })], context())).toEqual([]);
  });

  it('puts a unit label right of its symbol in the middle of the map', () => {
    const operations = drawOperations([pointAt([50, -40], { role: 'unit', symbol: 'a', label: 'Unit' })], context());
    expect(operations[1]).toEqual({
      kind: 'text',
      point: [500, 400],
      text: 'Unit',
      anchor: 'left',
      offset: [1.9 * UNIT_LABEL.size, 0],
      style: UNIT_LABEL,
    });
  });

  it('puts a unit label left of its symbol near the east edge', () => {
    const operations = drawOperations([pointAt([98, -40], { role: 'unit', symbol: 'a', label: 'Unit' })], context());
    expect(operations[1]).toMatchObject({ anchor: 'right', offset: [-1.9 * UNIT_LABEL.size, 0] });
  });
});

describe('labelEdgeZone', () => {
  const view = { width: 1000, height: 800 };
  // A 10-character label needs 24 + 6 · 10 = 84 px beside its point.
  it('is the middle away from every edge', () => {
    expect(labelEdgeZone([500, 400], 10, view)).toEqual({ x: 'middle', y: 'middle' });
  });

  it('is west within the label room of the west edge', () => {
    expect(labelEdgeZone([83, 400], 10, view).x).toBe('west');
    expect(labelEdgeZone([84, 400], 10, view).x).toBe('middle');
  });

  it('is east within the label room of the east edge', () => {
    expect(labelEdgeZone([917, 400], 10, view).x).toBe('east');
    expect(labelEdgeZone([916, 400], 10, view).x).toBe('middle');
  });

  it('is narrow when the map is too narrow for the label either side', () => {
    expect(labelEdgeZone([80, 400], 10, { width: 160, height: 800 }).x).toBe('narrow');
  });

  it('counts at most 34 characters of a long label', () => {
    // 24 + 6 · 34 = 228 px, for 80 characters as for 34.
    expect(labelEdgeZone([227, 400], 80, view).x).toBe('west');
    expect(labelEdgeZone([228, 400], 80, view).x).toBe('middle');
  });

  it('is north or south within 56 px of the top or bottom', () => {
    expect(labelEdgeZone([500, 55], 10, view).y).toBe('north');
    expect(labelEdgeZone([500, 56], 10, view).y).toBe('middle');
    expect(labelEdgeZone([500, 745], 10, view).y).toBe('south');
    expect(labelEdgeZone([500, 744], 10, view).y).toBe('middle');
  });

  it('keeps a middle on a short map: the vertical margin is at most a fifth of its height', () => {
    expect(labelEdgeZone([500, 25], 10, { width: 1000, height: 100 }).y).toBe('middle');
  });
});

describe('wrapLabel', () => {
  const measure = (line: string) => line.length * 10;

  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('two words', 100, measure)).toEqual(['two words']);
  });

  it('balances the lines of a label too wide for one', () => {
    // 29 characters, 290 px: two lines of about 145 px rather than a full line and a short one.
    expect(wrapLabel('aaaa bbbb cccc dddd eeee ffff', 200, measure)).toEqual(['aaaa bbbb cccc', 'dddd eeee ffff']);
  });

  it('never breaks a single word', () => {
    expect(wrapLabel('unbreakable', 50, measure)).toEqual(['unbreakable']);
  });
});
