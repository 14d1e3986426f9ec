// Records when the first question is on screen: the heading exists and a frame has painted it.
(function watch() {
  const widget = document.querySelector('care-choice-quiz, floor-question');
  if (widget && widget.shadowRoot && widget.shadowRoot.querySelector('#question-heading')) {
    requestAnimationFrame(() => setTimeout(() => (window.__firstQuestion = performance.now())));
  } else requestAnimationFrame(watch);
})();
