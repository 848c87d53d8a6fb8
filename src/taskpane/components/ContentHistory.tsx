import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../paneStrings';
import type { ContentRecord, HostProblem } from '../WorkbookHost';
import { ProblemBar } from './ProblemBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface ContentHistoryProps {
  readonly records: readonly ContentRecord[];
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly problem?: HostProblem;
  readonly onRevert: (record: ContentRecord) => void;
}

/** What the add-in wrote into the workbook (sheets added, cells edited), each with an undo. */
export function ContentHistory({ records, strings, busy, problem, onRevert }: ContentHistoryProps) {
  const styles = useStyles();
  if (records.length === 0 && !problem) return null;
  return (
    <section className={styles.root} aria-label={strings.changes} data-testid="changes">
      <Text className={styles.heading}>{strings.changes}</Text>
      {problem ? <ProblemBar problem={problem} strings={strings} /> : null}
      {[...records].reverse().map((r) => (
        <div key={r.id} className={styles.item}>
          <Text size={200}>
            {r.title}
            {r.addedSheets.length > 0 ? ` (${strings.sheetsAdded(r.addedSheets)})` : ''}
          </Text>
          <Button size="small" disabled={busy} onClick={() => onRevert(r)} aria-label={`${strings.undo}: ${r.title}`}>
            {strings.undo}
          </Button>
        </div>
      ))}
    </section>
  );
}
