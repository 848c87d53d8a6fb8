import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PaneStrings } from '../paneStrings';
import type { RollupPaneStrings } from '../rollupStrings';
import type { RollupKind } from '../../engine';
import type { RollupState } from '../useRollups';
import { ProblemBar } from './ProblemBar';
import { WorkProgress } from './WorkProgress';
import { yearSpan } from './TablesView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  table: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  tableName: { fontWeight: tokens.fontWeightSemibold },
  details: { color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Tables drawn at a time: the rest behind "Show more", so hundreds of tables stay fast. */
export const TABLES_PAGE = 50;

/** The rollups' state (see useRollups), their words, and what the buttons do. */
export interface RollupPanelProps extends RollupState {
  readonly strings: PaneStrings;
  readonly words: RollupPaneStrings;
  readonly onRead: () => void;
  /** Stops the engine's work under way (shown while it plans). */
  readonly onCancel?: () => void;
  readonly onToggle: (tableId: string, kind: RollupKind, on: boolean) => void;
  readonly onCreate: () => void;
}

/** The rollups: the workbook's funding tables, each rollup that applies as a checkbox, Create, what was created. */
export function RollupPanel(props: RollupPanelProps) {
  const { strings, words, busy, tables, chosen, made, problem } = props;
  const styles = useStyles();
  const { onRead } = props;
  // the tables are read when the panel is first shown
  useEffect(() => {
    if (tables === undefined && busy === null && !problem && !props.cancelled) onRead();
  }, [tables, busy, problem, props.cancelled, onRead]);
  const ticked = Object.values(chosen).some((kinds) => kinds.length > 0);
  const [limit, setLimit] = useState(TABLES_PAGE);
  const page = tables?.slice(0, limit);
  return (
    <div className={styles.root} data-testid="rollup-panel">
      <Text size={200}>{words.intro}</Text>
      {busy ? <WorkProgress busy={busy} strings={strings} onCancel={props.onCancel} testId="rollup-progress" /> : null}
      {props.cancelled && !busy ? (
        <MessageBar intent="info" data-testid="rollup-cancelled">
          <MessageBarBody>{strings.cancelledWrite}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problem ? <ProblemBar problem={problem} strings={strings} /> : null}
      {props.changed ? (
        <MessageBar intent="warning" data-testid="rollup-changed">
          <MessageBarBody>{words.changed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {tables && tables.length === 0 ? (
        <MessageBar intent="info" data-testid="rollup-none">
          <MessageBarBody>{words.noTables}</MessageBarBody>
        </MessageBar>
      ) : null}
      {page?.map((t) => (
        <fieldset key={t.id} className={styles.table} data-rollup-table={t.id} aria-label={words.table(t.id, t.sheet, t.range)} style={{ margin: 0 }}>
          <Text className={styles.tableName}>{words.table(t.id, t.sheet, t.range)}</Text>
          <Text size={200} className={styles.details}>
            {words.details(yearSpan(t.years), t.unit)}
          </Text>
          {t.kinds.map(({ kind, reason }) => (
            <div key={kind}>
              <Checkbox
                label={words.kinds[kind]}
                checked={(chosen[t.id] ?? []).includes(kind)}
                disabled={reason !== undefined || busy !== null}
                onChange={(_, data) => props.onToggle(t.id, kind, data.checked === true)}
                data-testid={`rollup-${t.id}-${kind}`}
              />
              {reason ? <span className={styles.reason}>({words.reasons[reason]})</span> : null}
            </div>
          ))}
        </fieldset>
      ))}
      {tables && page && tables.length > page.length ? (
        <div className={styles.actions}>
          <Text size={200} data-testid="rollup-shown">
            {strings.shown(page.length, tables.length)}
          </Text>
          <Button size="small" onClick={() => setLimit((n) => n + TABLES_PAGE)} data-testid="rollup-show-more">
            {strings.showMore(Math.min(TABLES_PAGE, tables.length - page.length))}
          </Button>
        </div>
      ) : null}
      {tables || props.cancelled ? (
        <div className={styles.actions}>
          {tables && tables.length > 0 ? (
            <Button appearance="primary" disabled={busy !== null || !ticked} onClick={props.onCreate}>
              {words.create}
            </Button>
          ) : null}
          <Button disabled={busy !== null} onClick={onRead}>
            {words.readAgain}
          </Button>
          {tables && tables.length > 0 && !ticked && !made ? <Text size={200}>{words.chooseFirst}</Text> : null}
        </div>
      ) : null}
      {made ? (
        <MessageBar intent={made.sheets.some((s) => s.differences > 0) ? 'warning' : 'success'} data-testid="rollup-made">
          <MessageBarBody>
            {words.made(made.sheets.length)}
            <ul className={styles.list}>
              {made.sheets.map((s) => (
                <li key={s.sheet} data-rollup-sheet={s.sheet}>
                  {words.sheet(s.sheet, s.tableId, words.kinds[s.kind])}: {s.differences > 0 ? words.differs(s.differences) : words.agrees}
                </li>
              ))}
            </ul>
            {made.notes?.length ? (
              <ul className={styles.list}>
                {made.notes.map((note) => (
                  <li key={note} data-rollup-note>
                    {note}
                  </li>
                ))}
              </ul>
            ) : null}
            {words.undoHint}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
