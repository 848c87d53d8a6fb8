import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { localeOf, type Finding, type TableCorrection } from '../../engine';
import { CorrectionsView } from './CorrectionsView';
import type { PaneStrings } from '../paneStrings';
import type { PaneState } from '../usePane';
import type { CheckScope } from '../WorkbookHost';
import { progressValue } from '../checkProgress';
import { FindingsView, NO_FILTER, type FindingsFilter } from './FindingsView';
import { ProblemBar } from './ProblemBar';
import { TablesView } from './TablesView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  progress: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
});

/** A phrase as a sentence: its first letter in upper case (`ошибок: 8` → `Ошибок: 8`). */
const sentence = (phrase: string) => phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);

/** What the pane is doing: nothing, reading the workbook, checking, or changing the workbook. */
export type Busy = 'reading' | 'checking' | 'writing' | null;

/** The pane's check state (see usePane), its words, and what its buttons do. */
export interface CheckPanelProps extends Omit<PaneState, 'marks'> {
  readonly strings: PaneStrings;
  readonly onCheck: (scope: CheckScope) => void;
  /** Stops a check under way (the engine runs in a worker that can be ended). */
  readonly onCancel?: () => void;
  readonly onSelect: (finding: Finding) => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
  /** A table's correction: mark its cells, or write it (left out: no corrections are offered). */
  readonly onPreviewCorrection?: (c: Extract<TableCorrection, { status: 'found' }>) => void;
  readonly onApplyCorrection?: (c: Extract<TableCorrection, { status: 'found' }>) => void;
}

/** The check: its buttons, progress, the tables and findings, highlighting. Data in, callbacks out. */
export function CheckPanel(props: CheckPanelProps) {
  const { lang, strings, busy, result, problem, notice, highlighted } = props;
  const styles = useStyles();
  const locale = localeOf(lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result?.findings ?? []) counts[f.severity]++;
  const busyText = busy === 'checking' && props.progress ? strings.checkProgress(props.progress) : busy ? strings[busy] : '';
  const onlyIndicators = result !== undefined && result.tables.length > 0 && result.tables.every((t) => t.kind === 'indicators');
  // the filter belongs to the result shown: a new check shows every finding again
  const [filtered, setFiltered] = useState<{ readonly result: unknown; readonly filter: FindingsFilter }>({ result: undefined, filter: NO_FILTER });
  const filter = filtered.result === result ? filtered.filter : NO_FILTER;
  const setFilter = (f: FindingsFilter) => setFiltered({ result, filter: f });
  return (
    <div className={styles.root}>
      <Text size={200}>{strings.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => props.onCheck('workbook')}>
          {strings.checkWorkbook}
        </Button>
        <Button disabled={busy !== null} onClick={() => props.onCheck('active-sheet')}>
          {strings.checkSheet}
        </Button>
      </div>
      {busy ? (
        <div className={styles.progress}>
          <Field className={styles.bar} validationMessage={busyText} validationState="none" data-testid="progress">
            <ProgressBar thickness="large" value={busy === 'checking' && props.progress ? progressValue(props.progress) : undefined} aria-label={busyText} />
          </Field>
          {busy === 'checking' && props.onCancel ? (
            <Button size="small" onClick={props.onCancel} data-testid="cancel">
              {strings.cancel}
            </Button>
          ) : null}
        </div>
      ) : null}
      {problem ? <ProblemBar problem={problem} strings={strings} /> : null}
      {notice && !problem ? (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <>
          <Text className={styles.heading} data-testid="summary">
            {result.tables.length === 0 ? locale.ui.noTables : `${sentence(locale.ui.tablesFound(result.tables.length))}. ${sentence(locale.ui.summary(counts.error, counts.warning, counts.info))}.`}
          </Text>
          {props.stale ? (
            <MessageBar intent="warning" data-testid="stale">
              <MessageBarBody>{strings.stale}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result.findings.length === 0 && result.tables.length > 0 ? (
            <MessageBar intent="success" data-testid="clean">
              <MessageBarBody>{onlyIndicators ? strings.nothingToAdd : locale.ui.noFindings}</MessageBarBody>
            </MessageBar>
          ) : null}
          {result.findings.length > 0 || highlighted ? (
            <div className={styles.actions}>
              {result.findings.length > 0 ? (
                <Button disabled={busy !== null || props.stale} onClick={props.onHighlight}>
                  {strings.highlight}
                </Button>
              ) : null}
              <Button disabled={busy !== null || !highlighted} onClick={props.onClear}>
                {strings.clearHighlights}
              </Button>
            </div>
          ) : null}
          {result.findings.length > 0 ? (
            <>
              <Text className={styles.heading} id="findings-heading">
                {strings.findings}
              </Text>
              <FindingsView
                tables={result.tables}
                findings={result.findings}
                lang={lang}
                strings={strings}
                selected={props.selected}
                onSelect={props.onSelect}
                filter={filter}
                onFilter={setFilter}
              />
            </>
          ) : null}
          {result.corrections?.length && props.onPreviewCorrection && props.onApplyCorrection ? (
            <CorrectionsView
              corrections={result.corrections}
              lang={lang}
              strings={strings}
              disabled={busy !== null || props.stale === true}
              onPreview={props.onPreviewCorrection}
              onApply={props.onApplyCorrection}
            />
          ) : null}
          {result.tables.length > 0 ? (
            <TablesView
              tables={result.tables}
              findings={result.findings}
              strings={strings}
              onShowFindings={(id) => {
                setFilter({ ...NO_FILTER, scope: `table:${id}` });
                document.getElementById('findings-heading')?.scrollIntoView?.({ block: 'start' });
              }}
            />
          ) : null}
        </>
      ) : highlighted ? (
        <div className={styles.actions}>
          <Button disabled={busy !== null} onClick={props.onClear}>
            {strings.clearHighlights}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
