import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
 * less for the drop-in, which every visitor of every agency site downloads. `pure_getters` (no
 * getter we or Lit read for its side effect) and `unsafe_arrows` (no function expression of ours
 * or Lit's is called with `new` or reads `this`/`arguments` as a method would) save 102 bytes
 * more, measured; the built-script browser tests check them. The other unsafe_* options, `module`,
 * `toplevel` and more passes saved 0 to 2 bytes and are left off.
 */
export function squeeze({ manglePrivate = false } = {}): Plugin {
  return {
    name: 'care-choice-squeeze',
    async generateBundle(_options, bundle) {
      const { minify } = await import('terser');
      const names = manglePrivate ? privateMemberNames() : [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
          // Our private members get short names; see privateMemberNames for which are safe.
          mangle: names.length ? { properties: { regex: new RegExp(`^(?:${names.join('|')})$`), keep_quoted: 'strict' } } : true,
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

/**
 * The names of our `private` and `protected` members that are safe to shorten in the drop-in:
 * declared so somewhere in src/ (protected ones are used only by our own subclasses, all in the
 * drop-in; a page cannot reach them through the documented API), and found in none of the places where a name is shared with code we do not
 * control: the DOM and JavaScript built-ins (TypeScript's lib files), Lit and @lit/context, the
 * engine (whose keys are the config's public shape), and any string literal in src/ (a name read
 * with `obj[name]`, or a key of the config or the texts).
 */
export function privateMemberNames(root = process.cwd()): string[] {
  const read = (file: string) => readFileSync(file, 'utf8');
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : /\.(ts|js)$/.test(entry.name) ? [path] : [];
    });
  const sources = filesUnder(join(root, 'src'));
  const declared = new Set<string>();
  for (const file of sources) {
    for (const m of read(file).matchAll(
      /\b(?:private|protected)\s+(?:static\s+)?(?:readonly\s+)?(?:async\s+)?(?:get\s+|set\s+)?([A-Za-z_$][\w$]*)/g,
    ))
      declared.add(m[1]!);
  }
  const shared = [
    ...readdirSync(join(root, 'node_modules/typescript/lib'))
      .filter((name) => /^lib\.(dom|es|esnext|decorators|scripthost|webworker).*\.d\.ts$/.test(name))
      .map((name) => join(root, 'node_modules/typescript/lib', name)),
    ...['lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'].flatMap((pkg) => filesUnder(join(root, 'node_modules', pkg))),
    ...filesUnder(join(root, 'src/engine')),
  ]
    .map(read)
    .join('\n');
  const strings = sources.map((file) => stringsIn(read(file))).join('\n');
  return [...declared]
    .filter((name) => name.length > 2 && !new RegExp(`\\b${name}\\b`).test(shared) && !new RegExp(`\\b${name}\\b`).test(strings))
    .sort();
}

/**
 * The text of every string literal in `code`: quoted strings, and the static parts of template
 * literals (a template's static text can bind a property by name, `.checked=${...}`), without the
 * expressions inside `${}`.
 */
function stringsIn(code: string): string {
  const out: string[] = [];
  let i = 0;
  // Depth of `${` nesting per open template literal.
  const templates: number[] = [];
  while (i < code.length) {
    const ch = code[i]!;
    const top = templates.length - 1;
    if (top >= 0 && templates[top] === 0) {
      // Inside a template literal's static text.
      if (ch === '\\') {
        out.push(code.slice(i, i + 2));
        i += 2;
      } else if (ch === '`') {
        templates.pop();
        i++;
      } else if (ch === '$' && code[i + 1] === '{') {
        templates[top] = 1;
        i += 2;
      } else {
        out.push(ch);
        i++;
      }
      continue;
    }
    if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i);
      i = end < 0 ? code.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== ch && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      out.push(code.slice(i + 1, j), '\n');
      i = j + 1;
    } else {
      if (ch === '`') templates.push(0);
      else if (top >= 0 && ch === '{') templates[top]!++;
      else if (top >= 0 && ch === '}') templates[top]!--;
      i++;
    }
  }
  return out.join('');
}
