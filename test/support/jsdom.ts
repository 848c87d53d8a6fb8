/**
 * What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflows its actions with it).
 * jsdom does no layout, so nothing ever resizes: an observer that never fires is what a browser
 * would do here.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoLayoutResizeObserver;

export {};
