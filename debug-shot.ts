import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
const [path, out, w, h, boxes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 800) } });
await page.addInitScript('window.__name = (fn) => fn');
page.on('console', (m) => { if (m.type() !== 'log') console.log('console', m.type(), m.text()); });
await page.goto('http://127.0.0.1:4182/maps/iraq/' + path);
await page.locator('#map[data-ready="true"][data-idle="true"]').waitFor({ state: 'attached', timeout: 60000 });
const info = await page.evaluate((boxes) => new Promise((resolve) => {
  const map = (window as any).situationMap;
  if (boxes) map.showCollisionBoxes = true;
  map.once('idle', () => resolve(map.queryRenderedFeatures().filter((f: any) => f.layer.type === 'symbol').map((f: any) => `${f.layer.id}: ${f.properties.label ?? f.properties.name ?? f.properties.symbol}`)));
  map.triggerRepaint();
}), boxes);
console.log(info);
await page.screenshot({ path: out });
await browser.close();
