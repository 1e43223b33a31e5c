import { beforeEach, describe, expect, it } from 'vitest';
import {
  PAST_ROLES,
  ANIMATION_CACHE_SIZE,
  eventAnimation,
  shownAtStep,
  stepScene,
  stepStaticFeatures,
  storyStaticFeatures,
  withCurrentStatic,
  type SceneFeature,
  type SceneRole,
  type StepScene,
} from '../../src/scene/scene.ts';
import { folderModel, realStoryModel } from '../story-data.ts';
import { bearing, distance } from '@turf/turf';
import type { LineString, Point, Position } from 'geojson';
import type { StoryModel } from '../../src/story/model.ts';
import { generateStory } from '../../bench/generate-story.ts';

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

/**
 * Where the animated marks are over time: start, middle and end of each kind of animation (rockets, strikes,
 * the crowd, movements), checked against the places of the real story with geodesic distances and bearings.
 */
describe('scene-animations', () => {
  const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });
  const pointOf = (feature: SceneFeature) => (feature.geometry as Point).coordinates;
  const lineOf = (feature: SceneFeature) => (feature.geometry as LineString).coordinates;
  const withRole = (features: SceneFeature[], role: SceneRole) => features.filter((f) => f.properties.role === role);
  const placeAt = (model: StoryModel, id: string) => (model.placesById.get(id)!.geometry as Point).coordinates;

  function sceneOf(id: string) {
    const model = realStoryModel();
    const index = model.steps.findIndex((step) => step.id === id);
    return { model, index, scene: stepScene(model, index) };
  }

  describe('rocket attack on K-1', () => {
    // Built before each test (not when the file loads), so mutation testing sees which test runs which code.
    let model: StoryModel, scene: StepScene, target: Position, launchCenter: Position, radiusKm: number;
    beforeEach(() => {
      ({ model, scene } = sceneOf('k1-rocket-attack'));
      target = placeAt(model, 'k1-air-base');
      launchCenter = placeAt(model, 'k1-launch-area');
      radiusKm = model.placesById.get('k1-launch-area')!.properties.radius_km!;
    });
    const at = (t: number) => scene.frame(t, false).features;
    const rockets = (t: number) => withRole(at(t), 'rocket');

    it('launches each rocket from the rim of the launch area, six bearings 60° apart', () => {
      const origins = rockets(1).map((rocket) => lineOf(rocket)[0]!);
      expect(origins).toHaveLength(6);
      for (const origin of origins) expect(km(launchCenter, origin)).toBeCloseTo(radiusKm, 1);
      const bearings = origins.map((origin) => (bearing(launchCenter, origin) + 360) % 360);
      bearings.forEach((b, i) => expect(b).toBeCloseTo(20 + 60 * i, 0));
    });

    it('ends every rocket arc at the air base', () => {
      for (const rocket of rockets(1)) {
        const coordinates = lineOf(rocket);
        expect(km(coordinates.at(-1)!, target)).toBeLessThan(0.001);
      }
    });

    it('bends each arc away from the straight line between launch and target', () => {
      for (const rocket of rockets(1)) {
        const coordinates = lineOf(rocket);
        const start = coordinates[0]!;
        const middle = coordinates[Math.floor(coordinates.length / 2)]!;
        const straightMiddle: Position = [(start[0]! + target[0]!) / 2, (start[1]! + target[1]!) / 2];
        const chord = km(start, target);
        // The bend is a fixed share of the chord: clearly off the line, but not a loop.
        expect(km(middle, straightMiddle)).toBeGreaterThan(chord * 0.1);
        expect(km(middle, straightMiddle)).toBeLessThan(chord * 0.5);
      }
    });

    it('scatters the six impacts within a few hundred metres of the target, no two at the same spot', () => {
      const impacts = withRole(at(1), 'impact').map(pointOf);
      expect(impacts).toHaveLength(6);
      const distances = impacts.map((p) => km(target, p));
      for (const d of distances) {
        expect(d).toBeGreaterThan(0.2);
        expect(d).toBeLessThan(0.7);
      }
      expect(distances.map((d) => Math.round(d * 100) / 100)).toEqual([0.25, 0.45, 0.65, 0.25, 0.45, 0.65]);
      const keys = new Set(impacts.map((p) => p.join(',')));
      expect(keys.size).toBe(6);
    });

    it('spreads the impacts round the target, 57° apart', () => {
      const impacts = withRole(at(1), 'impact').map(pointOf);
      impacts.forEach((p, i) => {
        const turned = ((((bearing(target, p) - i * 57) % 360) + 540) % 360) - 180;
        expect(turned).toBeCloseTo(0, 0);
      });
    });

    it('at t = 0 nothing has launched: every rocket dim, no heads, no pulses, no impacts', () => {
      const features = at(0);
      expect(withRole(features, 'rocket').map((r) => r.properties.strength)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(withRole(features, 'rocket-head')).toEqual([]);
      expect(withRole(features, 'pulse')).toEqual([]);
      expect(withRole(features, 'impact')).toEqual([]);
    });

    it('launches the rockets one after another over the first 35% of the step', () => {
      // Rocket i leaves at t = i / 6 * 0.35.
      const launched = (t: number) => rockets(t).filter((r) => r.properties.strength === 0.5).length;
      expect(launched(0.01)).toBe(1);
      expect(launched(0.06)).toBe(2);
      expect(launched(0.3)).toBe(6);
      expect(launched(0.05)).toBe(1);
    });

    it('moves a rocket head along its arc: halfway through its flight it is near the middle of the arc', () => {
      // Rocket 0 flies from t = 0 to t = 0.45.
      const head = withRole(at(0.225), 'rocket-head')[0]!;
      expect(head.properties.strength).toBe(1);
      const arc = lineOf(rockets(0.225)[0]!);
      const total = km(arc[0]!, target);
      const fromLaunch = km(arc[0]!, pointOf(head));
      const toTarget = km(pointOf(head), target);
      expect(fromLaunch / (fromLaunch + toTarget)).toBeCloseTo(0.5, 1);
      expect(fromLaunch).toBeLessThan(total);
    });

    it('lands a rocket after 45% of the step: its head is gone and a pulse rises at its impact', () => {
      const justBefore = at(0.449);
      expect(withRole(justBefore, 'pulse')).toEqual([]);
      expect(withRole(justBefore, 'rocket-head').length).toBeGreaterThan(0);
      const landed = at(0.46);
      const pulses = withRole(landed, 'pulse');
      expect(pulses).toHaveLength(1);
      expect(pointOf(pulses[0]!)).toEqual(withRole(at(1), 'impact').map(pointOf)[0]);
      expect(pulses[0]!.properties.strength).toBeGreaterThan(0);
      expect(pulses[0]!.properties.strength).toBeLessThan(0.2);
    });

    it('swells a pulse to full strength half a step-length after landing, then lets it fade', () => {
      // Rocket 0's pulse runs from t = 0.45 to 0.95 and peaks at 0.7.
      const strengthOfFirst = (t: number) => withRole(at(t), 'pulse')[0]!.properties.strength!;
      expect(strengthOfFirst(0.7)).toBeCloseTo(1, 5);
      expect(strengthOfFirst(0.575)).toBeCloseTo(Math.SQRT1_2, 5);
      expect(strengthOfFirst(0.95)).toBeCloseTo(0, 5);
      expect(strengthOfFirst(0.96)).toBe(0);
    });

    it('cuts the last pulse off at the end of the step rather than running past it', () => {
      // Rocket 5 lands at t = 5/6 * 0.35 + 0.45 ≈ 0.742; its pulse would run to 1.242, but stops at t = 1.
      const last = (t: number) => withRole(at(t), 'pulse')[5]!.properties.strength!;
      const landing = (5 / 6) * 0.35 + 0.45;
      expect(last((landing + 1) / 2)).toBeCloseTo(1, 5);
      expect(last(0.999)).toBeLessThan(0.02);
    });

    it('has every rocket landed by t = 0.75: no heads left, six pulses', () => {
      expect(withRole(at(0.75), 'rocket-head')).toEqual([]);
      expect(withRole(at(0.75), 'pulse')).toHaveLength(6);
      expect(rockets(0.75).every((r) => r.properties.strength === 0.5)).toBe(true);
    });

    it('leaves the impacts on the map as past impacts at their positions', () => {
      const next = stepScene(model, model.steps.findIndex((s) => s.id === 'k1-rocket-attack') + 1);
      const past = withRole(next.staticFeatures.features, 'impact-past').map(pointOf);
      expect(past).toEqual(withRole(at(1), 'impact').map(pointOf));
    });
  });

  describe('strikes on Kataib Hezbollah', () => {
    let model: StoryModel, scene: StepScene;
    beforeEach(() => ({ model, scene } = sceneOf('us-strikes-kataib-hezbollah')));
    const sites = [
      'kh-strike-iraq-1',
      'kh-strike-iraq-2',
      'kh-strike-iraq-3',
      'kh-strike-syria-1',
      'kh-strike-syria-2',
    ];
    const at = (t: number) => scene.frame(t, false).features;

    it('takes 0.7 s per site plus 0.8 s', () => {
      expect(scene.durationMs).toBe(700 * 5 + 800);
    });

    it('hits the sites in order, each at its own place, one every 17% of the step', () => {
      // With five sites each slot is 0.85 / 5 = 0.17.
      expect(withRole(at(0), 'impact').map(pointOf)).toEqual([placeAt(model, sites[0]!)]);
      expect(withRole(at(0.169), 'impact')).toHaveLength(1);
      expect(withRole(at(0.17), 'impact').map(pointOf)).toEqual(sites.slice(0, 2).map((id) => placeAt(model, id)));
      expect(withRole(at(0.679), 'impact')).toHaveLength(4);
      expect(withRole(at(0.68), 'impact').map(pointOf)).toEqual(sites.map((id) => placeAt(model, id)));
    });

    it('pulses each impact with a bump that starts at 0, peaks and is gone after 2.2 slots', () => {
      const firstPulse = (t: number) => withRole(at(t), 'pulse')[0]!;
      expect(pointOf(firstPulse(0.1))).toEqual(placeAt(model, sites[0]!));
      expect(firstPulse(0).properties.strength).toBe(0);
      const slot = 0.17;
      expect(firstPulse(1.1 * slot).properties.strength).toBeCloseTo(1, 5);
      expect(firstPulse(0.55 * slot).properties.strength).toBeCloseTo(Math.SQRT1_2, 5);
      expect(firstPulse(2.2 * slot + 0.001).properties.strength).toBe(0);
    });

    it("ends the last site's pulse at the end of the step", () => {
      // Site 5 starts at 0.68; its bump would run to 1.054 but is cut to [0.68, 1].
      const lastPulse = (t: number) => withRole(at(t), 'pulse')[4]!.properties.strength!;
      expect(lastPulse(0.84)).toBeCloseTo(1, 5);
      expect(lastPulse(0.999)).toBeLessThan(0.01);
    });

    it('shows one pulse per impact while animating', () => {
      expect(withRole(at(0.5), 'pulse')).toHaveLength(withRole(at(0.5), 'impact').length);
    });

    it('leaves every site as a past impact for later steps', () => {
      const later = stepScene(model, model.steps.length - 1).staticFeatures.features;
      const past = withRole(later, 'impact-past').map(pointOf);
      for (const id of sites) expect(past).toContainEqual(placeAt(model, id));
    });
  });

  describe('the embassy attack: the crowd', () => {
    let model: StoryModel, scene: StepScene, gate: Position, fire: Position, compound: Position;
    beforeEach(() => {
      ({ model, scene } = sceneOf('embassy-attack'));
      gate = placeAt(model, 'embassy-side-gate');
      fire = placeAt(model, 'embassy-reception-area');
      const ring = (model.placesById.get('us-embassy-baghdad')!.geometry as GeoJSON.Polygon).coordinates[0]!.slice(
        0,
        -1,
      );
      compound = [ring.reduce((s, p) => s + p[0]!, 0) / ring.length, ring.reduce((s, p) => s + p[1]!, 0) / ring.length];
    });
    const at = (t: number) => scene.frame(t, false).features;
    const crowd = (t: number) => withRole(at(t), 'crowd').map(pointOf);

    it('starts the crowd 0.9 to 1.4 km out from the gate, on the side away from the compound', () => {
      const outward = bearing(compound, gate);
      const starts = crowd(0);
      expect(starts).toHaveLength(9);
      expect(starts.map((p) => Math.round(km(gate, p) * 100) / 100)).toEqual([
        0.9, 1.15, 1.4, 0.9, 1.15, 1.4, 0.9, 1.15, 1.4,
      ]);
      const offsets = starts.map((p) => ((bearing(gate, p) - outward + 540) % 360) - 180);
      offsets.forEach((offset, i) => expect(offset).toBeCloseTo((i - 4) * 9, 0));
    });

    it('gathers the crowd within 30 to 70 m of the gate, fanned out around the outward bearing', () => {
      const outward = bearing(compound, gate);
      const gathered = crowd(1);
      expect(gathered.map((p) => Math.round(km(gate, p) * 1000))).toEqual([30, 50, 70, 30, 50, 70, 30, 50, 70]);
      const offsets = gathered.map((p) => ((bearing(gate, p) - outward + 540) % 360) - 180);
      offsets.forEach((offset, i) => expect(offset).toBeCloseTo((i - 4) * 20, 0));
    });

    it('walks each person in a straight line: at 35% of the step halfway, at 70% arrived', () => {
      const starts = crowd(0);
      const gathered = crowd(1);
      crowd(0.35).forEach((p, i) => {
        expect(p[0]).toBeCloseTo((starts[i]![0]! + gathered[i]![0]!) / 2, 9);
        expect(p[1]).toBeCloseTo((starts[i]![1]! + gathered[i]![1]!) / 2, 9);
      });
      crowd(0.7).forEach((p, i) => {
        expect(p[0]).toBeCloseTo(gathered[i]![0]!, 9);
        expect(p[1]).toBeCloseTo(gathered[i]![1]!, 9);
      });
      expect(crowd(0.9)).toEqual(crowd(0.7));
    });

    it('brings the militia to the gate only once the crowd has arrived', () => {
      expect(withRole(at(0.699), 'unit')).toEqual([]);
      const militia = withRole(at(0.7), 'unit');
      expect(militia).toHaveLength(1);
      expect(pointOf(militia[0]!)).toEqual(gate);
      expect(militia[0]!.properties).toMatchObject({ symbol: 'militia', label: 'Kataib Hezbollah supporters' });
    });

    it('sets the reception area on fire at half strength, flaring to full and back by the end', () => {
      const fireAt = (t: number) => withRole(at(t), 'fire');
      expect(fireAt(0.699)).toEqual([]);
      expect(pointOf(fireAt(0.7)[0]!)).toEqual(fire);
      expect(fireAt(0.7)[0]!.properties.label).toBe('Reception area set on fire');
      expect(fireAt(0.7)[0]!.properties.strength).toBeCloseTo(0.5, 5);
      expect(fireAt(0.85)[0]!.properties.strength).toBeCloseTo(1, 5);
      expect(fireAt(0.999)[0]!.properties.strength).toBeLessThan(0.52);
      expect(fireAt(1)[0]!.properties.strength).toBe(1);
    });

    it('leaves the burned reception area on the map for later steps', () => {
      const index = model.steps.findIndex((s) => s.id === 'embassy-attack');
      const past = withRole(stepScene(model, index + 1).staticFeatures.features, 'impact-past');
      expect(past.filter((f) => f.properties.label === 'Reception area burned').map(pointOf)).toEqual([fire]);
    });

    it('draws neither the fire nor a burned area when the attack names no building', () => {
      const base = realStoryModel();
      const event = base.steps.find((s) => s.id === 'embassy-attack')!;
      const withoutBuilding = { ...event, places: event.places.filter((id) => id !== 'embassy-reception-area') };
      const model2: StoryModel = { ...base, steps: [withoutBuilding, base.steps[1]!] };
      const end = stepScene(model2, 0).frame(1, true).features;
      expect(withRole(end, 'fire')).toEqual([]);
      expect(withRole(end, 'crowd')).toHaveLength(9);
      expect(withRole(stepScene(model2, 0).frame(0.9, false).features, 'fire')).toEqual([]);
      expect(stepScene(model2, 1).staticFeatures.features.filter((f) => f.properties.role === 'impact-past')).toEqual(
        [],
      );
    });
  });

  describe('map labels come from the story’s data', () => {
    const unlabelled = (id: string) => {
      const base = realStoryModel();
      const event = { ...base.steps.find((s) => s.id === id)!, map_labels: undefined };
      return { model: { ...base, steps: [event, base.steps[0]!] } as StoryModel, event };
    };
    const labelsOf = (features: SceneFeature[]) => features.map((f) => f.properties).filter((p) => 'label' in p);

    it('draws the crowd’s actor, the fire and the burned building unlabelled when the event gives no labels', () => {
      const { model } = unlabelled('embassy-attack');
      expect(labelsOf(stepScene(model, 0).frame(1, true).features)).toEqual([]);
      expect(labelsOf(stepScene(model, 0).frame(0.8, false).features)).toEqual([]);
      expect(withRole(stepScene(model, 0).frame(1, true).features, 'unit')).toHaveLength(1);
      expect(withRole(stepScene(model, 0).frame(1, true).features, 'fire')).toHaveLength(1);
      const burned = withRole(stepScene(model, 1).staticFeatures.features, 'impact-past');
      expect(burned).toHaveLength(1);
      expect(labelsOf(burned)).toEqual([]);
    });

    it('uses each label the event gives, and only that one', () => {
      const { model, event } = unlabelled('embassy-attack');
      model.steps = [{ ...event, map_labels: { fire: 'F' } }, model.steps[1]!];
      const end = stepScene(model, 0).frame(1, true).features;
      expect(labelsOf(end)).toEqual([{ role: 'fire', strength: 1, label: 'F' }]);
    });

    it('leaves the anticipated unit unlabelled without a label', () => {
      const { model } = unlabelled('brigade-prepares-to-deploy');
      expect(
        stepScene(model, 0)
          .frame(0, false)
          .features.map((f) => f.properties),
      ).toEqual([{ role: 'unit', symbol: 'us-airborne-brigade-anticipated' }]);
    });
  });

  describe('movements', () => {
    let model: StoryModel, index: number, scene: StepScene;
    beforeEach(() => ({ model, index, scene } = sceneOf('marines-to-embassy')));
    const at = (t: number) => scene.frame(t, false).features;

    it('runs 4.5 s and shows the planned route, labelled with the unit and rounded distance, while current', () => {
      expect(scene.durationMs).toBe(4500);
      const planned = withRole(scene.staticFeatures.features, 'route-planned');
      expect(planned).toHaveLength(1);
      expect(planned[0]!.properties.label).toMatch(/^SPMAGTF-CR-CC, ~100 Marines, MV-22 Osprey · \d+ km$/);
    });

    it('starts the unit at the origin and ends it at the destination (a polygon: the mean of its vertices)', () => {
      const origin = placeAt(model, 'kuwait-us-bases');
      const ring = (model.placesById.get('us-embassy-baghdad')!.geometry as GeoJSON.Polygon).coordinates[0]!.slice(
        0,
        -1,
      );
      const mean: Position = [
        ring.reduce((s, p) => s + p[0]!, 0) / ring.length,
        ring.reduce((s, p) => s + p[1]!, 0) / ring.length,
      ];
      const unitAt = (t: number) => pointOf(withRole(at(t), 'unit')[0]!);
      expect(km(unitAt(0), origin)).toBeLessThan(0.01);
      expect(km(unitAt(1), mean)).toBeLessThan(0.01);
      const end = withRole(at(1), 'route-end')[0]!;
      expect(km(pointOf(end), mean)).toBeLessThan(0.01);
    });

    it('points the unit and the end arrow along the way it travels (north-west, Kuwait to Baghdad)', () => {
      const moving = withRole(at(0.5), 'unit')[0]!;
      expect(moving.properties.bearing).toBeGreaterThan(-80);
      expect(moving.properties.bearing).toBeLessThan(-10);
      const end = withRole(at(1), 'route-end')[0]!;
      expect(end.properties.bearing).toBeGreaterThan(-90);
      expect(end.properties.bearing).toBeLessThan(0);
      expect(withRole(at(1), 'unit')[0]!.properties.symbol).toBe('us-marine-infantry');
    });

    it('draws the trail behind the unit while it moves and the whole route as trail at the end', () => {
      expect(withRole(at(0.5), 'trail').length).toBeGreaterThan(0);
      const endTrail = withRole(at(1), 'trail');
      expect(endTrail).toHaveLength(1);
      expect(endTrail[0]!.properties.label).toBe(
        withRole(scene.staticFeatures.features, 'route-planned')[0]!.properties.label,
      );
    });

    it('once over, keeps the route as past and the unit at the destination under its short name', () => {
      const later = stepScene(model, index + 1).staticFeatures.features;
      expect(withRole(later, 'route-past')).toHaveLength(1);
      const units = withRole(later, 'unit');
      expect(units.map((u) => u.properties.label)).toContain('SPMAGTF-CR-CC');
      expect(units.find((u) => u.properties.label === 'SPMAGTF-CR-CC')!.properties.symbol).toBe('us-marine-infantry');
    });

    it('draws nothing for a movement whose place is unknown', () => {
      const base = realStoryModel();
      const event = base.steps.find((s) => s.id === 'marines-to-embassy')!;
      const lost = { ...event, movement: { ...event.movement!, destination: 'nowhere' } };
      const scene2 = stepScene({ ...base, steps: [lost] }, 0);
      expect(scene2.durationMs).toBe(0);
      expect(scene2.frame(1, true).features).toEqual([]);
    });
  });

  describe('rocket attack without an air base', () => {
    it('aims the rockets at the centre of the launch area', () => {
      const base = realStoryModel();
      const event = base.steps.find((s) => s.id === 'k1-rocket-attack')!;
      const noBase = { ...event, places: ['k1-launch-area', 'kirkuk'] };
      const scene = stepScene({ ...base, steps: [noBase] }, 0);
      const center = placeAt(base, 'k1-launch-area');
      for (const rocket of withRole(scene.frame(1, true).features, 'rocket'))
        expect(km(lineOf(rocket).at(-1)!, center)).toBeLessThan(0.001);
    });
  });

  describe('which animation an event gets', () => {
    const eventById = (model: StoryModel, id: string) => model.steps.find((s) => s.id === id)!;
    const alone = (model: StoryModel, event: StoryModel['steps'][number]) => stepScene({ ...model, steps: [event] }, 0);

    it('works out an event’s animation once and hands back the same one after', () => {
      const model = realStoryModel();
      const event = eventById(model, 'k1-rocket-attack');
      expect(eventAnimation(model, event)).toBe(eventAnimation(model, event));
    });

    it('keeps only the animations built last: a long story does not hold every step’s routes', () => {
      const model = realStoryModel();
      const event = eventById(model, 'k1-rocket-attack');
      const first = eventAnimation(model, event);
      // Copies are other events to the cache, as another story's events would be.
      for (let i = 0; i < ANIMATION_CACHE_SIZE; i++) eventAnimation(model, { ...event });
      expect(eventAnimation(model, event)).not.toBe(first);
    });

    it('keeps an animation asked for again among the newest', () => {
      const model = realStoryModel();
      const event = eventById(model, 'k1-rocket-attack');
      const first = eventAnimation(model, event);
      for (let i = 0; i < ANIMATION_CACHE_SIZE; i++) {
        eventAnimation(model, { ...event });
        eventAnimation(model, event);
      }
      expect(eventAnimation(model, event)).toBe(first);
    });

    it('aims the rockets at the air base when there is one, not at the launch area', () => {
      const model = realStoryModel();
      const base = model.placesById.get('k1-air-base')!;
      const moved = { ...base, geometry: { type: 'Point' as const, coordinates: [44.35, 35.45] as [number, number] } };
      const placesById = new Map(model.placesById).set('k1-air-base', moved);
      const scene = alone({ ...model, placesById }, eventById(model, 'k1-rocket-attack'));
      for (const rocket of withRole(scene.frame(1, true).features, 'rocket'))
        expect(km(lineOf(rocket).at(-1)!, [44.35, 35.45])).toBeLessThan(0.001);
    });

    it('puts rockets 5 km out when the launch area has no radius', () => {
      const model = realStoryModel();
      const area = model.placesById.get('k1-launch-area')!;
      const noRadius = { ...area, properties: { ...area.properties, radius_km: undefined } };
      const placesById = new Map(model.placesById).set('k1-launch-area', noRadius);
      const scene = alone({ ...model, placesById }, eventById(model, 'k1-rocket-attack'));
      const center = placeAt(model, 'k1-launch-area');
      for (const rocket of withRole(scene.frame(1, true).features, 'rocket'))
        expect(km(center, lineOf(rocket)[0]!)).toBeCloseTo(5, 1);
    });

    it('ignores a place id it does not know and animates the rest', () => {
      const model = realStoryModel();
      const event = eventById(model, 'us-strikes-kataib-hezbollah');
      const scene = alone(model, { ...event, places: ['nowhere', ...event.places] });
      expect(withRole(scene.frame(1, true).features, 'impact')).toHaveLength(5);
    });

    it('draws nothing for a strike that names no strike site', () => {
      const model = realStoryModel();
      const event = eventById(model, 'us-strikes-kataib-hezbollah');
      const scene = alone(model, { ...event, places: ['al-qaim', 'abu-kamal'] });
      expect(scene.durationMs).toBe(0);
      expect(scene.frame(1, true).features).toEqual([]);
    });

    it('does not animate strike sites named by an event that is not a strike', () => {
      const model = realStoryModel();
      const event = eventById(model, 'trump-holds-iran-responsible');
      const scene = alone(model, { ...event, places: ['kh-strike-iraq-1', 'k1-launch-area'] });
      expect(scene.durationMs).toBe(0);
    });

    it('does not send a crowd to a gate named by a statement', () => {
      const model = realStoryModel();
      const event = eventById(model, 'trump-holds-iran-responsible');
      const scene = alone(model, { ...event, places: ['us-embassy-baghdad', 'embassy-side-gate'] });
      expect(scene.durationMs).toBe(0);
      expect(scene.frame(1, true).features).toEqual([]);
    });

    it('labels the anticipated brigade and leaves nothing behind once the step is over', () => {
      const model = realStoryModel();
      const index = model.steps.findIndex((s) => s.id === 'brigade-prepares-to-deploy');
      const [marker] = stepScene(model, index).frame(0, false).features;
      expect(marker!.properties).toEqual({
        role: 'unit',
        symbol: 'us-airborne-brigade-anticipated',
        label: 'Rest of the brigade (~3,000 more), preparing',
      });
      const before = stepScene(model, index).staticFeatures.features.filter((f) => f.properties.role !== 'keep-clear');
      const after = stepScene(model, index + 1).staticFeatures.features;
      expect(after).toEqual(before);
    });

    it('gives frames as GeoJSON: a FeatureCollection of Features', () => {
      const { scene } = sceneOf('k1-rocket-attack');
      const frame = scene.frame(0.5, false);
      expect(frame.type).toBe('FeatureCollection');
      expect(new Set(frame.features.map((f) => f.type))).toEqual(new Set(['Feature']));
      expect(scene.staticFeatures.type).toBe('FeatureCollection');
    });
  });

  describe('room kept clear for labels', () => {
    const keepClear = (id: string) =>
      sceneOf(id).scene.staticFeatures.features.filter((f) => f.properties.role === 'keep-clear');

    it('reserves the rocket impacts, as points, but not the rocket arcs', () => {
      const reserved = keepClear('k1-rocket-attack');
      expect(reserved.map((f) => f.properties.mirrors)).toEqual(Array(6).fill('impact'));
      expect(reserved.every((f) => f.geometry.type === 'Point')).toBe(true);
    });

    it('reserves the moving unit at its destination, not its arrow or its trail', () => {
      expect(keepClear('marines-to-embassy').map((f) => f.properties.mirrors)).toEqual(['unit']);
    });
  });
});

/**
 * The story's static marks, put on the map once and shown per step by a filter: at every step the filter and the
 * step's own fixed marks must show exactly what that step's scene holds as static (the past, the current fixed
 * parts, the keep-clear copies), each distinct mark once.
 */
describe('scene-static', () => {
  /** A feature without the step tag, for comparing with a step scene's own static features. */
  const untagged = ({ properties: { shownFrom: _from, ...rest }, ...feature }: SceneFeature) => ({
    ...feature,
    properties: rest,
  });
  /** Marks as a reader sees them: a mark drawn twice on the same spot is one mark. */
  const distinct = (features: readonly object[]) =>
    [...new Set(features.map((feature) => JSON.stringify(feature)))].sort();
  const indexOf = (model: ReturnType<typeof realStoryModel>, id: string) =>
    model.steps.findIndex((step) => step.id === id);

  describe('the story static marks', () => {
    it("show, filtered at each step and with the step's own fixed marks, exactly that step scene static marks", () => {
      const model = realStoryModel();
      const story = storyStaticFeatures(model).features;
      model.steps.forEach((_, index) => {
        const scene = stepScene(model, index);
        const left = story.filter((feature) => shownAtStep(feature.properties, index)).map(untagged);
        expect(distinct([...left, ...scene.currentStatic.features])).toEqual(distinct(scene.staticFeatures.features));
      });
    });

    it('hold each distinct past mark once, tagged with the first step that shows it', () => {
      const model = realStoryModel();
      const story = storyStaticFeatures(model).features;
      expect(distinct(story.map(untagged))).toHaveLength(story.length);
      const seen = new Set<string>();
      const perStep = model.steps.map((_, index) => stepStaticFeatures(model, index, seen));
      expect(perStep.flat()).toEqual(story);
    });

    it('skip a past point that an earlier step already left, and keep a new one', () => {
      const model = realStoryModel();
      const index = indexOf(model, 'k1-rocket-attack');
      const seen = new Set<string>();
      const first = stepStaticFeatures(model, index, seen);
      expect(first.length).toBeGreaterThan(0);
      // The same step again, as if a later step struck the same spots: nothing new is left.
      expect(stepStaticFeatures(model, index, seen)).toEqual([]);
      // Without the record of earlier marks, every mark is there.
      expect(stepStaticFeatures(model, index)).toEqual(first);
    });

    it('show a step past marks from the next step on, for good', () => {
      const model = realStoryModel();
      const index = indexOf(model, 'k1-rocket-attack');
      const past = stepStaticFeatures(model, index).filter((feature) => feature.properties.role === 'impact-past');
      expect(past).toHaveLength(6);
      for (const feature of past) {
        expect(shownAtStep(feature.properties, index)).toBe(false);
        expect(shownAtStep(feature.properties, index + 1)).toBe(true);
        expect(shownAtStep(feature.properties, model.steps.length - 1)).toBe(true);
      }
    });

    it("hold no step's keep-clear copies or planned route: the step shows its own with its frames", () => {
      const model = realStoryModel();
      const index = indexOf(model, 'airborne-battalion-to-kuwait');
      const roles = storyStaticFeatures(model).features.map((feature) => feature.properties.role);
      expect(roles).not.toContain('keep-clear');
      expect(roles).not.toContain('route-planned');
      const scene = stepScene(model, index);
      expect(scene.currentStatic.features.map((feature) => feature.properties.role).sort()).toEqual([
        'keep-clear',
        'route-planned',
      ]);
      const frame = scene.frame(1, false);
      expect(withCurrentStatic(scene, frame).features).toEqual([...scene.currentStatic.features, ...frame.features]);
    });
  });

  describe('PAST_ROLES', () => {
    // The map's static source has layers for these roles only: a mark of another role would never be drawn.
    it.each([
      ['the real story', realStoryModel],
      ['a synthetic story with every kind of animation', () => folderModel(generateStory(60))],
    ])('name every role of what the steps of %s leave behind', (_, model) => {
      const roles = new Set(storyStaticFeatures(model()).features.map((feature) => feature.properties.role));
      expect(roles.size).toBeGreaterThan(0);
      expect([...roles].filter((role) => !PAST_ROLES.includes(role))).toEqual([]);
    });
  });

  describe('shownAtStep', () => {
    it('shows a mark from its first step', () => {
      expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 3)).toBe(true);
    });

    it('hides a mark before its first step', () => {
      expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 2)).toBe(false);
    });

    it('shows a mark at every step after its first', () => {
      expect(shownAtStep({ role: 'unit', shownFrom: 3 }, 300)).toBe(true);
    });
  });

  describe('stepScene', () => {
    it('knows its step index', () => {
      const model = realStoryModel();
      expect(stepScene(model, 5).index).toBe(5);
    });

    it('builds its static features once, when first read', () => {
      const model = realStoryModel();
      const scene = stepScene(model, model.steps.length - 1);
      expect(scene.staticFeatures).toBe(scene.staticFeatures);
    });
  });
});

describe('an animation declared in the data', () => {
  it('wins over the one inferred from the places: a rocket attack declared "none" draws nothing', () => {
    const model = realStoryModel();
    const step = model.steps.find((s) => s.id === 'k1-rocket-attack')!;
    expect(eventAnimation(model, step)).not.toBeNull();
    const still = { ...step, animation: 'none' as const };
    expect(eventAnimation(model, still)).toBeNull();
  });

  it('draws nothing when the declared animation lacks its places (validation names it)', () => {
    const model = realStoryModel();
    const step = model.steps.find((s) => s.id === 'k1-rocket-attack')!;
    expect(eventAnimation(model, { ...step, animation: 'strikes' })).toBeNull();
  });
});
