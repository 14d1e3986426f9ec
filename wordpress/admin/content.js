// Settings > Care choice content: loads the saved content into the editor (in the frame) and, on
// Save, puts the editor's edits into the form. Without the editor, the JSON field is sent as typed.
(function () {
  var form = document.getElementById('care-choice-content-form');
  var frame = document.getElementById('care-choice-editor-frame');
  var field = document.getElementById('care-choice-content-json');
  if (!form || !frame || !field) return;
  var editor = function () {
    try {
      return frame.contentWindow && frame.contentWindow.careChoiceEditor;
    } catch (error) {
      return undefined;
    }
  };
  function load() {
    var api = editor();
    if (!api || !field.value.trim()) return;
    try {
      api.loadOverrides(JSON.parse(field.value));
    } catch (error) {
      // Content the editor cannot read stays in the JSON field, where the save checks it.
    }
  }
  if (editor()) load();
  else frame.addEventListener('load', load);
  form.addEventListener('submit', function () {
    var api = editor();
    if (api) field.value = JSON.stringify(api.overrides());
  });
})();
