/**
 * Labels that stay on the map: after each move the map's edges (less a margin a label needs) go into the style's
 * global state, and a label whose point lies within that margin may only take an anchor that grows away from the
 * edge (see core/label-anchors.ts). Points carry their position as `lng`/`lat` properties for this, because
 * style expressions cannot read a feature's coordinates.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { anchorsAwayFromEdges, EDGE_ZONES, type AnchorOffset } from '../../scene/label-anchors.ts';
import { LABEL_ROOM } from '../../scene/style.ts';
import { onMoveEnd } from '../camera-moves.ts';

const LABEL_EDGES_STATE = 'labelEdges';
// The room a label needs (core/scene-style.ts): the animation overlay reads the same numbers.
const MARGIN_Y_PX = LABEL_ROOM.marginYPx;
const PX_PER_CHARACTER = LABEL_ROOM.pxPerCharacter;
const LONGEST_LINE_CHARACTERS = LABEL_ROOM.longestLineCharacters;
const LABEL_OFFSET_PX = LABEL_ROOM.offsetPx;
/** Before the first move is reported: every label has room everywhere. */
const NO_EDGES = { west: 0, lngPerPx: 0, width: 1e9, south: -1e9, north: 1e9 };

const watched = new WeakSet<MapLibreMap>();

/**
 * Keep the view's edges in the style's global state as the view moves (once per map). The map neither rotates
 * nor tilts, so longitude is linear across the screen: a point's distance to either side in pixels is
 * `(lng - west) / lngPerPx`.
 */
export function watchLabelEdges(map: MapLibreMap): void {
  if (watched.has(map)) return;
  watched.add(map);
  // The container's size, read when it changes only: read after each move, it forced a layout whenever the page had
  // changed since the last frame (a step's press changes the list and the card before the camera moves).
  let width = 0;
  let height = 0;
  const measure = () => {
    const container = map.getContainer();
    width = container.clientWidth;
    height = container.clientHeight;
  };
  const update = () => {
    const west = map.unproject([0, height / 2]).lng;
    const east = map.unproject([width, height / 2]).lng;
    const marginY = Math.min(MARGIN_Y_PX, height * LABEL_ROOM.marginYShare);
    map.setGlobalStateProperty(LABEL_EDGES_STATE, {
      west,
      lngPerPx: width > 0 ? (east - west) / width : 0,
      width,
      north: map.unproject([width / 2, marginY]).lat,
      south: map.unproject([width / 2, height - marginY]).lat,
    });
  };
  // Not on the end of a move the next step's camera interrupts (see camera-moves.ts): that one's end updates them.
  onMoveEnd(map, update);
  map.on('resize', () => {
    measure();
    update();
  });
  measure();
  update();
}

/**
 * A `text-variable-anchor-offset` value that picks, per feature, the given anchors that keep the label inside
 * the view (all of them, in order, away from the edges it is near; see core/label-anchors.ts).
 * @param single - only the first of them: for a label that an invisible copy must cover exactly (keep-clear)
 */
export function edgeAwareAnchors(anchors: readonly AnchorOffset[], { single = false } = {}): ExpressionSpecification {
  const edges = (key: keyof typeof NO_EDGES) => ['get', key, ['var', 'edges']];
  const lat = ['to-number', ['get', 'lat'], 0];
  const offsets = (list: readonly AnchorOffset[]) => [
    'literal',
    list.slice(0, single ? 1 : list.length).flatMap(([anchor, offset]) => [anchor, offset]),
  ];
  const needPx = [
    '+',
    LABEL_OFFSET_PX,
    ['*', PX_PER_CHARACTER, ['min', LONGEST_LINE_CHARACTERS, ['length', ['to-string', ['get', 'label']]]]],
  ];
  return [
    'let',
    'edges',
    ['coalesce', ['global-state', LABEL_EDGES_STATE], ['literal', NO_EDGES]],
    [
      'let',
      'fromWest',
      [
        'case',
        ['>', edges('lngPerPx'), 0],
        ['/', ['-', ['to-number', ['get', 'lng'], 0], edges('west')], edges('lngPerPx')],
        1e9,
      ],
      'need',
      needPx,
      [
        'let',
        'nearWest',
        ['<', ['var', 'fromWest'], ['var', 'need']],
        'nearEast',
        ['<', ['-', edges('width'), ['var', 'fromWest']], ['var', 'need']],
        [
          'let',
          'x',
          [
            'case',
            ['all', ['var', 'nearWest'], ['var', 'nearEast']],
            'narrow',
            ['var', 'nearWest'],
            'west',
            ['var', 'nearEast'],
            'east',
            'middle',
          ],
          'y',
          ['case', ['>', lat, edges('north')], 'north', ['<', lat, edges('south')], 'south', 'middle'],
          [
            'match',
            ['concat', ['var', 'x'], ' ', ['var', 'y']],
            ...EDGE_ZONES.flatMap((zone) => [`${zone.x} ${zone.y}`, offsets(anchorsAwayFromEdges(anchors, zone))]),
            offsets(anchors),
          ],
        ],
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
