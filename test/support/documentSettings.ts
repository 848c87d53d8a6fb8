/**
 * Office.context.document.settings as Excel keeps them: what saveAsync saved is in the document;
 * a pane opened again starts from what was saved (`reopen`).
 */
export function documentSettings(saved: Record<string, string> = {}) {
  const live = new Map(Object.entries(saved).map(([k, v]) => [k, JSON.parse(v) as unknown]));
  const settings = {
    get: (key: string) => (live.has(key) ? live.get(key) : null),
    set: (key: string, value: unknown) => void live.set(key, JSON.parse(JSON.stringify(value))),
    remove: (key: string) => void live.delete(key),
    saveAsync: (callback: (result: { status: string }) => void) => {
      for (const k of Object.keys(saved)) delete saved[k];
      for (const [k, v] of live) saved[k] = JSON.stringify(v);
      callback({ status: 'succeeded' });
    },
  };
  return { settings: settings as unknown as Office.Settings, saved, reopen: () => documentSettings(saved) };
}
