// Config paths and the smallest override that turns one config into another, in the shape the
// widget merges (objects key by key, lists of items with ids by id).

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value) => isObject(value) && typeof value.id === 'string';

/** `questions[2].options[1].weights.careManager` as keys: ['questions', 2, 'options', 1, ...]. */
export function pathKeys(path) {
  // Interface strings have dots in their keys: `strings.quiz.intro.title`.
  if (path.startsWith('strings.')) return ['strings', path.slice('strings.'.length)];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

export function getAt(root, path) {
  let value = root;
  for (const key of pathKeys(path)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** Sets the value at an existing path (the editor only edits fields the config has). */
export function setAt(root, path, value) {
  const keys = pathKeys(path);
  const last = keys.pop();
  let target = root;
  for (const key of keys) target = target[key];
  target[last] = value;
}

/** Leaves out the value at a path (an optional text left empty). */
export function deleteAt(root, path) {
  const keys = pathKeys(path);
  const last = keys.pop();
  let target = root;
  for (const key of keys) target = target?.[key];
  if (target && typeof target === 'object') delete target[last];
}

export const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * What to merge onto `base` to get `edited`, or undefined when they are the same. Lists of items
 * with ids give only the changed items (with their id), `{ id, remove: true }` for removed ones, and
 * every item when their order changed; other lists are given whole.
 */
export function diff(base, edited) {
  if (JSON.stringify(base) === JSON.stringify(edited)) return undefined;
  if (isObject(base) && isObject(edited)) {
    const out = {};
    for (const key of Object.keys(edited)) {
      const part = diff(Object.hasOwn(base, key) ? base[key] : undefined, edited[key]);
      if (part !== undefined) out[key] = part;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (Array.isArray(base) && Array.isArray(edited) && base.every(hasId) && edited.every(hasId)) {
    const ids = edited.map((item) => item.id);
    const removed = base.filter((item) => !ids.includes(item.id)).map((item) => ({ id: item.id, remove: true }));
    const stays = base.filter((item) => ids.includes(item.id));
    // Built-in items in their order, new ones after them: only the changes. Anything else is a
    // reorder, which names every item (that is how the widget merges).
    const inOrder = stays.every((item, i) => item.id === edited[i].id);
    const out = [];
    edited.forEach((item) => {
      const from = base.find((existing) => existing.id === item.id);
      if (!from) return out.push(clone(item));
      const part = diff(from, item);
      if (part !== undefined || !inOrder) out.push({ id: item.id, ...part });
    });
    out.push(...removed);
    return out.length ? out : undefined;
  }
  return clone(edited);
}

/** An id from a label: lower case letters, digits and hyphens, not one of `taken`. */
export function idFrom(label, taken) {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'item';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
