// The documentation site: the pages listed in docs/pages.json, written in Markdown, rendered to
// HTML pages that load the built drop-in script the way a site does. Only the Markdown this project
// writes is understood (headings, paragraphs, lists, tables, block quotes, fenced code, inline code,
// emphasis, links and images); anything else is rendered as text. Used by scripts/build-docs.mjs
// and by the docs tests (links, code blocks).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, posix } from 'node:path';

export const PAGES = JSON.parse(readFileSync('docs/pages.json', 'utf8'));

/** Every Markdown file whose code blocks are tested: the README and every page. */
export const TESTED_FILES = ['README.md', ...PAGES.map((p) => p.file)];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text) {
  return text
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** `<!-- include: generated/figures.md#section -->` replaced by that section of the file (without its heading). */
export function expandIncludes(markdown, file) {
  return markdown.replace(/<!-- include: ([^#\s]+)(?:#([\w-]+))? -->/g, (_m, path, section) => {
    const included = readFileSync(join(dirname(file), path), 'utf8');
    if (!section) return included.replace(/^# .*\n/, '').trim();
    const parts = included.split(/^(?=## )/m);
    const found = parts.find((part) => slug(part.split('\n')[0].replace(/^## /, '')) === section);
    if (!found) throw new Error(`${file}: ${path} has no section #${section}`);
    return found.split('\n').slice(1).join('\n').trim();
  });
}

/** The fenced code blocks of a Markdown text, with their language. */
export function codeBlocks(markdown) {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** Links and images of a Markdown text outside code, as written. */
export function links(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** The anchors (heading ids) of a Markdown file, includes expanded. */
export function anchors(file) {
  const markdown = expandIncludes(readFileSync(file, 'utf8'), file).replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...markdown.matchAll(/^#{1,6} (.*)$/gm)].map((m) => slug(m[1])));
}

/**
 * Where a link written in `file` goes on the site: a page (`agency.html#x`), a copied asset, or the
 * link itself when it leaves the site. Throws for a link to a file or anchor that does not exist.
 */
export function resolveLink(href, file) {
  if (/^(https?:|mailto:|tel:)/.test(href)) return href;
  const [path, hash] = href.split('#');
  const target = path
    ? normalize(join(dirname(file), path))
        .split('\\')
        .join('/')
    : file;
  const page = PAGES.find((p) => p.file === target);
  if (page) {
    if (hash && !anchors(target).has(hash)) throw new Error(`${file}: link ${href}: ${target} has no heading #${hash}`);
    return `${page.page}${hash ? `#${hash}` : ''}`;
  }
  if (target.startsWith('docs/images/') && existsSync(target)) return posix.relative('docs', target);
  throw new Error(`${file}: link ${href}: ${target} is not a page of the docs site${existsSync(target) ? '' : ' (no such file)'}`);
}

function inline(text, file) {
  // Code spans first: their content is literal.
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => {
      if (i % 2) return `<code>${escape(part.slice(1, -1))}</code>`;
      return escape(part)
        .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt, src) => `<img src="${resolveLink(src, file)}" alt="${alt}">`)
        .replace(
          /\[([^\]]+)\]\(([^)\s]+)\)/g,
          (_m, label, href) => `<a href="${resolveLink(href.replace(/&amp;/g, '&'), file)}">${label}</a>`,
        )
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, '$1<em>$2</em>');
    })
    .join('')
    .replace(/\\\|/g, '|');
}

/** Table cells of a `| a | b |` line (a `\|` stays in its cell). */
const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** A live copy of an HTML code block that has a widget, without its script tags (the page has them). */
function liveExample(code) {
  // Not live: a popup that opens by itself (it would open over the docs), and, until the dark theme
  // paints its caption and sources lines on its own surface (issue 25, item 4), a dark example
  // (axe finds the light-theme sources colours on the dark background). Their code is still run in
  // every placement by the placements test.
  if (!/<care-/.test(code) || /\sopen="/.test(code) || /\stheme="dark"/.test(code)) return '';
  const html = code.replace(/<script src="[^"]*"[^>]*><\/script>\n?/g, '').trim();
  // A dark-theme example is shown on a dark background, as on the dark site it is meant for.
  const dark = /\stheme="dark"/.test(html) ? ' dark' : '';
  return `<div class="live${dark}" role="group" aria-label="Live example">${html}</div>`;
}

/** The Markdown of `file` as the HTML of a page's main content. */
export function renderMarkdown(markdown, file, { sri = {} } = {}) {
  const lines = expandIncludes(markdown, file).split('\n');
  // In code blocks, the integrity value the build wrote for a script.
  const withSri = (code) => code.replace(/\{\{sri:([\w.-]+)\}\}/g, (_m, name) => sri[name] ?? 'sha384-(run npm run build)');
  const out = [];
  let i = 0;
  const isBlockStart = (line) => /^(#{1,6} |```|\||> |- |\d+\. |<!--)/.test(line);
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    let m;
    if ((m = /^(#{1,6}) (.*)$/.exec(line))) {
      const level = m[1].length;
      out.push(`<h${level} id="${slug(m[2])}">${inline(m[2], file)}</h${level}>`);
      i++;
    } else if ((m = /^```(\w*)$/.exec(line))) {
      const body = [];
      for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
      i++;
      const code = withSri(body.join('\n'));
      out.push(`<pre tabindex="0"><code${m[1] ? ` class="language-${m[1]}"` : ''}>${escape(code)}</code></pre>`);
      if (m[1] === 'html') out.push(liveExample(code));
    } else if (line.startsWith('<!--')) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
    } else if (line.startsWith('|') && /^\|[-:| ]+\|$/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows = [];
      for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
      out.push(
        // A wide table scrolls on its own on a phone, by keyboard too (the region can take focus).
        `<div class="table" tabindex="0" role="group" aria-label="Table: ${escape(head.join(', ').replace(/[`*]/g, ''))}"><table><thead><tr>${head.map((c) => `<th scope="col">${inline(c, file)}</th>`).join('')}</tr></thead><tbody>` +
          rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c, file)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table></div>',
      );
    } else if (line.startsWith('> ') || line === '>') {
      const body = [];
      for (; i < lines.length && (lines[i].startsWith('> ') || lines[i] === '>'); i++) body.push(lines[i].slice(2));
      out.push(`<blockquote>${renderMarkdown(body.join('\n'), file, { sri })}</blockquote>`);
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d/.test(line);
      const items = [];
      for (; i < lines.length; i++) {
        const l = lines[i];
        if (/^(- |\d+\. )/.test(l)) items.push(l.replace(/^(- |\d+\. )/, ''));
        else if (/^\s+\S/.test(l) && items.length) items[items.length - 1] += ` ${l.trim()}`;
        else break;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((item) => `<li>${inline(item, file)}</li>`).join('')}</${tag}>`);
    } else {
      const body = [];
      for (; i < lines.length && lines[i].trim() && (body.length === 0 || !isBlockStart(lines[i])); i++) body.push(lines[i].trim());
      out.push(`<p>${inline(body.join(' '), file)}</p>`);
    }
  }
  return out.filter(Boolean).join('\n');
}

/** A whole page of the site. */
export function renderPage(page, { sri = {} } = {}) {
  const markdown = readFileSync(page.file, 'utf8');
  const nav = PAGES.map(
    (p) => `<li><a href="${p.page}"${p.page === page.page ? ' aria-current="page"' : ''}>${escape(p.title)}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} · care-choice</title>
<link rel="stylesheet" href="site.css">
<script src="care-choice.js" defer></script>
<script src="care-choice.es.js" defer></script>
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
<header><a href="index.html" class="brand">care-choice</a></header>
<div class="layout">
<nav aria-label="Documentation"><ul>${nav}</ul></nav>
<main id="content">
${renderMarkdown(markdown, page.file, { sri })}
</main>
</div>
</body>
</html>
`;
}
