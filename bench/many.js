// Inserts 50 tables and 20 quizzes at once and records how long until all have rendered and a
// frame has painted; long tasks are collected from page load on.
window.__longTasks = [];
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
  type: 'longtask',
  buffered: true,
});
window.__run = async () => {
  const host = document.getElementById('host');
  const start = performance.now();
  const elements = [];
  for (let i = 0; i < 70; i++) {
    const el = document.createElement(i % 7 < 2 ? 'care-choice-quiz' : 'care-compare-table');
    elements.push(el);
    host.append(el);
  }
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return {
    ms: performance.now() - start,
    quizzes: elements.filter((e) => e.localName === 'care-choice-quiz').length,
    tables: elements.filter((e) => e.localName === 'care-compare-table').length,
  };
};
