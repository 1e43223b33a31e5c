/**
 * Labels that stay on the map: after each move the map's edges (less a margin a label needs) go into the style's
 * global state, and a label whose point lies within that margin may only take an anchor that grows away from the
 * edge (see core/label-anchors.ts). Points carry their position as `lng`/`lat` properties for this, because
 * style expressions cannot read a feature's coordinates.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { anchorsAwayFromEdges, EDGE_ZONES, type AnchorOffset } from '../core/label-anchors.ts';

const LABEL_EDGES_STATE = 'labelEdges';
/** Room a label needs beside its point: about the longest line (16 ems at 12 px) across, two lines up or down. */
const MARGIN_X_PX = 200;
const MARGIN_Y_PX = 44;
/** Before the first move is reported: no point is near an edge. */
const NO_EDGES = { west: -1e9, east: 1e9, south: -1e9, north: 1e9 };

const watched = new WeakSet<MapLibreMap>();

/** Keep the edges in the style's global state as the view moves (once per map). */
export function watchLabelEdges(map: MapLibreMap): void {
  if (watched.has(map)) return;
  watched.add(map);
  const update = () => {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    // On a phone a fixed 200 px would cover the whole width: a label then only keeps off the nearer edge.
    const marginX = Math.min(MARGIN_X_PX, width * 0.3);
    const marginY = Math.min(MARGIN_Y_PX, height * 0.2);
    map.setGlobalStateProperty(LABEL_EDGES_STATE, {
      west: map.unproject([marginX, height / 2]).lng,
      east: map.unproject([width - marginX, height / 2]).lng,
      north: map.unproject([width / 2, marginY]).lat,
      south: map.unproject([width / 2, height - marginY]).lat,
    });
  };
  map.on('moveend', update);
  map.on('resize', update);
  update();
}

/**
 * A `text-variable-anchor-offset` value that picks, per feature, the given anchors that keep the label inside
 * the view (all of them, in order, away from the edges).
 * @param single - only the first of them: for a label that an invisible copy must cover exactly (keep-clear)
 */
export function edgeAwareAnchors(anchors: readonly AnchorOffset[], { single = false } = {}): ExpressionSpecification {
  const edge = (side: keyof typeof NO_EDGES) => ['get', side, ['var', 'edges']];
  const lng = ['to-number', ['get', 'lng'], 0];
  const lat = ['to-number', ['get', 'lat'], 0];
  const offsets = (list: readonly AnchorOffset[]) => [
    'literal',
    list.slice(0, single ? 1 : list.length).flatMap(([anchor, offset]) => [anchor, offset]),
  ];
  return [
    'let',
    'edges',
    ['coalesce', ['global-state', LABEL_EDGES_STATE], ['literal', NO_EDGES]],
    [
      'let',
      'x',
      ['case', ['<', lng, edge('west')], 'west', ['>', lng, edge('east')], 'east', 'middle'],
      'y',
      ['case', ['>', lat, edge('north')], 'north', ['<', lat, edge('south')], 'south', 'middle'],
      [
        'match',
        ['concat', ['var', 'x'], ' ', ['var', 'y']],
        ...EDGE_ZONES.flatMap((zone) => [`${zone.x} ${zone.y}`, offsets(anchorsAwayFromEdges(anchors, zone))]),
        offsets(anchors),
      ],
    ],
  ] as unknown as ExpressionSpecification;
}

/** The features, with each point's position also as `lng`/`lat` properties (for edgeAwareAnchors). */
export function withPositions<G extends Geometry, P>(data: FeatureCollection<G, P>): FeatureCollection<G, P> {
  return {
    ...data,
    features: data.features.map((feature): Feature<G, P> => {
      if (feature.geometry.type !== 'Point') return feature;
      const [lng, lat] = feature.geometry.coordinates;
      return { ...feature, properties: { ...feature.properties, lng, lat } };
    }),
  };
}
