import { AnnotationIcon } from '../annotations/AnnotationIcon';

/** The way into the notebook from the library's header. */
export function NotebookLink({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <button
      type="button"
      className="control control--labelled notebook-link"
      onClick={onOpen}
      title="Every highlight and note in one place (g n, or Ctrl+Shift+N)"
    >
      <AnnotationIcon name="notebook" />
      <span className="control-text">Notebook</span>
    </button>
  );
}
