import { describe, expect, it } from 'vitest';
import { validateStoryFiles, type ValidationIssue } from '../../src/story/validate.ts';
import { isHttpsUrl, safeHref, sourceHost, withoutTracking } from '../../src/story/sources.ts';
import { describeEstimate, placeLabel } from '../../src/story/describe.ts';
import { readStoryFiles } from '../../scripts/story-files.ts';
import { validFiles } from '../fixtures/story.ts';

function issuesOf(files: ReturnType<typeof validFiles>): ValidationIssue[] {
  return validateStoryFiles(files).issues;
}

/** The fixture's K-1 place and its rocket-attack event, the two items these tests break. */
const k1 = (files: ReturnType<typeof validFiles>) => files.areas['kirkuk.geojson'].features[0].properties;
const rocketAttack = (files: ReturnType<typeof validFiles>) => files.story.events[1];
const embassyAttack = (files: ReturnType<typeof validFiles>) => files.story.events[2];

const REUTERS = { outlet: 'Reuters', title: 'Main gate', date: '2019-12-31', url: 'https://example.com/reuters' };
const AP = { outlet: 'AP', title: 'Side gate', date: '2019-12-31', url: 'https://example.net/ap' };

describe('source URLs in the schema', () => {
  it('rejects a javascript: URL on a place, naming file, id and field', () => {
    const files = validFiles();
    k1(files).sources[0].url = 'javascript:alert(1)';
    // An invalid place is dropped, so the event naming it also reports it unknown: look for ours among them.
    expect(issuesOf(files)).toContainEqual(
      expect.objectContaining({
        file: 'kirkuk.geojson',
        id: 'k1-air-base',
        field: 'properties.sources.0.url',
        message: expect.stringMatching(/https:\/\/ URL \(got "javascript:alert\(1\)"\)/),
      }),
    );
  });

  it('rejects a data: URL on an event', () => {
    const files = validFiles();
    rocketAttack(files).sources[0].url = 'data:text/html,<script>alert(1)</script>';
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'events.json', id: 'rocket-attack', field: 'sources.0.url' }),
    ]);
  });

  it('rejects a plain http: URL', () => {
    const files = validFiles();
    rocketAttack(files).sources[0].url = 'http://example.org/k1';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'rocket-attack', field: 'sources.0.url' })]);
  });

  it('rejects a source that is not a URL at all', () => {
    const files = validFiles();
    rocketAttack(files).sources[0].url = 'Reuters, 27 December';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'rocket-attack', field: 'sources.0.url' })]);
  });

  it("rejects a javascript: URL as the article's own URL", () => {
    const files = validFiles();
    files.story.article.url = 'javascript:void(0)';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ file: 'events.json', field: 'article.url' })]);
  });

  it('requires an outlet and a title for every source', () => {
    const files = validFiles();
    delete rocketAttack(files).sources[0].outlet;
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'rocket-attack', field: 'sources.0.outlet' })]);
  });

  it('rejects a source date that is not a date', () => {
    const files = validFiles();
    rocketAttack(files).sources[0].date = 'last Friday';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'rocket-attack', field: 'sources.0.date' })]);
  });
});

describe('sources of an event', () => {
  it('requires at least one', () => {
    const files = validFiles();
    rocketAttack(files).sources = [];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ id: 'rocket-attack', field: 'sources', message: 'at least one source' }),
    ]);
  });

  it('does not count the article itself, known by its outlet and title', () => {
    const files = validFiles();
    const { title, outlet } = files.story.article;
    rocketAttack(files).sources = [{ outlet, title, url: 'https://example.org/the-article' }];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        file: 'events.json',
        id: 'rocket-attack',
        field: 'sources',
        message: 'needs at least one source besides the article itself',
      }),
    ]);
  });

  it('does not count the article itself, known by its URL even with tracking parameters', () => {
    const files = validFiles();
    files.story.article.url = 'https://example.org/the-article';
    rocketAttack(files).sources = [
      { outlet: 'Syndicated', title: 'Copy', url: 'https://example.org/the-article?utm_source=feed' },
    ];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ id: 'rocket-attack', message: 'needs at least one source besides the article itself' }),
    ]);
  });

  it('accepts the article among other sources', () => {
    const files = validFiles();
    const { title, outlet } = files.story.article;
    rocketAttack(files).sources.push({ outlet, title, url: 'https://example.org/the-article' });
    expect(issuesOf(files)).toEqual([]);
  });

  it('rejects a duplicate source, naming both positions', () => {
    const files = validFiles();
    rocketAttack(files).sources.push({ ...rocketAttack(files).sources[0], title: 'Again' });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        id: 'rocket-attack',
        field: 'sources.1.url',
        message: 'duplicate source: https://example.org/k1 is already listed as sources.0',
      }),
    ]);
  });

  it('treats a copy that differs only by tracking parameters as a duplicate', () => {
    const files = validFiles();
    rocketAttack(files).sources.push({ ...REUTERS, url: 'https://example.org/k1?fbclid=abc' });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        id: 'rocket-attack',
        field: 'sources.1.url',
        message: expect.stringMatching(/^duplicate source/),
      }),
    ]);
  });
});

describe('tracking parameters across the story', () => {
  it('rejects two events citing one page under URLs that differ only by tracking parameters', () => {
    const files = validFiles();
    embassyAttack(files).sources.push({ ...REUTERS, url: 'https://example.org/k1?utm_source=twitter&utm_medium=x' });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        file: 'events.json',
        id: 'embassy-attack',
        field: 'sources.1.url',
        message:
          'https://example.org/k1?utm_source=twitter&utm_medium=x differs only by tracking parameters from ' +
          'https://example.org/k1 (cited by "rocket-attack" in events.json): cite one URL, without tracking parameters',
      }),
    ]);
  });

  it('rejects an event and a place citing such variants', () => {
    const files = validFiles();
    rocketAttack(files).sources.push({ ...REUTERS, url: 'https://example.org/k1-air-base?gclid=1' });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'events.json', id: 'rocket-attack', field: 'sources.1.url' }),
    ]);
  });

  it('accepts two events citing exactly the same URL', () => {
    const files = validFiles();
    embassyAttack(files).sources.push({ ...REUTERS, url: 'https://example.org/k1' });
    expect(issuesOf(files)).toEqual([]);
  });

  it('accepts URLs that differ in a parameter that names the page', () => {
    const files = validFiles();
    rocketAttack(files).sources = [{ ...REUTERS, url: 'https://example.org/story?id=1' }];
    embassyAttack(files).sources = [{ ...AP, url: 'https://example.org/story?id=2' }];
    expect(issuesOf(files)).toEqual([]);
  });
});

describe('disputed claims', () => {
  const twoVersions = () => ({
    about: 'place',
    question: 'Which gate',
    versions: [
      { claim: 'the main gate', source: REUTERS.url },
      { claim: 'a side entrance used by cars', according_to: 'an AP reporter', source: AP.url },
    ],
  });

  it('accepts two versions from different sources listed by the event', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS, AP);
    embassyAttack(files).disputed = [twoVersions()];
    expect(issuesOf(files)).toEqual([]);
  });

  it('rejects a disputed block with one version, naming file, id and field', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS, AP);
    embassyAttack(files).disputed = [{ ...twoVersions(), versions: [twoVersions().versions[0]] }];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        file: 'events.json',
        id: 'embassy-attack',
        field: 'disputed.0.versions',
        message: 'a disputed claim needs at least two versions',
      }),
    ]);
  });

  it('rejects versions that all come from one source', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS);
    const claim = twoVersions();
    claim.versions[1]!.source = REUTERS.url;
    embassyAttack(files).disputed = [claim];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        id: 'embassy-attack',
        field: 'disputed.0.versions',
        message: 'a disputed claim needs versions from at least two different sources',
      }),
    ]);
  });

  it('counts a tracking-parameter copy of a source as the same source', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS);
    const claim = twoVersions();
    claim.versions[1]!.source = `${REUTERS.url}?utm_campaign=share`;
    embassyAttack(files).disputed = [claim];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        field: 'disputed.0.versions',
        message: expect.stringMatching(/two different sources/),
      }),
    ]);
  });

  it("rejects a version whose source is not among the event's sources", () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS);
    embassyAttack(files).disputed = [twoVersions()];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({
        id: 'embassy-attack',
        field: 'disputed.0.versions.1.source',
        message: expect.stringMatching(/^https:\/\/example\.net\/ap is not among this item's sources/),
      }),
    ]);
  });

  it('rejects a version whose source is not a URL', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS, AP);
    const claim = twoVersions();
    claim.versions[0]!.source = 'Reuters';
    embassyAttack(files).disputed = [claim];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ id: 'embassy-attack', field: 'disputed.0.versions.0.source' }),
    ]);
  });

  it('rejects a subject outside time, number, place, means and actor', () => {
    const files = validFiles();
    embassyAttack(files).sources.push(REUTERS, AP);
    embassyAttack(files).disputed = [{ ...twoVersions(), about: 'mood' }];
    expect(issuesOf(files)).toEqual([expect.objectContaining({ id: 'embassy-attack', field: 'disputed.0.about' })]);
  });

  it('checks disputed positions on places the same way', () => {
    const files = validFiles();
    k1(files).sources.push(REUTERS);
    k1(files).disputed = [{ ...twoVersions(), versions: [{ claim: 'here', source: REUTERS.url }] }];
    expect(issuesOf(files)).toContainEqual(
      expect.objectContaining({ file: 'kirkuk.geojson', id: 'k1-air-base', field: 'properties.disputed.0.versions' }),
    );
  });

  it("checks that a place's versions name its own sources", () => {
    const files = validFiles();
    k1(files).sources.push(REUTERS);
    k1(files).disputed = [twoVersions()];
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ id: 'k1-air-base', field: 'properties.disputed.0.versions.1.source' }),
    ]);
  });
});

describe('estimated places', () => {
  it('rejects reported_as on a place drawn as exact', () => {
    const files = validFiles();
    files.areas['baghdad.geojson'].features[0].properties.reported_as = 'central Baghdad';
    expect(issuesOf(files)).toContainEqual(
      expect.objectContaining({
        file: 'baghdad.geojson',
        id: 'us-embassy-baghdad',
        message: 'a place reported only vaguely (reported_as) must be approximate',
      }),
    );
  });

  it('says in the label what the sources actually report', () => {
    const label = placeLabel({
      name: 'Strike site',
      precision: 'approximate',
      radius_km: 50,
      reported_as: 'eastern Syria',
    });
    expect(label).toBe('Strike site\nestimated: reported only as “eastern Syria”');
  });

  it('labels an approximate place that is not an estimate with its radius', () => {
    expect(placeLabel({ name: 'K-1', precision: 'approximate', radius_km: 1.5 })).toBe('K-1\napprox. ±1.5 km');
  });

  it('labels an exact place with its name alone', () => {
    expect(placeLabel({ name: 'Pentagon', precision: 'exact' })).toBe('Pentagon');
  });

  it('has no estimate sentence for a place the sources locate', () => {
    expect(describeEstimate({})).toBeUndefined();
  });
});

describe('URL helpers', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://example.org/',
    '/relative/path',
    'https://',
    'ftp://x.org/',
  ])('does not accept %s as an https URL', (url) => {
    expect(isHttpsUrl(url)).toBe(false);
    expect(safeHref(url)).toBeUndefined();
  });

  it('rejects an https URL with a space in it', () => {
    expect(isHttpsUrl('https://example.org/a b')).toBe(false);
  });

  it('lets a well-formed https URL through as a link', () => {
    expect(safeHref('https://www.reuters.com/article/x')).toBe('https://www.reuters.com/article/x');
  });

  it('strips utm_*, fbclid and gclid and the fragment, keeping parameters that name the page', () => {
    expect(withoutTracking('https://a.org/p?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2#top')).toBe(
      'https://a.org/p?id=7',
    );
  });

  it.each([
    'utm_source',
    'fbclid',
    'gclid',
    'dclid',
    'gbraid',
    'wbraid',
    'msclkid',
    'yclid',
    'twclid',
    'igshid',
    'mc_cid',
    'mc_eid',
    '_hsenc',
    '_hsmi',
  ])('strips the tracking parameter %s', (name) => {
    expect(withoutTracking(`https://a.org/p?${name}=1`)).toBe('https://a.org/p');
  });

  it('strips tracking parameters whatever their case', () => {
    expect(withoutTracking('https://a.org/p?FBCLID=1&Gclid=2')).toBe('https://a.org/p');
  });

  it('leaves a string that is not a URL unchanged', () => {
    expect(withoutTracking('not a url')).toBe('not a url');
  });

  it('drops an empty fragment and keeps an empty query, as the URL serializer writes them', () => {
    expect(withoutTracking('https://a.org/p#')).toBe('https://a.org/p');
    expect(withoutTracking('https://a.org/p?')).toBe('https://a.org/p?');
    expect(withoutTracking('https://a.org/p?#x')).toBe('https://a.org/p?');
  });

  it('re-encodes the remaining parameters only when it removes one', () => {
    expect(withoutTracking('https://a.org/p?q=a%20b')).toBe('https://a.org/p?q=a%20b');
    expect(withoutTracking('https://a.org/p?q=a%20b&fbclid=1')).toBe('https://a.org/p?q=a+b');
  });

  it('normalizes a URL without query or fragment as the URL parser does', () => {
    expect(withoutTracking('HTTPS://A.org')).toBe('https://a.org/');
    expect(withoutTracking('https://a.org/x/../p')).toBe('https://a.org/p');
  });

  it('agrees with stripping through URLSearchParams and the hash setter, for URLs built from many pieces', () => {
    // The reference: always read the parameters and always clear the fragment.
    const reference = (url: string) => {
      const parsed = new URL(url);
      for (const name of [...parsed.searchParams.keys()]) {
        if (/^utm_/i.test(name) || name.toLowerCase() === 'fbclid') parsed.searchParams.delete(name);
      }
      parsed.hash = '';
      return parsed.href;
    };
    const pieces = ['/p', '?', '&', 'id=7', 'utm_source=x', 'fbclid=1', '#', 'top', '%20', '+', '=', 'a b', '%23', '/'];
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500; i++) {
      let url = 'https://a.org/';
      for (let n = Math.floor(next() * 8); n > 0; n--) url += pieces[Math.floor(next() * pieces.length)];
      expect(withoutTracking(url), url).toBe(reference(url));
    }
  });

  it('falls back to the whole string when it is not a URL', () => {
    expect(sourceHost('Reuters wire')).toBe('Reuters wire');
  });

  it('shortens a URL to its host without www', () => {
    expect(sourceHost('https://www.reuters.com/article/x')).toBe('reuters.com');
  });
});

describe('the real story', () => {
  const { files } = readStoryFiles();
  const result = validateStoryFiles(files);
  const events = result.ok ? result.data.story.events : [];

  it('is valid', () => {
    expect(result.issues).toEqual([]);
  });

  it('shows as disputed where the Marines’ Ospreys came from, K-1’s counts and attacker, and the strikes’ casualties', () => {
    const about = (id: string) => events.find((event) => event.id === id)?.disputed?.map((claim) => claim.about);
    expect(about('marines-to-embassy')).toEqual(['place']);
    expect(about('k1-rocket-attack')).toEqual(['number', 'number', 'actor']);
    expect(about('us-strikes-kataib-hezbollah')).toEqual(['number']);
    expect(about('embassy-attack')).toEqual(['place']);
  });

  it('says the Syrian strike sites are estimates', () => {
    const places = result.ok ? result.data.places : [];
    const syrian = places.filter((place) => place.properties.id.startsWith('kh-strike-syria'));
    expect(syrian.map((place) => place.properties.reported_as)).toEqual(['eastern Syria', 'eastern Syria']);
  });
});
