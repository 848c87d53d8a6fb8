import { FluentProvider, makeStyles, Select, Tab, TabList, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../engine';
import { CheckPanel } from './components/CheckPanel';
import { ContentHistory } from './components/ContentHistory';
import { FillPanel } from './components/FillPanel';
import { RollupPanel } from './components/RollupPanel';
import { FILL_PANE_STRINGS } from './fillStrings';
import { PANE_STRINGS, type PaneStrings } from './paneStrings';
import { ROLLUP_PANE_STRINGS } from './rollupStrings';
import { inlineRunner, workerRunner, type EngineRunner } from './engineRunner';
import { useContentPlans } from './useContentPlans';
import { useFill } from './useFill';
import { usePane } from './usePane';
import { useRollups } from './useRollups';
import type { WorkbookHost } from './WorkbookHost';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The pane's panels: the check, the rollups and the indicator fill. The last two carry out their
 * plans with `content.apply(plan)`; what they wrote is listed under the panels with an undo
 * (ContentHistory). Each panel's state lives here (its hook), so it outlasts a switch of tabs.
 */
interface Panel {
  readonly id: string;
  readonly label: (strings: PaneStrings) => string;
  readonly render: () => ReactNode;
}

/** The task pane: a header with the language, the panels as tabs, the changes made with their undo. */
export function App({ host, engine, onLang }: { readonly host: WorkbookHost; readonly engine?: EngineRunner; readonly onLang?: (lang: Lang) => void }) {
  const styles = useStyles();
  const content = useContentPlans(host);
  // the engine (the check, a fill, rollups) in a Web Worker where there is one (the browser), in-line otherwise (tests)
  const runner = useMemo(() => engine ?? (typeof Worker === 'undefined' ? inlineRunner : workerRunner()), [engine]);
  const pane = usePane(host, content.revision, runner, content.apply);
  const { state } = pane;
  // every change the pane makes to the workbook: the panels that show it look again
  const revision = content.revision + state.marks;
  const strings = PANE_STRINGS[state.lang];
  // the page around the pane (the standalone host's grid) follows its language
  useEffect(() => onLang?.(state.lang), [state.lang, onLang]);
  const rollups = useRollups(host, content.apply, state.lang, content.records, revision, runner);
  const fill = useFill(host, content.apply, state.lang, content.records, revision, runner);
  const panels: Panel[] = [
    {
      id: 'check',
      label: (s) => s.tabCheck,
      render: () => (
        <CheckPanel
          {...state}
          strings={strings}
          onCheck={pane.check}
          onCancel={pane.cancel}
          onSelect={pane.select}
          onHighlight={pane.highlight}
          onClear={pane.clear}
          onPreviewCorrection={pane.previewCorrection}
          onApplyCorrection={pane.applyCorrection}
        />
      ),
    },
    {
      id: 'rollups',
      label: (s) => s.tabRollups,
      render: () => (
        <RollupPanel
          {...rollups.state}
          strings={strings}
          words={ROLLUP_PANE_STRINGS[state.lang]}
          busy={rollups.state.busy ?? (content.busy ? 'writing' : null)}
          onRead={rollups.read}
          onCancel={rollups.cancel}
          onToggle={rollups.toggle}
          onCreate={rollups.create}
        />
      ),
    },
    {
      id: 'fill',
      label: (s) => s.tabFill,
      render: () => (
        <FillPanel
          {...fill.state}
          lang={state.lang}
          strings={strings}
          words={FILL_PANE_STRINGS[state.lang]}
          busy={fill.state.busy ?? (content.busy ? 'writing' : null)}
          onRead={fill.read}
          onCancel={fill.cancel}
          onChoose={fill.choose}
          onPreview={fill.preview}
          onFill={fill.fill}
        />
      ),
    },
  ];
  const [panelId, setPanelId] = useState(panels[0].id);
  const panel = panels.find((p) => p.id === panelId) ?? panels[0];
  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root} data-testid="pane">
        <div className={styles.header}>
          <Text size={400} className={styles.title}>
            {strings.title}
          </Text>
          <Select size="small" aria-label={strings.language} value={state.lang} onChange={(_, data) => pane.setLang(data.value as Lang)} data-testid="lang">
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </Select>
        </div>
        {panels.length > 1 ? (
          <TabList size="small" selectedValue={panel.id} onTabSelect={(_, data) => setPanelId(String(data.value))} data-testid="panels">
            {panels.map((p) => (
              <Tab key={p.id} value={p.id}>
                {p.label(strings)}
              </Tab>
            ))}
          </TabList>
        ) : null}
        {panel.render()}
        <ContentHistory records={content.records} strings={strings} busy={content.busy} problem={content.problem} onRevert={content.revert} />
      </main>
    </FluentProvider>
  );
}
