// A React 19 page using the elements, built by esbuild when the tests start (no CDN).
import { createElement as h, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __events: { type: string; detail: unknown }[];
    __renders: number;
  }
}
window.__events = [];
window.__renders = 0;

function App() {
  const [lang, setLang] = useState('en');
  const [cta, setCta] = useState('/contact');
  const [count, setCount] = useState(0);
  const config = useMemo(() => ({ questions: [{ id: 'for-whom', text: 'From React: who needs care?' }] }), []);
  window.__renders++;
  const record = (e: Event) => {
    window.__events.push({ type: e.type, detail: (e as CustomEvent).detail });
    setCount((c) => c + 1);
  };
  return h(
    'div',
    null,
    h('button', { id: 'toggle-lang', onClick: () => setLang((l) => (l === 'en' ? 'es' : 'en')) }, 'language'),
    h('button', { id: 'change-cta', onClick: () => setCta('tel:+15555550100') }, 'cta'),
    h('output', { id: 'count' }, String(count)),
    h('care-choice-quiz', {
      id: 'quiz',
      lang,
      config,
      'cta-href': cta,
      'agency-name': 'React Agency',
      'oncare-choice-answer': record,
      'oncare-choice-complete': record,
      'oncare-choice-reset': record,
    }),
  );
}

createRoot(document.getElementById('root')!).render(h(App));
