/** Shown while files or folders are dragged over the window. */
export function DropOverlay({ visible }: { readonly visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__box">
        <p className="drop-overlay__title">Drop to import</p>
        <p className="drop-overlay__hint">
          .txt, .md and .html files of up to 5 MiB or folders of them; a JSON export brings back highlights
        </p>
      </div>
    </div>
  );
}
