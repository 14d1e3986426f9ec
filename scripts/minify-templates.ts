import type { Plugin } from 'vite';

/**
 * Shrinks whitespace inside Lit's css`` and html`` templates for the drop-in build. Rules are
 * conservative: CSS loses comments and the spaces around punctuation; HTML only folds runs of
 * white space into one space, which renders the same outside <pre> (we have none).
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'care-choice-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // A NUL byte cannot occur in our source, so it marks html`` templates while they are rewritten.
      /* eslint-disable no-control-regex */
      const out = code
        .replace(/\bcss`([^`]*)`/g, (_m, body: string) => `css\`${minifyCss(body)}\``)
        .replace(/\bhtml`/g, '\u0000html`')
        .replace(/\u0000html`((?:[^`\\]|\\.)*)`/g, (_m, body: string) => `html\`${body.replace(/\s+/g, ' ')}\``)
        .replace(/\u0000/g, '');
      /* eslint-enable no-control-regex */
      return { code: out, map: null };
    },
  };
}

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Escapes every non-ASCII character in the drop-in script as `\uXXXX`. The script is pasted onto
 * pages and served by hosts we do not control; a page or server that does not say UTF-8 would
 * otherwise turn "’" and "ñ" into mojibake. Our code has non-ASCII only inside string literals.
 */
export function asciiOnly(): Plugin {
  return {
    name: 'care-choice-ascii-only',
    // After minification, which would otherwise turn the escapes back into characters.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') {
          // \xHH for Latin-1 (Spanish accents), two bytes shorter than \uHHHH.
          // eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
          chunk.code = chunk.code.replace(/[^\x00-\x7f]/g, (ch) => {
            const code = ch.charCodeAt(0);
            return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
          });
        }
      }
    },
  };
}

/**
 * A second minifier pass with Terser over the default minifier's output: about 0.24 KB (gzip)
 * less for the drop-in, which every visitor of every agency site downloads. Only safe options:
 * the unsafe_* and pure_getters ones were measured at 6 bytes more saved, not worth the risk.
 */
export function squeeze(): Plugin {
  return {
    name: 'care-choice-squeeze',
    async generateBundle(_options, bundle) {
      const { minify } = await import('terser');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3 },
          mangle: true,
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
