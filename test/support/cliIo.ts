import type { Io } from '../../src/cli/main';

/** The command line's output captured: what it printed to stdout and stderr so far. */
export type CapturedIo = Io & { stdout: () => string; stderr: () => string };

/** An Io for `main` that keeps what is printed; `env` is the command line's environment. */
export function captureIo(env: Record<string, string> = {}): CapturedIo {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), env, stdout: () => out, stderr: () => err };
}
