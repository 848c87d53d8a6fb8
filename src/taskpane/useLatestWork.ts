import { useRef } from 'react';
import { CheckCancelled } from './engineRunner';
import { asHostProblem, type HostProblem } from './WorkbookHost';

/** What a panel's state says of work that ended badly. */
export interface WorkFailure {
  readonly busy: null;
  readonly cancelled?: boolean;
  readonly problem?: HostProblem;
}

/**
 * A panel's engine work, newest wins: `begin` stops whatever ran before and gives the new work
 * its signal; `failed` turns a failure or a Cancel into state, and says nothing for work that
 * newer work stopped (the newer work is under way).
 */
export function useLatestWork(update: (patch: WorkFailure) => void) {
  const running = useRef<AbortController | undefined>(undefined);
  const begin = (): AbortSignal => {
    running.current?.abort();
    const stop = new AbortController();
    running.current = stop;
    return stop.signal;
  };
  const failed = (error: unknown, signal: AbortSignal): void => {
    if (error instanceof CheckCancelled && running.current?.signal !== signal) return;
    update(error instanceof CheckCancelled ? { busy: null, cancelled: true } : { busy: null, problem: asHostProblem(error) });
  };
  return { running, begin, failed };
}
