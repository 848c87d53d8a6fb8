import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../paneStrings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** What a panel is doing (reading, working out the changes, writing), with Cancel while the engine works. */
export function WorkProgress({ busy, strings, onCancel, testId }: { readonly busy: 'reading' | 'planning' | 'writing'; readonly strings: PaneStrings; readonly onCancel?: () => void; readonly testId: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" data-testid={testId} data-busy={busy}>
      <Spinner size="tiny" labelPosition="after" label={strings[busy]} />
      {busy === 'planning' && onCancel ? (
        <Button size="small" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {strings.cancel}
        </Button>
      ) : null}
    </div>
  );
}
