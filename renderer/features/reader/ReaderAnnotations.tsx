import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, ColorId, DeletedAnnotation } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { afterPaint, markAfterPaint } from '../../perf';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import { coveringAt, stepAnnotation } from '../annotations/annotationOrder';
import { formatCitation } from '../annotations/citation';
import { copyText } from '../annotations/clipboard';
import { articleNotesMarkdown } from '../export/copyNotes';
import { colorForDigit } from '../annotations/colors';
import { shortQuote } from '../annotations/format';
import { HighlightChooser } from '../annotations/HighlightChooser';
import { HoverNote } from '../annotations/HoverNote';
import { Notice } from '../annotations/Notice';
import { toPageBox, type PageBox } from '../annotations/placement';
import { ReattachBar, SelectionToolbar } from '../annotations/SelectionToolbar';
import type { ArticleAnnotations, HistoryStep } from '../annotations/useArticleAnnotations';
import { useColorLabels } from '../annotations/useColorLabels';
import { useKnownTags } from '../annotations/useKnownTags';
import { useShortcuts } from '../keyboard/useShortcuts';
import { ArticleTextMap } from './domOffsets';
import { paintSpec, useHighlightPainter } from './useHighlightPainter';
import { useKeyboardSelection } from './useKeyboardSelection';
import { usePointerHits, type PointerHit } from './usePointerHits';
import { useTextSelection } from './useTextSelection';
import { firstVisibleOffset, isWideLayout, scrollIntoReadingView } from './viewport';

interface ReaderAnnotationsProps {
  readonly article: Article;
  /** The element holding the article's blocks. */
  readonly root: HTMLElement;
  readonly annotations: ArticleAnnotations;
  readonly sidebarOpen: boolean;
  readonly onSidebarOpenChange: (open: boolean) => void;
  /** Scroll to this annotation and make it current once it is painted (coming from the notebook or a search). */
  readonly focusAnnotationId: string | null;
  /** Changes when the same article is asked to focus again (another search result opened in it). */
  readonly focusToken?: number;
}

type Focus = 'note' | 'tags' | 'none';

interface NoticeState {
  readonly message: string;
  readonly id: number;
  readonly action?: { readonly label: string; readonly run: () => void } | undefined;
}

const EMPTY: readonly Annotation[] = [];
const EMPTY_DELETED: readonly DeletedAnnotation[] = [];

const HISTORY_WORDS = {
  create: 'new highlight',
  update: 'change',
  delete: 'delete',
  restore: 'restore',
} as const;

/**
 * Everything annotations add to the reader: highlights painted over the text, the selection toolbar,
 * hover notes, the editor, the chooser where highlights overlap, re-attaching orphans, the sidebar,
 * and the keys for all of them.
 */
export function ReaderAnnotations(props: ReaderAnnotationsProps) {
  const { article, root, annotations, onSidebarOpenChange } = props;
  const { items, deleted } = annotations;
  const map = useMemo(() => new ArticleTextMap(root), [root]);
  const { names, rename } = useColorLabels();
  const painter = useHighlightPainter(map, items, annotations.status === 'ready');
  const selection = useTextSelection(map);
  useKeyboardSelection(map);

  // Opened from the notebook or a search result: that annotation is the current one from the start,
  // and again whenever another result asks for one in this same article.
  const [currentId, setCurrentId] = useState<string | null>(props.focusAnnotationId);
  const focusKey =
    props.focusAnnotationId === null ? null : `${props.focusAnnotationId}:${props.focusToken ?? 0}`;
  const [focusSeen, setFocusSeen] = useState(focusKey);
  if (focusKey !== focusSeen) {
    setFocusSeen(focusKey);
    if (props.focusAnnotationId !== null) setCurrentId(props.focusAnnotationId);
  }
  const [hover, setHover] = useState<{ readonly id: string; readonly anchor: PageBox } | null>(null);
  const [editor, setEditor] = useState<{
    readonly id: string;
    readonly anchor: PageBox;
    readonly focus: Focus;
  } | null>(null);
  const [chooser, setChooser] = useState<{
    readonly ids: readonly string[];
    readonly anchor: PageBox;
  } | null>(null);
  const [reattachId, setReattachId] = useState<string | null>(null);
  /** The colour h, u and n use: the last one chosen (a ref: choosing it re-renders nothing). */
  const lastColor = useRef<ColorId>('yellow');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const knownTags = useKnownTags(editor !== null);
  const byId = useMemo(() => new Map(items.map((a) => [a.id, a])), [items]);
  // The text is painted first; the list (up to thousands of cards) follows, interruptibly.
  const sidebarItems = useDeferredValue(items, EMPTY);
  const sidebarDeleted = useDeferredValue(deleted, EMPTY_DELETED);
  const popover = useRef<HTMLDivElement>(null);

  const say = useCallback((message: string, action?: NoticeState['action']) => {
    setNotice((last) => ({ message, id: (last?.id ?? 0) + 1, action }));
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const reportHistory = useCallback(
    (step: HistoryStep | null) => {
      if (step === null) return;
      say(
        step.result === null
          ? `Nothing to ${step.kind}`
          : `${step.kind === 'undo' ? 'Undone' : 'Redone'}: ${HISTORY_WORDS[step.result.action]}`,
      );
    },
    [say],
  );

  useEffect(() => painter.emphasise('current', currentId), [painter, currentId, items]);
  useEffect(() => painter.emphasise('hover', hover?.id ?? null), [painter, hover, items]);

  /** The box of an annotation's text: the line nearest `nearY` (viewport), else its last line. */
  const boxOf = useCallback(
    (a: Annotation, nearY?: number): PageBox | null => {
      const rects = map.liveRange(a.position.start, a.position.end)?.getClientRects();
      if (!rects || rects.length === 0) return null;
      let chosen = rects[rects.length - 1];
      if (nearY !== undefined) {
        for (const r of rects) if (nearY >= r.top && nearY <= r.bottom) chosen = r;
      }
      return chosen ? toPageBox(chosen) : null;
    },
    [map],
  );

  const openEditor = useCallback(
    (a: Annotation, anchor: PageBox | null, focus: Focus = 'none') => {
      const box = anchor ?? boxOf(a);
      setCurrentId(a.id);
      setChooser(null);
      setHover(null);
      if (box) setEditor({ id: a.id, anchor: box, focus });
    },
    [boxOf],
  );

  const closeEditor = useCallback(() => setEditor(null), []);

  const scrollTo = useCallback(
    (a: Annotation) => {
      const rect = map.liveRange(a.position.start, a.position.end)?.getBoundingClientRect();
      if (rect) scrollIntoReadingView(rect);
    },
    [map],
  );

  // ---- Creating ----

  /** The selection a highlight was just made from, until it is cleared: it makes one highlight, not two. */
  const consumed = useRef<{ readonly start: number; readonly end: number } | null>(null);

  const create = useCallback(
    (color: ColorId, style: 'highlight' | 'underline', focus: Focus = 'none'): boolean => {
      const selected = selection.read();
      if (!selected) return false;
      const used = consumed.current;
      if (used?.start === selected.start && used.end === selected.end) return true;
      performance.mark('gloss:create-start');
      const { provisional, saved } = annotations.create({
        start: selected.start,
        end: selected.end,
        text: selected.text,
        color,
        style,
      });
      // Drawn now; the main process's answer replaces it with the stored one in a moment.
      painter.add(paintSpec(provisional));
      markAfterPaint('gloss:create-painted');
      // The selection (and its toolbar) goes in the frame after: clearing it costs that frame as
      // much again as the highlight does, and the highlight is what the reader waits to see.
      consumed.current = { start: selected.start, end: selected.end };
      afterPaint(() => {
        consumed.current = null;
        // Unless the reader has already selected something else.
        const now = selection.read();
        if (now?.start === selected.start && now.end === selected.end) selection.clear();
      });
      lastColor.current = color;
      if (focus !== 'none') {
        void saved.then((stored) => {
          if (stored) openEditor(stored, null, focus);
        });
      }
      return true;
    },
    [annotations, painter, selection, openEditor],
  );

  const attach = useCallback((): boolean => {
    const selected = selection.read();
    if (reattachId === null || !selected) return false;
    void annotations
      .reattach(reattachId, selected.start, selected.end)
      .then(() => say('Highlight re-attached'));
    selection.clear();
    setReattachId(null);
    return true;
  }, [annotations, reattachId, selection, say]);

  const copy = useCallback(
    (text: string, start: number, end: number, cite: boolean) => {
      const value = cite ? formatCitation(text, article, start, end) : `“${text.trim()}”`;
      void copyText(value).then((done) =>
        say(done ? (cite ? 'Quote and citation copied' : 'Quote copied') : 'Could not copy'),
      );
    },
    [article, say],
  );

  /** The sidebar's "Copy notes": every highlight of the article, as its Markdown export writes them. */
  const copyNotes = useCallback(() => {
    void copyText(articleNotesMarkdown(article, items, names)).then((done) =>
      say(done ? 'Notes copied as Markdown' : 'Could not copy'),
    );
  }, [article, items, names, say]);

  // ---- Pointer: hover shows the note, click opens (or asks which, where highlights overlap) ----

  const hitBox = (hit: PointerHit): PageBox | null => {
    const rect = map.characterRange(hit.offset)?.getBoundingClientRect();
    return rect ? toPageBox(new DOMRect(hit.x, rect.top, 0, rect.height)) : null;
  };

  usePointerHits(map, {
    isAnnotated: (offset) => coveringAt(items, offset).length > 0,
    onHover: (hit) => {
      const top = hit ? coveringAt(items, hit.offset)[0] : undefined;
      const anchor = hit && top ? hitBox(hit) : null;
      setHover((last) => (top && anchor ? (last?.id === top.id ? last : { id: top.id, anchor }) : null));
    },
    onClick: (hit) => {
      const here = coveringAt(items, hit.offset);
      const anchor = hitBox(hit);
      const only = here[0];
      if (here.length === 0 || !anchor || !only) {
        setEditor(null);
        setChooser(null);
        setCurrentId(null);
      } else if (here.length === 1) {
        openEditor(only, anchor);
      } else {
        setEditor(null);
        setHover(null);
        setChooser({ ids: here.map((a) => a.id), anchor });
      }
    },
  });

  // A press outside an open editor or chooser (and outside the sidebar, which opens them) closes it.
  useEffect(() => {
    if (editor === null && chooser === null) return;
    const onDown = (event: MouseEvent): void => {
      const target = event.target;
      if (!(target instanceof Node) || popover.current?.contains(target)) return;
      if (
        target instanceof Element &&
        target.closest('.annotation-editor, .highlight-chooser, .annotation-sidebar')
      )
        return;
      setEditor(null);
      setChooser(null);
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [editor, chooser]);

  // ---- Keys ----

  // Escape closes the innermost thing open before it may take the reader back to the library.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true')
        return;
      const close = chooser
        ? () => setChooser(null)
        : editor
          ? () => setEditor(null)
          : reattachId !== null
            ? () => setReattachId(null)
            : selection.selection
              ? selection.clear
              : null;
      if (!close) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [chooser, editor, reattachId, selection.selection, selection.clear]);

  const current = currentId === null ? undefined : byId.get(currentId);
  const pickColor = (digit: number): void => {
    const color = colorForDigit(digit);
    if (!color) return;
    if (reattachId !== null) return;
    if (create(color, 'highlight')) return;
    const target = editor ? byId.get(editor.id) : current;
    if (target) void annotations.update(target.id, { color });
  };
  const step = (direction: 1 | -1): void => {
    // From the current highlight while it is on screen; from the top of the screen otherwise.
    const rect = current
      ? map.liveRange(current.position.start, current.position.end)?.getBoundingClientRect()
      : null;
    const from = rect && rect.bottom > 0 && rect.top < window.innerHeight ? currentId : null;
    const next = stepAnnotation(items, from, firstVisibleOffset(root), direction);
    if (!next) return;
    setEditor(null);
    setChooser(null);
    setCurrentId(next.id);
    scrollTo(next);
  };

  useShortcuts('reader', {
    highlight: () => {
      if (!attach()) create(lastColor.current, 'highlight');
    },
    underline: () => {
      if (reattachId === null) create(lastColor.current, 'underline');
    },
    highlightWithNote: () => {
      if (reattachId === null) create(lastColor.current, 'highlight', 'note');
    },
    color1: () => pickColor(1),
    color2: () => pickColor(2),
    color3: () => pickColor(3),
    color4: () => pickColor(4),
    color5: () => pickColor(5),
    color6: () => pickColor(6),
    nextHighlight: () => step(1),
    previousHighlight: () => step(-1),
    openHighlight: () => {
      if (current) openEditor(current, null);
    },
    undo: () => {
      setEditor(null);
      void annotations.undo().then(reportHistory);
    },
    redo: () => {
      setEditor(null);
      void annotations.redo().then(reportHistory);
    },
  });

  // Coming from the notebook or a search result: to the annotation, once it is painted.
  const focusDone = useRef<string | null>(null);
  useEffect(() => {
    if (focusKey === null || focusDone.current === focusKey || props.focusAnnotationId === null) return;
    if (annotations.status !== 'ready') return;
    focusDone.current = focusKey;
    const target = byId.get(props.focusAnnotationId);
    if (target && target.anchor !== 'orphan') scrollTo(target);
  }, [focusKey, props.focusAnnotationId, annotations.status, byId, scrollTo]);

  // ---- Sidebar ----

  const openFromSidebar = useCallback(
    (a: Annotation, card: HTMLElement) => {
      if (a.anchor === 'orphan') {
        openEditor(a, toPageBox(card.getBoundingClientRect()));
        return;
      }
      if (!isWideLayout()) onSidebarOpenChange(false);
      scrollTo(a);
      openEditor(a, null);
    },
    [openEditor, scrollTo, onSidebarOpenChange],
  );
  const startReattach = useCallback(
    (a: Annotation) => {
      setEditor(null);
      setReattachId(a.id);
      if (!isWideLayout()) onSidebarOpenChange(false);
    },
    [onSidebarOpenChange],
  );
  const renameColor = useCallback(
    (id: ColorId, name: string) => {
      rename(id, name).catch(() => say('The colour was not renamed'));
    },
    [rename, say],
  );
  const { restore, purge, remove, update } = annotations;
  const restoreDeleted = useCallback((id: string) => void restore(id), [restore]);
  const purgeDeleted = useCallback((id: string) => void purge(id), [purge]);
  const closeSidebar = useCallback(() => onSidebarOpenChange(false), [onSidebarOpenChange]);

  const editing = editor ? byId.get(editor.id) : undefined;
  const hovered = hover && hover.id !== editor?.id ? byId.get(hover.id) : undefined;
  const reattaching = reattachId === null ? undefined : byId.get(reattachId);
  const chosen = chooser
    ? chooser.ids.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined)
    : [];
  const selected = selection.selection;

  return (
    <>
      <AnnotationSidebar
        open={props.sidebarOpen}
        items={sidebarItems}
        deleted={sidebarDeleted}
        currentId={currentId}
        names={names}
        loading={annotations.status === 'loading'}
        onOpen={openFromSidebar}
        onReattach={startReattach}
        onRestore={restoreDeleted}
        onPurge={purgeDeleted}
        onRename={renameColor}
        onClose={closeSidebar}
        onCopyNotes={copyNotes}
      />
      <div ref={popover} className="annotation-overlays">
        {selected && !editing && !reattaching ? (
          <SelectionToolbar
            anchor={selected.box}
            names={names}
            onHighlight={(color) => create(color, 'highlight')}
            onUnderline={() => create(lastColor.current, 'underline')}
            onAnnotate={(focus) => create(lastColor.current, 'highlight', focus)}
            onCopy={() => copy(selected.text, selected.start, selected.end, false)}
            onCite={() => copy(selected.text, selected.start, selected.end, true)}
          />
        ) : null}
        {reattaching ? (
          <ReattachBar
            anchor={selected?.box ?? null}
            quote={shortQuote(reattaching.quote.exact, 60)}
            onAttach={attach}
            onCancel={() => setReattachId(null)}
          />
        ) : null}
        {hovered && !chooser && (hovered.note !== '' || hovered.tags.length > 0) && hover ? (
          <HoverNote annotation={hovered} anchor={hover.anchor} names={names} />
        ) : null}
        {chooser && chosen.length > 0 ? (
          <HighlightChooser
            annotations={chosen}
            anchor={chooser.anchor}
            names={names}
            onChoose={(a) => openEditor(a, chooser.anchor)}
          />
        ) : null}
        {editor && editing ? (
          <AnnotationEditor
            key={editing.id}
            annotation={editing}
            anchor={editor.anchor}
            names={names}
            knownTags={knownTags}
            focus={editor.focus}
            onChange={(patch) => void update(editing.id, patch)}
            onDelete={() => {
              setEditor(null);
              setCurrentId(null);
              void remove(editing.id).then(() =>
                say('Highlight deleted', {
                  label: 'Undo',
                  run: () => void annotations.undo().then(reportHistory),
                }),
              );
            }}
            onCopy={() => copy(editing.quote.exact, editing.position.start, editing.position.end, false)}
            onCite={() => copy(editing.quote.exact, editing.position.start, editing.position.end, true)}
            onReattach={() => startReattach(editing)}
            onClose={closeEditor}
          />
        ) : null}
      </div>
      {annotations.problem !== null ? (
        <Notice message={annotations.problem} id={-1} tone="problem" onDismiss={annotations.dismissProblem} />
      ) : notice ? (
        <Notice message={notice.message} id={notice.id} action={notice.action} onDismiss={dismissNotice} />
      ) : null}
    </>
  );
}
