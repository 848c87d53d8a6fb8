import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostProblem } from '../WorkbookHost';
import type { PaneStrings } from '../paneStrings';

/** A problem as the user sees it: what happened and what to do, in a Fluent MessageBar. */
export function ProblemBar({ problem, strings }: { readonly problem: HostProblem; readonly strings: PaneStrings }) {
  const advice = strings.problems[problem.code];
  return (
    <MessageBar intent="error" role="alert" data-testid="problem">
      <MessageBarBody>
        <MessageBarTitle>{strings.problemTitle}</MessageBarTitle>
        {advice}
        {problem.code === 'unknown' && problem.message ? ` ${problem.message}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
