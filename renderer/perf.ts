/** Runs `task` just after the browser has painted the frame being prepared now. */
export function afterPaint(task: () => void): void {
  // rAF runs before the next paint; a task queued from it runs once that paint is done.
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Marks a moment just after the browser has painted the current frame: the bench reads these
 * (`gloss:library-painted`, `gloss:article-painted`) through the Performance API.
 */
export function markAfterPaint(name: string, detail?: unknown): void {
  afterPaint(() => performance.mark(name, detail === undefined ? undefined : { detail }));
}
