import { OfficeProblem } from './officeErrors';

/** Plain JSON kept with the document, by key. */
export interface DocumentStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The add-in's settings in the document (Office.context.document.settings): saved into the
 * workbook with saveAsync, so records of highlights and content plans are there when the pane
 * is opened again, and when the workbook is reopened once the user has saved it. They are the
 * add-in's own (no other add-in or the user sees them) and hold up to 2 MB.
 */
export function officeSettingsStore(settings: Office.Settings = Office.context.document.settings): DocumentStore {
  const save = () =>
    new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        // Office.AsyncResultStatus is 'succeeded' / 'failed' at run time (the typings say numbers); a failure carries an error
        const failed = String(result.status) === 'failed' || Boolean(result.error);
        if (!failed) resolve();
        else reject(new OfficeProblem('unknown', `The add-in's record could not be saved in the workbook: ${result.error?.message ?? 'unknown error'}`, result.error));
      });
    });
  return {
    get: <T>(key: string) => {
      const value = settings.get(key) as T | null | undefined;
      return value === null ? undefined : value;
    },
    set: async (key, value) => {
      settings.set(key, value);
      await save();
    },
    remove: async (key) => {
      settings.remove(key);
      await save();
    },
  };
}
