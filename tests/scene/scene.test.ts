import { describe, expect, it } from 'vitest';
import { stepScene, type SceneRole } from '../../src/scene/scene.ts';
import { realStoryModel } from '../story-data.ts';

const roles = (features: { properties: { role: SceneRole } }[]) => features.map((feature) => feature.properties.role);
const indexOf = (model: ReturnType<typeof realStoryModel>, id: string) =>
  model.steps.findIndex((step) => step.id === id);

describe('step scenes (real story)', () => {
  it('ends a movement where its animation was heading: the last animated frame is at the end state', () => {
    const model = realStoryModel();
    for (const id of ['marines-to-embassy', 'airborne-battalion-to-kuwait']) {
      const scene = stepScene(model, indexOf(model, id));
      const unitAt = (t: number, reducedMotion: boolean) =>
        (scene.frame(t, reducedMotion).features.find((f) => f.properties.role === 'unit')!.geometry as GeoJSON.Point)
          .coordinates;
      const [lng, lat] = unitAt(1, true);
      const [nearLng, nearLat] = unitAt(0.9999, false);
      expect(nearLng).toBeCloseTo(lng!, 1);
      expect(nearLat).toBeCloseTo(lat!, 1);
    }
  });

  it('shows the same end state at t = 1 with or without reduced motion, for every step', () => {
    const model = realStoryModel();
    model.steps.forEach((_, index) => {
      const scene = stepScene(model, index);
      expect(scene.frame(1, false)).toEqual(scene.frame(1, true));
    });
  });

  it('is deterministic: two separately loaded models give the same frames', () => {
    // Two models, so the per-event cache cannot hand back the same object twice.
    const first = realStoryModel();
    const second = realStoryModel();
    const index = indexOf(first, 'marines-to-embassy');
    expect(stepScene(first, index).frame(0.4, false)).toEqual(stepScene(second, index).frame(0.4, false));
    expect(stepScene(first, index).frame(0.4, false)).not.toEqual(stepScene(first, index).frame(0.6, false));
  });

  it('moves the paratroopers from Pope Army Airfield to Kuwait with their label', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'airborne-battalion-to-kuwait'));
    const unitAt = (t: number) => scene.frame(t, false).features.find((f) => f.properties.role === 'unit')!;
    const start = unitAt(0.01).geometry as GeoJSON.Point;
    const end = unitAt(1).geometry as GeoJSON.Point;
    expect(start.coordinates[0]).toBeLessThan(-70);
    expect(end.coordinates[0]).toBeGreaterThan(45);
    expect(unitAt(0.5).properties.label).toMatch(/^2-504 PIR, ~700 paratroopers, C-17 · \d{1,2},\d{3} km$/);
    expect(unitAt(0.5).properties.symbol).toBe('us-airborne-infantry');
  });

  it('draws a movement frame as one trail, from the origin to the unit, and the unit', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'marines-to-embassy'));
    const frame = scene.frame(0.4, false).features;
    expect(roles(frame)).toEqual(['trail', 'unit']);
    const trail = (frame[0]!.geometry as GeoJSON.LineString).coordinates;
    const route = (
      scene.staticFeatures.features.find((f) => f.properties.role === 'route-planned')!.geometry as GeoJSON.LineString
    ).coordinates;
    expect(trail[0]).toEqual(route[0]);
    expect(trail.at(-1)).toEqual((frame[1]!.geometry as GeoJSON.Point).coordinates);
    expect(trail.length).toBeGreaterThan(2);
    expect(trail.length).toBeLessThan(route.length);
  });

  it('keeps every frame of every step to a handful of features: the map uploads one frame at a time', () => {
    const model = realStoryModel();
    model.steps.forEach((_, index) => {
      const scene = stepScene(model, index);
      for (let k = 0; k <= 20; k++) expect(scene.frame(k / 20, false).features.length).toBeLessThanOrEqual(20);
    });
  });

  it('draws the strikes one site after another', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'us-strikes-kataib-hezbollah'));
    const impacts = (t: number) => scene.frame(t, false).features.filter((f) => f.properties.role === 'impact').length;
    expect(impacts(0.05)).toBe(1);
    expect(impacts(0.5)).toBeGreaterThan(1);
    expect(impacts(0.5)).toBeLessThan(5);
    expect(impacts(1)).toBe(5);
  });

  it('keeps earlier events on the map in their end state, marked as past', () => {
    const model = realStoryModel();
    const last = stepScene(model, model.steps.length - 1).staticFeatures.features;
    expect(roles(last)).toContain('route-past');
    expect(roles(last).filter((role) => role === 'impact-past').length).toBeGreaterThanOrEqual(5);
  });

  it('has nothing from later steps at the first step', () => {
    const model = realStoryModel();
    const features = stepScene(model, 0).staticFeatures.features;
    expect(features.filter((feature) => feature.properties.role !== 'keep-clear')).toEqual([]);
  });

  it("reserves room for the current step's end-state unit, its label and its marks, invisibly", () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'embassy-attack'));
    const endMarks = scene.frame(1, true).features.filter((f) => ['unit', 'fire', 'crowd'].includes(f.properties.role));
    const reserved = scene.staticFeatures.features.filter((f) => f.properties.role === 'keep-clear');
    expect(reserved.map((f) => [f.properties.mirrors, f.properties.symbol, f.properties.label, f.geometry])).toEqual(
      endMarks.map((f) => [f.properties.role, f.properties.symbol, f.properties.label, f.geometry]),
    );
  });

  it('reserves no room at a step that draws nothing of its own', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'esper-pre-emptive-warning'));
    expect(roles(scene.staticFeatures.features)).not.toContain('keep-clear');
  });

  it('shows static arrows, not moving symbols, under reduced motion', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'marines-to-embassy'));
    expect(roles(scene.frame(0, true).features)).toContain('route-end');
    expect(roles(scene.frame(0.3, false).features)).not.toContain('route-end');
  });

  it('draws strikes without pulses under reduced motion, with pulses when animated', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'us-strikes-kataib-hezbollah'));
    expect(roles(scene.frame(0.05, false).features)).toContain('pulse');
    expect(roles(scene.frame(0.05, true).features)).not.toContain('pulse');
    expect(roles(scene.frame(0.05, true).features).filter((role) => role === 'impact')).toHaveLength(5);
  });
});

describe('attack animations (real story)', () => {
  it('rockets fly in from six points around the launch area, land as impacts, and leave past impacts', () => {
    const model = realStoryModel();
    const index = indexOf(model, 'k1-rocket-attack');
    const scene = stepScene(model, index);
    expect(scene.durationMs).toBe(3200);
    const end = roles(scene.frame(1, false).features);
    expect(end.filter((role) => role === 'rocket')).toHaveLength(6);
    expect(end.filter((role) => role === 'impact')).toHaveLength(6);
    const early = roles(scene.frame(0.1, false).features);
    expect(early).toContain('rocket-head');
    expect(early).not.toContain('impact');
    expect(roles(stepScene(model, index + 1).staticFeatures.features).filter((r) => r === 'impact-past')).toHaveLength(
      6,
    );
  });

  it('the crowd walks in to the gate, then the militia and the fire appear', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'embassy-attack'));
    expect(scene.durationMs).toBe(4000);
    const at = (t: number) => roles(scene.frame(t, false).features);
    expect(at(0.3).filter((role) => role === 'crowd')).toHaveLength(9);
    expect(at(0.3)).not.toContain('unit');
    expect(at(0.8)).toContain('unit');
    expect(at(0.8)).toContain('fire');
    expect(at(1)).toEqual(roles(scene.frame(0, true).features));
  });

  it('a statement has no animation and nothing moving', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'trump-holds-iran-responsible'));
    expect(scene.durationMs).toBe(0);
    expect(scene.frame(0.5, false).features).toEqual([]);
  });

  it('the brigade preparing to deploy is drawn as an anticipated unit, without animation', () => {
    const model = realStoryModel();
    const scene = stepScene(model, indexOf(model, 'brigade-prepares-to-deploy'));
    expect(scene.durationMs).toBe(0);
    expect(scene.frame(0, false).features.map((f) => f.properties.symbol)).toEqual(['us-airborne-brigade-anticipated']);
  });
});
