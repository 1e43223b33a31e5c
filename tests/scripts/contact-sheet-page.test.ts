import { describe, expect, it } from 'vitest';
import { contactSheetHtml, escapeHtml, sheetViews } from '../../scripts/contact-sheet-page.ts';
import { realStoryModel } from '../story-data.ts';

describe('contact sheet views', () => {
  it('opens every step by its deep link, in story order, then the world view', () => {
    const model = realStoryModel();
    const views = sheetViews(model.steps);
    expect(views.map((view) => view.path)).toEqual([
      ...model.steps.map((step) => `?event=${step.id}`),
      `?event=${model.steps.at(-1)!.id}#1/25/0`,
    ]);
  });

  it('names the files so they sort in story order', () => {
    const names = sheetViews(realStoryModel().steps).map((view) => view.name);
    expect(names[0]).toBe('01-k1-rocket-attack');
    expect(names.at(-1)).toMatch(/^\d\d-world$/);
    expect([...names].sort()).toEqual(names);
  });

  it('captions each step with its date as the page writes it and its title', () => {
    const embassy = sheetViews(realStoryModel().steps).find((view) => view.name.endsWith('embassy-attack'))!;
    expect(embassy.date).toBe('31 December 2019');
    expect(embassy.title).toBe('Militia supporters storm the US Embassy in Baghdad');
  });

  it('has no views for a story without steps', () => {
    expect(sheetViews([])).toEqual([]);
  });
});

describe('contact sheet page', () => {
  const layout = { heading: 'Story', viewport: { width: 1280, height: 800 }, tileWidth: 640, columns: 3 };

  it('draws each tile at the given width with the screenshot’s proportions', () => {
    const html = contactSheetHtml([{ image: 'desktop/01-a.png', date: '1 January 2020', title: 'A' }], layout);
    expect(html).toContain('<img src="desktop/01-a.png" width="640" height="400"');
    expect(html).toContain('grid-template-columns: repeat(3, 640px)');
  });

  it('writes captions from the story as text, never as markup', () => {
    const html = contactSheetHtml(
      [{ image: 'a.png', date: '2 January 2020', title: 'Trump: "<b>held</b>" & more' }],
      layout,
    );
    expect(html).toContain('Trump: &quot;&lt;b&gt;held&lt;/b&gt;&quot; &amp; more');
    expect(html).not.toContain('<b>');
  });

  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });
});
