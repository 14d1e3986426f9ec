// The agency's own language switch: it only sets `lang` on the provider; the widget follows.
const texts = {
  en: {
    title: 'Case manager or care manager?',
    lead: 'Not sure what kind of help your family needs after a hospital stay? This short quiz explains the difference.',
    toggle: 'Español',
    toggleLang: 'es',
    cta: 'Call Harbor Care: 555-0123',
  },
  es: {
    title: '¿Administrador de casos o gestor de cuidados?',
    lead: '¿No sabe qué tipo de ayuda necesita su familia después de una hospitalización? Este cuestionario breve explica la diferencia.',
    toggle: 'English',
    toggleLang: 'en',
    cta: 'Llame a Harbor Care: 555-0123',
  },
};
const provider = document.getElementById('harbor');
const toggle = document.getElementById('lang-toggle');
toggle.addEventListener('click', () => {
  const next = document.documentElement.lang === 'es' ? 'en' : 'es';
  document.documentElement.lang = next;
  provider.lang = next;
  const t = texts[next];
  document.getElementById('page-title').textContent = t.title;
  document.getElementById('page-lead').textContent = t.lead;
  // The agency's own attribute text is the agency's to translate.
  document.getElementById('harbor-quiz').setAttribute('cta-label', t.cta);
  toggle.textContent = t.toggle;
  toggle.lang = t.toggleLang;
});
// What an agency might do with the events: here, log them instead of sending them anywhere.
for (const type of ['care-choice-answer', 'care-choice-complete', 'care-choice-reset', 'care-choice-cta']) {
  document.addEventListener(type, (event) => console.info(type, event.detail));
}
