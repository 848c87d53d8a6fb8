import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { HostProblem } from '../WorkbookHost';
import type { PaneStrings } from '../paneStrings';

/**
 * A problem as the user sees it: what happened and what to do, one sentence in the pane's
 * language, in a Fluent MessageBar; the technical detail (the host's own message, often in
 * English) behind a Details toggle.
 */
export function ProblemBar({ problem, strings }: { readonly problem: HostProblem; readonly strings: PaneStrings }) {
  const [open, setOpen] = useState(false);
  const advice = strings.problems[problem.code];
  return (
    <MessageBar intent="error" role="alert" data-testid="problem" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.problemTitle}</MessageBarTitle>
        {advice}
        {problem.message ? (
          <>
            {' '}
            <Button appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="problem-details-toggle">
              {strings.details}
            </Button>
            {open ? <div data-testid="problem-details">{problem.message}</div> : null}
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
