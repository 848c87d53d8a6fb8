import { useCallback, useEffect, useState } from 'react';
import type { ContentPlan } from '../engine';
import { asHostProblem, type ContentRecord, type HostProblem, type WorkbookHost } from './WorkbookHost';

/**
 * The content plans the add-in carried out in this document (newest last), and the means to
 * carry out another or undo one. The rollup and indicator-fill panels use `apply`; the pane
 * lists the records with an undo for each (they outlive the pane: the host keeps them).
 */
export function useContentPlans(host: WorkbookHost) {
  const [records, setRecords] = useState<readonly ContentRecord[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HostProblem>();

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
      }
    },
    [refresh],
  );

  const apply = useCallback((plan: ContentPlan) => run(() => host.applyContent(plan)), [host, run]);
  const revert = useCallback((record: ContentRecord) => run(() => host.revertContent(record)), [host, run]);

  return { records, busy, problem, apply, revert };
}
