// Records when the first question is on screen: the heading exists and a frame has painted it.
(function watch() {
  const quiz = document.querySelector('care-choice-quiz');
  if (quiz && quiz.shadowRoot && quiz.shadowRoot.querySelector('#question-heading')) {
    requestAnimationFrame(() => setTimeout(() => (window.__firstQuestion = performance.now())));
  } else requestAnimationFrame(watch);
})();
