/* The admin portal's few client-side helpers. */
var Herald = Herald || {};

/**
 * Inserts the tag picked in a tag finder at the cursor of a WYSIWYG body (a PrimeFaces
 * TextEditor, whose widget holds its Quill editor), followed by the space a tag ends with.
 */
Herald.insertTag = function (finderWidget, editorWidget) {
  var finder = PF(finderWidget);
  var tag = finder.input.val();
  if (!tag) {
    return;
  }
  var quill = PF(editorWidget).editor;
  var at = quill.getSelection(true).index;
  quill.insertText(at, tag + ' ', 'user');
  quill.setSelection(at + tag.length + 1, 0, 'user');
  finder.input.val('');
};
