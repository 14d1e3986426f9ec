// Reads a config an agency pastes or uploads: JSON text, checked as the widget checks it, with the
// same path-named messages. Nothing in it is ever rendered as HTML.
import { jsonErrorOffset, resolveConfig, toJsonData } from '../../src/engine/index.ts';

/** Larger than any real config (the full English content is about 40 KB). */
export const MAX_IMPORT_CHARS = 400_000;

/**
 * `{ config }` (the default content with the import merged on) or `{ errors: [{ path, message }] }`.
 * A whole config and a partial override (as in the embed code) both work.
 */
export function readImport(text, defaults) {
  if (text.length > MAX_IMPORT_CHARS)
    return { errors: [{ path: 'config', message: `is ${text.length} characters; the most the editor takes is ${MAX_IMPORT_CHARS}` }] };
  const at = jsonErrorOffset(text);
  if (at >= 0) return { errors: [{ path: 'config', message: `is not valid JSON (at character ${at + 1})` }] };
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [{ path: 'config', message: `is not valid JSON (${String(error?.message ?? error)})` }] };
  }
  const data = toJsonData(value);
  if (data.error) return { errors: [data.error] };
  // Every problem at once, markup and the widget's own checks, so one round of fixes is enough.
  const markup = markupIn(data.value);
  const { config, errors } = resolveConfig(defaults, data.value);
  // resolveConfig already validated the merged config: no errors means `config` is the merged one.
  return markup.length || errors.length ? { errors: [...markup, ...errors] } : { config };
}

/** A tag such as `<script>`, `<img ...>` or `</b>`: texts are shown as plain text, never as HTML. */
const TAG = /<\/?[a-z][^>]*>|<[a-z]+[\s/]/i;

/** Every text with markup in it, by path: an import that carries HTML is refused. */
function markupIn(value, path = '', out = []) {
  if (typeof value === 'string') {
    if (TAG.test(value))
      out.push({ path: path || 'config', message: 'contains HTML markup; texts are shown as plain text, so write them without tags' });
  } else if (Array.isArray(value)) value.forEach((item, i) => markupIn(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) markupIn(item, path ? `${path}.${key}` : key, out);
  return out;
}
