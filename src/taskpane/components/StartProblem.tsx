import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromTag } from '../../engine';
import { PANE_STRINGS } from '../paneStrings';
import { asHostProblem } from '../WorkbookHost';
import { ProblemBar } from './ProblemBar';

/** When the pane cannot start (not Excel, an Excel too old): the reason, in a MessageBar. */
export function StartProblem({ error }: { readonly error: unknown }) {
  const strings = PANE_STRINGS[langFromTag(typeof navigator === 'undefined' ? undefined : navigator.language)];
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: 12 }}>
        <ProblemBar problem={asHostProblem(error)} strings={strings} />
      </div>
    </FluentProvider>
  );
}
