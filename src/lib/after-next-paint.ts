/**
 * Runs `fn` once the next frame has been painted: a frame callback runs before that frame's paint, and a task
 * queued from it runs after. For work that must not delay what the current commit shows (e.g. the Code tab's
 * side panel after the editor's first frame).
 */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(fn, 0);
  });
}
