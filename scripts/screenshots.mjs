// npm run screenshots: pictures of the widgets as visitors meet them, to open and look at.
// Builds, then renders the built drop-in script in headless Chromium at phone and desktop widths,
// in light, dark, forced colors and print, and writes PNGs to test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium, serveRepo } from './local-chromium.mjs';

const out = 'test-results/screenshots';
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });

const pages = {
  '/quiz': `<care-choice-quiz intro cta-href="tel:+15555550123" cta-label="Call us: 555-0123" agency-name="Harbor Care Partners"></care-choice-quiz>`,
  '/provider': `<care-choice>
      <care-choice-quiz no-result></care-choice-quiz>
      <care-choice-result cta-href="tel:+15555550123" cta-label="Call us: 555-0123" agency-name="Harbor Care Partners" report-href="mailto:web@harbor.example"></care-choice-result>
      <care-compare-table></care-compare-table>
    </care-choice>`,
  '/popup': `<h1>Harbor Care Partners</h1><p>We help families find the right care, at home and after a hospital stay.</p>
    <care-choice-quiz mode="popup" open="load" button-text="Not sure what help you need? Take the 2-minute quiz" cta-href="tel:+15555550123" cta-label="Call us: 555-0123" agency-name="Harbor Care Partners"></care-choice-quiz>
    <p>${'Some more of the agency page behind the dialog. '.repeat(40)}</p>`,
  '/table': `<h1>A blog article</h1><p>Some article text before the table.</p><care-compare-table highlight="care-manager"></care-compare-table>`,
};
const { server, base } = await serveRepo((url) => {
  const page = pages[url.pathname];
  if (!page) return undefined;
  const lang = /^[a-z]{2,3}$/.exec(url.searchParams.get('lang') ?? '')?.[0] ?? 'en';
  const theme = url.searchParams.get('theme');
  const body = theme ? page.replace(/<(care-choice-quiz|care-choice-result|care-compare-table)\b/g, `<$1 theme="${theme}"`) : page;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <style>body{margin:0;padding:12px;font:17px/1.55 system-ui,sans-serif;${theme === 'dark' ? 'background:#0b0f0e;color:#eee' : ''}}</style>
      <script src="/dist/care-choice.js"></script>${lang === 'en' ? '' : `<script src="/dist/care-choice.${lang}.js"></script>`}</head><body>${body}</body></html>`;
});

const browser = await launchChromium();

/** Clicks the first answer and Next in every quiz until each shows its result. */
async function finishQuizzes(page) {
  await page.evaluate(async () => {
    const tick = () => new Promise((r) => setTimeout(r, 30));
    for (const quiz of document.querySelectorAll('care-choice-quiz')) {
      for (let i = 0; i < 20; i++) {
        await tick();
        const root = quiz.shadowRoot;
        root.querySelector('[part~="start-button"]')?.click();
        await tick();
        if (!root.querySelector('fieldset input')) break;
        if (!root.querySelector('fieldset input:checked')) root.querySelectorAll('fieldset input')[1].click();
        await tick();
        root.querySelector('[part~="next-button"]').click();
      }
    }
    await tick();
  });
}

const shots = [];
async function shot(name, path, { width = 1024, media = [], print = false, finish = false, screen = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: screen && width < 500 ? 640 : 900 });
  // Straight to CDP: puppeteer refuses media features it does not know, such as forced-colors.
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: media });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 200));
  if (finish) await finishQuizzes(page);
  if (print) await page.emulateMediaType('print');
  await new Promise((r) => setTimeout(r, 300));
  if (screen) {
    // What the visitor sees on screen: a modal dialog sits over the viewport, not the page.
    const file = `${out}/${name}.png`;
    await page.screenshot({ path: file });
    shots.push(file);
    await page.close();
    return;
  }
  // Long pages in parts a person can read on screen (1200 px tall each).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0, top = 0; top < height; part++, top += 1200) {
    const file = `${out}/${name}${height > 1200 ? `-${part + 1}` : ''}.png`;
    await page.screenshot({ path: file, clip: { x: 0, y: top, width, height: Math.min(1200, height - top) }, captureBeyondViewport: true });
    shots.push(file);
  }
  await page.close();
}

for (const [width, label] of [
  [320, 'phone'],
  [1024, 'desktop'],
]) {
  await shot(`quiz-${label}`, '/quiz', { width });
  await shot(`quiz-result-${label}`, '/quiz', { width, finish: true });
  await shot(`provider-${label}`, '/provider', { width, finish: true });
  await shot(`table-${label}`, '/table', { width });
}
for (const [width, label] of [
  [320, 'phone'],
  [1024, 'desktop'],
]) {
  for (const theme of ['light', 'dark']) {
    await shot(`popup-${label}-${theme}`, `/popup?theme=${theme}`, { width, screen: true });
    await shot(`popup-result-${label}-${theme}`, `/popup?theme=${theme}`, { width, screen: true, finish: true });
  }
}
await shot('popup-forced-colors', '/popup', { screen: true, media: [{ name: 'forced-colors', value: 'active' }] });
await shot('provider-dark', '/provider?theme=dark', { finish: true });
await shot('quiz-result-dark-es', '/quiz?theme=dark&lang=es', { finish: true, width: 390 });
await shot('provider-forced-colors', '/provider', { finish: true, media: [{ name: 'forced-colors', value: 'active' }] });
await shot('quiz-forced-colors', '/quiz', { media: [{ name: 'forced-colors', value: 'active' }] });
await shot('provider-print', '/provider', { finish: true, print: true, width: 800 });
await browser.close();
server.close();
console.log(shots.join('\n'));
