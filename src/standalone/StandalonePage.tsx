import { Button, FluentProvider, makeStyles, Tab, TabList, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import { App } from '../taskpane/App';
import { ProblemBar } from '../taskpane/components/ProblemBar';
import { PANE_STRINGS } from '../taskpane/paneStrings';
import { asHostProblem, type HostProblem } from '../taskpane/WorkbookHost';
import { langFromTag } from '../engine';
import { GridView } from './GridView';
import { MemoryHost } from './MemoryHost';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalS, backgroundColor: '#107c41', color: '#fff' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheetArea: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalS },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1, borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

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

  const open = async (data: Promise<ArrayBuffer>, name: string) => {
    try {
      setProblem(undefined);
      setHost(await MemoryHost.fromXlsx(await data, navigator.language));
      setFileName(name);
      setOpened((n) => n + 1);
    } catch (error) {
      setProblem(asHostProblem(error));
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
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Open workbook"
            data-testid="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) open(file.arrayBuffer(), file.name);
            }}
          />
          <Text data-testid="file-name">{fileName}</Text>
          <Button size="small" onClick={download} disabled={!host} data-testid="download">
            Download
          </Button>
        </div>
        <div className={styles.body}>
          <div className={styles.sheetArea}>
            {problem ? <ProblemBar problem={problem} strings={PANE_STRINGS[lang]} /> : null}
            {host && sheet ? <GridView sheet={sheet} selection={host.selection} /> : null}
            {host ? (
              <TabList size="small" selectedValue={host.activeSheet} onTabSelect={(_, d) => host.showSheet(String(d.value))} data-testid="sheet-tabs">
                {host.workbook.worksheets.map((ws) => (
                  <Tab key={ws.id} value={ws.name}>
                    {ws.name}
                  </Tab>
                ))}
              </TabList>
            ) : null}
          </div>
          <aside className={styles.pane}>{host ? <App key={opened} host={host} /> : null}</aside>
        </div>
      </div>
    </FluentProvider>
  );
}
