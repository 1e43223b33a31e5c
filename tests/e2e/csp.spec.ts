/**
 * The built page carries a strict content security policy, and the browser enforces it. (Every other browser
 * test fails on a policy violation through the shared fixture.)
 */
import { test as plainTest, expect as plainExpect } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

test('the built page declares a policy without inline scripts or eval', async ({ page }) => {
  await openMap(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toMatch(/connect-src 'self'(;|$)/);
});

plainTest('the browser refuses an inline script and reports the violation', async ({ page }) => {
  await page.goto('');
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        }),
      ),
  );
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
  });
  plainExpect(await violation).toMatch(/^script-src/);
  plainExpect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
});

test("the page the build draws link-preview pictures in keeps the policy, and doesn't mount the app", async ({
  page,
}) => {
  await page.goto('?render-link-previews');
  await expect(page.locator('html')).toHaveAttribute('data-link-previews', 'ready');
  await expect(page.locator('#map')).toHaveCount(0);
  const picture = await page.evaluate(() => window.renderLinkPreview!('embassy-attack', ''));
  expect([picture.width, picture.height]).toEqual([1200, 675]);
  expect(picture.altText).toMatch(/^Map, 31 December 2019: /);
});
