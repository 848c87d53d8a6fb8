import { useCallback, useEffect, useState } from 'react';
import type { ContentPlan } from '../engine';
import { asHostProblem, type ContentRecord, type HostProblem, type WorkbookHost } from './WorkbookHost';

/** What came of carrying out a plan: its record (to undo it), or the host's problem. */
export type ApplyOutcome = { readonly record: ContentRecord; readonly problem?: undefined } | { readonly record?: undefined; readonly problem: HostProblem };

/**
 * The content plans the add-in carried out in this document (newest last), and the means to
 * carry out another or undo one. The rollup and indicator-fill panels use `apply` and show its
 * problem themselves (the panel the user acted in); `problem` is an undo's, shown with the list
 * of records, each with an undo (they outlive the pane: the host keeps them).
 */
export function useContentPlans(host: WorkbookHost) {
  const [records, setRecords] = useState<readonly ContentRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HostProblem>();
  /** Counts the changes carried out or undone (also those that failed half-way): panels that showed the workbook look again. */
  const [revision, setRevision] = useState(0);

  const refresh = useCallback(async () => setRecords(await host.contentRecords()), [host]);
  useEffect(() => {
    let live = true;
    host.contentRecords().then(
      (r) => live && setRecords(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const run = useCallback(
    async <T>(step: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setProblem(undefined);
      try {
        return await step();
      } catch (error) {
        setProblem(asHostProblem(error));
        return undefined;
      } finally {
        await refresh().catch(() => undefined);
        setBusy(false);
        setRevision((n) => n + 1);
      }
    },
    [refresh],
  );

  const apply = useCallback(
    async (plan: ContentPlan): Promise<ApplyOutcome> => {
      setBusy(true);
      setProblem(undefined);
      try {
        return { record: await host.applyContent(plan) };
      } catch (error) {
        return { problem: asHostProblem(error) };
      } finally {
        await refresh().catch(() => undefined);
        setBusy(false);
        setRevision((n) => n + 1);
      }
    },
    [host, refresh],
  );
  const revert = useCallback((record: ContentRecord) => run(() => host.revertContent(record)), [host, run]);

  return { records, busy, problem, apply, revert, revision };
}
