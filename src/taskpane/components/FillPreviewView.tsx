import { makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { CellFill, FillResult, FillWording } from '../../engine';
import type { FillPaneStrings } from '../fillStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  cell: { overflowWrap: 'break-word', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  narrow: { width: '6.5em' },
  small: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  note: { display: 'block', color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase100 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  line: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const kept = (c: CellFill) => c.status === 'occupied' || c.status === 'formula';
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** What a fill would do (the report and its source are shown with the choices above): the matches, the rows not matched with their closest indicators, the cells left alone, the problems. */
export function FillPreviewView({ result, words, w, done }: { readonly result: FillResult; readonly words: FillPaneStrings; readonly w: FillWording; /** Filled already: no "to write". */ readonly done: boolean }) {
  const styles = useStyles();
  const blocking = result.problems.filter((p) => p.severity === 'blocking');
  const others = result.problems.filter((p) => p.severity !== 'blocking');
  const occupied = result.matches.flatMap((m) => m.cells.filter(kept));
  return (
    <div className={styles.root} data-testid="fill-preview">
      {blocking.map((p, i) => (
        <MessageBar key={i} intent="error" data-testid="fill-blocking" data-code={p.code}>
          <MessageBarBody>{w.problem(p)}</MessageBarBody>
        </MessageBar>
      ))}
      {result.ok ? (
        <>
          <Text className={styles.heading}>{w.ui.matches(result.matches.length)}</Text>
          {result.matches.length > 0 ? (
            <Table size="extra-small" className={styles.table} data-testid="fill-matches" aria-label={w.ui.matches(result.matches.length)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{`${words.colRow} → ${words.colIndicator}`}</TableHeaderCell>
                  <TableHeaderCell className={styles.narrow}>{words.colValue}</TableHeaderCell>
                  <TableHeaderCell className={styles.narrow}>{words.colConfidence}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.matches.map((m, i) => (
                  <TableRow key={i} data-match={m.target.cell}>
                    <TableCell className={styles.cell}>
                      {w.target(m.target)}
                      <span className={styles.small} data-indicator>
                        {`→ ${w.source(m.target, m.indicator)}`}
                      </span>
                      {m.codeConflict ? <span className={styles.note}>{w.codeConflict(m.codeConflict)}</span> : null}
                      {m.unitDiffers && m.target.kind === 'row' ? <span className={styles.note}>{w.unitDiffers(m.target.unit ?? '', m.indicator.unit ?? '')}</span> : null}
                    </TableCell>
                    <TableCell className={styles.cell} data-value>
                      {m.cells.map(w.cell).join(', ')}
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <span data-confidence>{percent(m.confidence)}</span>
                      <span className={styles.small} data-method>
                        {w.method[m.method]}
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          <Text className={styles.heading}>{w.ui.unmatched(result.unmatched.length)}</Text>
          {result.unmatched.length > 0 ? (
            <ul className={styles.list} data-testid="fill-unmatched">
              {result.unmatched.map((u, i) => (
                <li key={i} data-unmatched={u.target.cell}>
                  {`${w.target(u.target)}: ${w.unmatchedReason[u.reason]}; `}
                  {u.candidates.length > 0
                    ? `${w.ui.closest}: ${u.candidates.map((c) => `${c.indicator.cell} ${w.indicator(c.indicator)} (${percent(c.score)})`).join(', ')}`
                    : w.ui.noCandidates}
                </li>
              ))}
            </ul>
          ) : null}
          {occupied.length > 0 ? (
            <MessageBar intent="warning" data-testid="fill-occupied">
              <MessageBarBody>
                {words.occupied(occupied.length)}
                <ul className={styles.list}>
                  {occupied.map((c) => (
                    <li key={c.cell} data-occupied={c.cell}>
                      {w.cell(c)}
                    </li>
                  ))}
                </ul>
                {occupied.some((c) => c.status === 'occupied') ? words.occupiedHint : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {result.formulas.length > 0 ? (
            <>
              <Text className={styles.heading}>{w.ui.formulas(result.formulas.length)}</Text>
              <Text className={styles.line} data-testid="fill-formulas">
                {result.formulas.map((f) => `${f.cell} ${f.formula}`).join(', ')}
              </Text>
            </>
          ) : null}
        </>
      ) : null}
      {others.length > 0 ? (
        <MessageBar intent="warning" data-testid="fill-problems">
          <MessageBarBody>
            {w.ui.problems(others.length)}
            <ul className={styles.list}>
              {others.map((p, i) => (
                <li key={i} data-code={p.code}>
                  {w.problem(p)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.ok && !done ? <Text data-testid="fill-to-write">{result.written > 0 ? words.toWrite(result.written) : words.nothingToWrite}</Text> : null}
    </div>
  );
}
