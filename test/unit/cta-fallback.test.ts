import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, resolveConfig } from '../../src/engine/index.js';
import { es as spanishPack } from '../../src/engine/texts/es.js';
import { quizFallback } from '../../src/fallback/fallback-html.js';

// The quiz's fallback (what the playground copies and the build writes to dist/snippets) never
// shows the call to action without the line saying who provides it (#21.6), and a `{result}` in
// the address (#25.3) is left empty there, since without the script there is no result.

const en = defaultConfigs.en!;
/** The Spanish pack merged onto English, as the widget uses it. */
const es = resolveConfig(en, spanishPack).config;

describe('the call to action in the quiz fallback', () => {
  it('with agency-name: "Provided by X, which may offer paid care services." under the link, escaped', () => {
    const html = quizFallback(en, { ctaHref: 'tel:+15555550123', ctaLabel: 'Call us', agencyName: 'Harbor <Care>' });
    expect(html).toContain(
      '<p><a href="tel:+15555550123">Call us</a></p>\n<p>Provided by Harbor &#60;Care&#62;, which may offer paid care services.</p>',
    );
  });

  it('without agency-name: the generic line', () => {
    expect(quizFallback(en, { ctaHref: 'https://agency.example/' })).toContain(
      '</a></p>\n<p>This link goes to a care provider, who may offer paid services.</p>',
    );
  });

  it('in Spanish', () => {
    expect(quizFallback(es, { ctaHref: '/contact', agencyName: 'Harbor' })).toContain(
      '<p>Ofrecido por Harbor, que puede ofrecer servicios de cuidado pagados.</p>',
    );
  });

  it('no link, no line; the marker for a server keeps its place', () => {
    expect(quizFallback(en, { ctaHref: 'javascript:alert(1)', agencyName: 'Harbor' })).not.toContain('Provided by');
    expect(quizFallback(en)).toContain('<!--care-choice-cta-->');
    expect(quizFallback(en)).not.toContain('may offer paid');
  });

  it('{result} is left empty without the script, and cannot make a hostile link', () => {
    expect(quizFallback(en, { ctaHref: 'https://agency.example/contact?topic={result}', agencyName: 'H' })).toContain(
      '<a href="https://agency.example/contact?topic=">',
    );
    expect(quizFallback(en, { ctaHref: 'java{result}script:alert(1)', agencyName: 'H' })).not.toMatch(/href="javascript/i);
  });

  it('the WordPress plugin prints the same lines (src/engine/texts)', () => {
    const php = readFileSync('wordpress/includes/renderer.php', 'utf8');
    for (const pack of [en, es]) {
      const strings = pack.strings as Record<string, string>;
      expect(php).toContain(`'${pack.lang}' => array( '${strings['cta.disclosure']}', '${strings['cta.disclosure.generic']}' )`);
    }
  });
});
