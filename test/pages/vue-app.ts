// A Vue 3 page using the elements, built by esbuild when the tests start (no CDN).
import { createApp, defineComponent, h, ref } from 'vue';

declare global {
  interface Window {
    __events: { type: string; detail: unknown }[];
    __renders: number;
  }
}
window.__events = [];
window.__renders = 0;

const App = defineComponent(() => {
  const lang = ref('en');
  const cta = ref('/contact');
  const count = ref(0);
  const config = { questions: [{ id: 'for-whom', text: 'From Vue: who needs care?' }] };
  const record = (e: Event) => {
    window.__events.push({ type: e.type, detail: (e as CustomEvent).detail });
    count.value++;
  };
  return () => {
    window.__renders++;
    return h('div', [
      h('button', { id: 'toggle-lang', onClick: () => (lang.value = lang.value === 'en' ? 'es' : 'en') }, 'language'),
      h('button', { id: 'change-cta', onClick: () => (cta.value = 'tel:+15555550100') }, 'cta'),
      h('output', { id: 'count' }, String(count.value)),
      h('care-choice-quiz', {
        id: 'quiz',
        lang: lang.value,
        '.config': config,
        'cta-href': cta.value,
        'agency-name': 'Vue Agency',
        onCareChoiceAnswer: record,
        onCareChoiceComplete: record,
        onCareChoiceReset: record,
      }),
    ]);
  };
});

createApp(App).mount('#root');
