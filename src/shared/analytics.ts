import type { CareChoiceStore } from '../engine/index.js';
import type { CareChoiceEventMap } from './events.js';

type Entry = { event: string } & Record<string, string | number | null>;

/** Events already pushed: each action is pushed once, by the nearest element with `analytics` on its way out. */
const pushed = new WeakSet<Event>();

/**
 * Per decision (store), the step numbers pushed since the last Start over. Shared by every element
 * on that store, so a quiz and its provider agree on where a run starts.
 */
const runs = new WeakMap<CareChoiceStore, Set<number>>();

/** Appends to the page's `window.dataLayer`, creating the array if the page has none. */
function push(entry: Entry) {
  const page = window as unknown as { dataLayer?: { push?: (entry: Entry) => void } };
  const layer = (page.dataLayer ??= [] as Entry[]);
  // Guard against a page whose `dataLayer` is something else (an element with id="dataLayer").
  if (typeof layer.push === 'function') layer.push(entry);
}

/**
 * With `analytics="datalayer"` (`enabled`), turns our own events, as they bubble through `host`,
 * into dataLayer pushes that carry no answers: `care_choice_start` (first answer of a run),
 * `care_choice_step` (each step number once per run), `care_choice_complete` and `generate_lead`
 * (with the likely fit). Start over begins a new run, attribute or not. The listeners are on the
 * host itself, so they go with it.
 */
export function reportToDataLayer(host: HTMLElement, enabled: () => boolean, store: () => CareChoiceStore | undefined) {
  const listener = (event: Event) => {
    const decision = store();
    if (!decision) return;
    if (event.type === 'care-choice-reset') {
      runs.delete(decision);
      return;
    }
    if (!enabled() || pushed.has(event)) return;
    pushed.add(event);
    if (event.type === 'care-choice-answer') {
      const { step, total } = (event as CareChoiceEventMap['care-choice-answer']).detail;
      let steps = runs.get(decision);
      if (!steps) runs.set(decision, (steps = new Set()));
      if (steps.has(step)) return;
      if (!steps.size) push({ event: 'care_choice_start' });
      steps.add(step);
      push({ event: 'care_choice_step', care_choice_step: step, care_choice_total: total });
    } else {
      const { recommendation } = (event as CareChoiceEventMap['care-choice-complete' | 'care-choice-cta']).detail;
      push({ event: event.type === 'care-choice-cta' ? 'generate_lead' : 'care_choice_complete', care_choice_result: recommendation });
    }
  };
  for (const type of ['care-choice-answer', 'care-choice-complete', 'care-choice-cta', 'care-choice-reset'])
    host.addEventListener(type, listener);
}
