import { Button, FluentProvider, makeStyles, Tab, TabList, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useReducer, useRef, useState } from 'react';
import { App } from '../taskpane/App';
import { ProblemBar } from '../taskpane/components/ProblemBar';
import { PANE_STRINGS } from '../taskpane/paneStrings';
import { asHostProblem, type HostProblem } from '../taskpane/WorkbookHost';
import { langFromTag } from '../engine';
import { GridView } from './GridView';
import { OpenCancelled, type OpenProgress } from './loadXlsx';
import { MemoryHost } from './MemoryHost';
import { DEFAULT_LIMITS, formatBytes } from '../cli/limits';
import { OPEN_WORDS, OpenProgressView } from './OpenProgressView';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalS, backgroundColor: '#107c41', color: '#fff' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheetArea: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalS },
  sheetBar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, flexShrink: 0 },
  sheetMenu: { flexShrink: 0, maxWidth: '180px' },
  tabStrip: { overflowX: 'auto', overflowY: 'hidden', minWidth: 0, flexGrow: 1, whiteSpace: 'nowrap' },
  tabs: { flexWrap: 'nowrap', width: 'max-content' },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1, borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

/**
 * The sheet tabs within the grid's width: a menu of every sheet, then the tabs in a strip that
 * scrolls sideways (the active tab is scrolled into view), however many sheets there are.
 */
export function SheetTabs({ names, active, onShow, label }: { readonly names: readonly string[]; readonly active: string; readonly onShow: (name: string) => void; readonly label: string }) {
  const styles = useStyles();
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tab = [...(strip.current?.querySelectorAll<HTMLElement>('[data-sheet-tab]') ?? [])].find((el) => el.dataset.sheetTab === active);
    tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <div className={styles.sheetBar} data-testid="sheet-bar">
      <select className={styles.sheetMenu} aria-label={label} value={active} onChange={(e) => onShow(e.target.value)} data-testid="sheet-menu">
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <div className={styles.tabStrip} ref={strip}>
        <TabList size="small" className={styles.tabs} selectedValue={active} onTabSelect={(_, d) => onShow(String(d.value))} data-testid="sheet-tabs">
          {names.map((name) => (
            <Tab key={name} value={name} data-sheet-tab={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}

/** The page's own words (the pane has its own, and its own language switch). */
const PAGE_WORDS = {
  en: { open: 'Open workbook…', download: 'Download', sheet: 'Sheet' },
  ru: { open: 'Открыть книгу…', download: 'Скачать', sheet: 'Лист' },
} as const;

/** The sample the page opens with (copied beside the page by the build). */
export const SAMPLE = { url: 'programme-sample.xlsx', name: 'programme-sample.xlsx' };

/**
 * The task pane outside Office: a workbook from an .xlsx in memory, drawn as a grid beside the
 * very same pane, a file picker to open another workbook and a download of the changed one.
 */
export function StandalonePage() {
  const styles = useStyles();
  const [host, setHost] = useState<MemoryHost>();
  const [fileName, setFileName] = useState(SAMPLE.name);
  const [opened, setOpened] = useState(0);
  const [problem, setProblem] = useState<HostProblem>();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const lang = langFromTag(navigator.language);
  const words = PAGE_WORDS[lang];
  // the grid shows figures in the pane's language (it can be switched in the pane)
  const [paneLang, setPaneLang] = useState(lang);
  const picker = useRef<HTMLInputElement>(null);

  const openingRef = useRef<AbortController | undefined>(undefined);
  const [opening, setOpening] = useState<{ readonly name: string; readonly progress: OpenProgress; readonly stop: AbortController }>();

  const open = async (data: Promise<ArrayBuffer>, name: string) => {
    // a file opened while another is being read: the first is dropped
    openingRef.current?.abort();
    const stop = new AbortController();
    openingRef.current = stop;
    setOpening({ name, progress: { stage: 'unzipping' }, stop });
    const onProgress = (progress: OpenProgress) => setOpening((o) => (o?.stop === stop ? { ...o, progress } : o));
    try {
      setProblem(undefined);
      const opened = await MemoryHost.fromXlsx(await data, navigator.language, onProgress, stop.signal);
      if (stop.signal.aborted) return;
      setHost(opened);
      setFileName(name);
      setOpened((n) => n + 1);
    } catch (error) {
      if (!(error instanceof OpenCancelled)) setProblem(asHostProblem(error));
    } finally {
      setOpening((o) => (o?.stop === stop ? undefined : o));
    }
  };

  useEffect(() => {
    open(
      fetch(SAMPLE.url).then((r) => {
        if (!r.ok) throw new Error(`${SAMPLE.url}: ${r.status}`);
        return r.arrayBuffer();
      }),
      SAMPLE.name,
    );
  }, []);
  useEffect(() => host?.subscribe(redraw), [host]);

  const download = async () => {
    if (!host) return;
    const blob = new Blob([await host.toXlsx()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.xlsx$/i, '') + '-checked.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const sheet = host?.workbook.getWorksheet(host.activeSheet);
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.toolbar}>
          <Text weight="semibold">budget-check</Text>
          <input
            ref={picker}
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={words.open}
            data-testid="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // a file past the size limit is refused by its size, before it is read into memory
              if (file && file.size > DEFAULT_LIMITS.fileBytes) setProblem({ code: 'file-too-large', message: `${file.name}: the file is larger than ${formatBytes(DEFAULT_LIMITS.fileBytes)}` });
              else if (file) open(file.arrayBuffer(), file.name);
              e.target.value = '';
            }}
          />
          <Button size="small" onClick={() => picker.current?.click()} data-testid="choose-file">
            {words.open}
          </Button>
          <Text data-testid="file-name" title={fileName}>
            {fileName}
          </Text>
          <Button size="small" onClick={download} disabled={!host} data-testid="download">
            {words.download}
          </Button>
        </div>
        <div className={styles.body}>
          <div className={styles.sheetArea}>
            {opening ? <OpenProgressView file={opening.name} progress={opening.progress} words={OPEN_WORDS[lang]} onCancel={() => opening.stop.abort()} /> : null}
            {problem ? <ProblemBar problem={problem} strings={PANE_STRINGS[lang]} /> : null}
            {host && sheet ? <GridView sheet={sheet} selection={host.selection} lang={paneLang} /> : null}
            {host ? <SheetTabs names={host.workbook.worksheets.map((ws) => ws.name)} active={host.activeSheet} onShow={(name) => host.showSheet(name)} label={words.sheet} /> : null}
          </div>
          <aside className={styles.pane}>{host ? <App key={opened} host={host} onLang={setPaneLang} /> : null}</aside>
        </div>
      </div>
    </FluentProvider>
  );
}
