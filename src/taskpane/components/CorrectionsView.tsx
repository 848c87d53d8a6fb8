import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { correctionLines, type Lang, type TableCorrection } from '../../engine';
import type { PaneStrings } from '../paneStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** Cards shown at once: a workbook with many failing tables lists the rest by number. */
export const SHOWN_CORRECTIONS = 10;

export interface CorrectionsViewProps {
  readonly corrections: readonly TableCorrection[];
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** Disables the buttons while the pane works, or when the check no longer shows the workbook. */
  readonly disabled: boolean;
  readonly onPreview: (c: Extract<TableCorrection, { status: 'found' }>) => void;
  readonly onApply: (c: Extract<TableCorrection, { status: 'found' }>) => void;
}

/**
 * Each table's correction: the fewest cells to change so that every total agrees, the cells
 * with their new figures, why this one, and Preview (marks the cells) / Apply (writes them as
 * one change, undone like any other). A table without one says why. Data in, callbacks out.
 */
export function CorrectionsView({ corrections, lang, strings, disabled, onPreview, onApply }: CorrectionsViewProps) {
  const styles = useStyles();
  if (corrections.length === 0) return null;
  const shown = corrections.slice(0, SHOWN_CORRECTIONS);
  return (
    <section className={styles.root} aria-labelledby="corrections-heading" data-testid="corrections">
      <Text className={styles.heading} id="corrections-heading">
        {strings.corrections}
      </Text>
      {shown.map((c) => {
        const [heading, ...rest] = correctionLines(c, lang);
        if (c.status !== 'found') {
          return (
            <Text key={`${c.sheet}|${c.tableId}`} size={200} data-testid="correction-gave-up">
              {heading}
            </Text>
          );
        }
        const changes = rest.slice(0, c.correction.cells.length);
        const notes = rest.slice(c.correction.cells.length);
        return (
          <Card key={`${c.sheet}|${c.tableId}`} className={styles.card} data-testid="correction">
            <Text className={styles.heading}>{heading}</Text>
            <ul className={styles.list}>
              {changes.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
                </li>
              ))}
            </ul>
            {notes.map((line) => (
              <Text key={line} size={200}>
                {line}
              </Text>
            ))}
            <div className={styles.actions}>
              <Button size="small" disabled={disabled} onClick={() => onPreview(c)}>
                {strings.previewCorrection}
              </Button>
              <Button size="small" appearance="primary" disabled={disabled} onClick={() => onApply(c)}>
                {strings.applyCorrection}
              </Button>
            </div>
          </Card>
        );
      })}
      {corrections.length > shown.length ? <Text size={200}>{strings.moreCorrections(corrections.length - shown.length)}</Text> : null}
    </section>
  );
}
