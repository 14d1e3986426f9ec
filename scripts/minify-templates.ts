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
      const out = code
        .replace(/\bcss`([^`]*)`/g, (_m, body: string) => `css\`${minifyCss(body)}\``)
        .replace(/\bhtml`/g, '\u0000html`')
        .replace(/\u0000html`((?:[^`\\]|\\.)*)`/g, (_m, body: string) => `html\`${body.replace(/\s+/g, ' ')}\``)
        .replace(/\u0000/g, '');
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
