import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Shrinks Lit's css`` and html`` templates for the drop-in build. Rules are conservative: CSS
 * loses comments and the spaces around punctuation, and our private custom properties (`--_*`,
 * never documented, never read from script) get short names; for HTML see minifyHtml.
 */
export function minifyTemplates(): Plugin {
  let tokens = new Map<string, string>();
  return {
    name: 'care-choice-minify-templates',
    enforce: 'pre',
    buildStart() {
      tokens = privateTokens();
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const css = (body: string) => minifyCss(body).replace(/--_[\w-]+/g, (name) => tokens.get(name) ?? name);
      const out = minifyHtmlTemplates(code.replace(/\bcss`([^`]*)`/g, (_m, body: string) => `css\`${css(body)}\``));
      return { code: out, map: null };
    },
  };
}

/**
 * A short name for each private custom property (`--_accent` -> `--_a`) used in src/, the most
 * used first; the same for every module, whatever order they are built in.
 */
export function privateTokens(root = process.cwd()): Map<string, string> {
  const counts = new Map<string, number>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        for (const [name] of readFileSync(path, 'utf8').matchAll(/--_[\w-]+/g)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  };
  walk(join(root, 'src'));
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return new Map(names.map((name, i) => [name, `--_${i.toString(36)}`]));
}

/**
 * Folds runs of white space into one space in the static text of every html`` template in `code`,
 * including templates nested inside another's `${}` (a regular expression stops at the first
 * nested backtick and left the rest of the outer template as written). Walks the code as a
 * tokenizer would: strings, comments, regular expressions and untagged templates are copied as
 * they are.
 */
export function minifyHtmlTemplates(code: string): string {
  let out = '';
  let i = 0;
  const copyTo = (end: number) => {
    out += code.slice(i, end);
    i = end;
  };
  // Code until the `}` that closes a `${` (or the end of the file at depth 0).
  const scanCode = (inExpression: boolean): void => {
    let depth = 0;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '`') {
        const tagged = /\bhtml\s*$/.test(code.slice(Math.max(0, i - 12), i));
        copyTo(i + 1);
        scanTemplate(tagged);
      } else if (ch === "'" || ch === '"') {
        let j = i + 1;
        while (j < code.length && code[j] !== ch && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
        copyTo(j + 1);
      } else if (ch === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        copyTo(end < 0 ? code.length : end);
      } else if (ch === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        copyTo(end < 0 ? code.length : end + 2);
      } else if (ch === '/' && /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn)\s*$/.test(code.slice(Math.max(0, i - 20), i))) {
        // A regular expression literal: up to the unescaped `/` outside a character class.
        let j = i + 1;
        let inClass = false;
        while (j < code.length && code[j] !== '\n' && (inClass || code[j] !== '/')) {
          if (code[j] === '\\') j++;
          else if (code[j] === '[') inClass = true;
          else if (code[j] === ']') inClass = false;
          j++;
        }
        copyTo(j + 1);
      } else if (ch === '{') {
        depth++;
        copyTo(i + 1);
      } else if (ch === '}') {
        if (inExpression && depth === 0) return;
        depth--;
        copyTo(i + 1);
      } else {
        copyTo(i + 1);
      }
    }
  };
  // From just after an opening backtick to just after the closing one.
  const scanTemplate = (html: boolean): void => {
    const texts: string[] = [];
    const expressions: string[] = [];
    let text = '';
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (ch === '`' || (ch === '$' && code[i + 1] === '{')) {
        texts.push(text);
        text = '';
        i++;
        if (ch === '`') break;
        // The expression's own output (nested templates minified in turn), kept aside.
        const before = out;
        out = '';
        i++;
        scanCode(true);
        expressions.push(out);
        out = before;
        i++;
      } else {
        text += ch;
        i++;
      }
    }
    if (text) texts.push(text);
    const statics = html ? minifyHtml(texts.join(EXPRESSION)).split(EXPRESSION) : texts;
    out += statics.map((part, n) => (n < expressions.length ? `${part}\${${expressions[n]}}` : part)).join('') + '`';
  };
  scanCode(false);
  return out;
}

/** Stands for a template's `${}` while its static text is minified as one string. */
const EXPRESSION = '\u0001';
/** Elements laid out as blocks: white space beside their tags is never rendered. */
const BLOCK = /^(?:div|p|section|ul|ol|li|h[1-6]|fieldset|legend|table|thead|tbody|tr|th|td|caption|footer|dialog)$/i;

/**
 * Minifies the static text of an html`` template (its `${}` stand in as EXPRESSION): runs of white
 * space become one space; quotes around a plain static attribute value go; the space before a tag's `>` goes (not before `/>`: after an unquoted
 * value the slash would join it); and a space goes where it touches the tag of a block element
 * (the start or end of a line, where the browser drops it anyway). Spaces between text, inline
 * elements and expressions stay.
 */
export function minifyHtml(template: string): string {
  const html = template.replace(/\s+/g, ' ');
  let out = '';
  let inTag = false;
  let quote = '';
  let tag = '';
  // The name of the tag whose `>` was the last character written, if it was.
  let justClosed = '';
  const tagAt = (at: number) => /^<\/?([a-z][\w-]*)/i.exec(html.slice(at))?.[1] ?? '';
  for (let at = 0; at < html.length; at++) {
    const ch = html[at]!;
    const closed = justClosed;
    justClosed = '';
    if (inTag) {
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        // A static value of plain characters needs no quotes (unless a `/>` follows it).
        const plain = new RegExp(`^${ch}([\\w.:-]+)${ch}(?!/)`).exec(html.slice(at));
        if (plain && html[at - 1] === '=') {
          out += plain[1];
          at += plain[0].length - 1;
          continue;
        }
        quote = ch;
      } else if (ch === ' ' && html[at + 1] === '>') {
        continue;
      } else if (ch === '>') {
        inTag = false;
        justClosed = tag;
      }
    } else if (ch === '<' && tagAt(at)) {
      inTag = true;
      tag = tagAt(at);
    } else if (ch === ' ' && (BLOCK.test(closed) || BLOCK.test(tagAt(at + 1)))) {
      continue;
    }
    out += ch;
  }
  return out;
}

export function minifyCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      // 0.5em -> .5em (not 10.5em, not -0.5em).
      .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
      // Combinators in selectors only: in calc() the spaces around + and - are required.
      .replace(/(^|[{}])([^{}]*)\{/g, (_m, before: string, selector: string) => `${before}${selector.replace(/\s*([+~])\s*/g, '$1')}{`)
      .trim()
  );
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
