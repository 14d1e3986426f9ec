const host = document.getElementById('host');
for (let i = 0; i < 70; i++) {
  const el = document.createElement(i % 7 < 2 ? 'care-choice-quiz' : 'care-compare-table');
  el.id = `w${i}`;
  host.append(el);
}
