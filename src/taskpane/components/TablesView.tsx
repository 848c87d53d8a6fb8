import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { Fragment, useMemo, useState } from 'react';
import { rangeToA1, type Finding } from '../../engine';
import type { PaneTable } from '../../worker/engineProtocol';
import type { PaneStrings } from '../paneStrings';
import { PAGE } from './FindingsView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  toggle: { alignSelf: 'flex-start', textAlign: 'start' },
  table: { fontSize: tokens.fontSizeBase200 },
  tableRow: { borderBottomStyle: 'none' },
  sources: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, paddingBottom: tokens.spacingVerticalXS },
  indicator: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** `2021–2025`, or the years listed when they are not consecutive. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

export interface TablesViewProps {
  readonly tables: readonly PaneTable[];
  readonly findings?: readonly Finding[];
  readonly strings: PaneStrings;
  /** Shows a table's findings (the findings filtered to it). */
  readonly onShowFindings?: (tableId: string) => void;
}

/**
 * The tables the check found, collapsed to a line that opens on demand: sheet, range, kind
 * (indicator tables are never added up), years, unit, sources on a line of their own, and a
 * button to a table's findings. Drawn a page at a time.
 */
export function TablesView({ tables, findings = [], strings, onShowFindings }: TablesViewProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const f of findings) if (f.tableId) c.set(f.tableId, (c.get(f.tableId) ?? 0) + 1);
    return c;
  }, [findings]);
  const indicators = tables.filter((t) => t.kind === 'indicators').length;
  const page = tables.slice(0, limit);
  return (
    <section className={styles.root} aria-label={strings.tables}>
      <Button appearance="subtle" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="tables-toggle">
        {open ? strings.hideTables : strings.showTables(tables.length, indicators)}
      </Button>
      {open ? (
        <Table size="extra-small" className={styles.table} aria-label={strings.tables} data-testid="tables">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.colSheet}</TableHeaderCell>
              <TableHeaderCell>{strings.colRange}</TableHeaderCell>
              <TableHeaderCell>{strings.colKind}</TableHeaderCell>
              <TableHeaderCell>{strings.colYears}</TableHeaderCell>
              <TableHeaderCell>{strings.colUnit}</TableHeaderCell>
              <TableHeaderCell>{strings.findings}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.map((t) => {
              const n = counts.get(t.id) ?? 0;
              return (
                <Fragment key={t.id}>
                  <TableRow data-table={t.id} data-kind={t.kind} className={t.sources.length > 0 ? styles.tableRow : undefined}>
                    <TableCell>{t.sheet}</TableCell>
                    <TableCell>{`${t.id} ${rangeToA1(t.range)}`}</TableCell>
                    <TableCell className={t.kind === 'indicators' ? styles.indicator : undefined}>{t.kind === 'indicators' ? strings.indicatorTable : strings.fundingTable}</TableCell>
                    <TableCell>{yearSpan(t.years)}</TableCell>
                    <TableCell>{t.unit ?? strings.noUnit}</TableCell>
                    <TableCell>
                      {n > 0 && onShowFindings ? (
                        <Button appearance="transparent" size="small" onClick={() => onShowFindings(t.id)} data-show-findings={t.id}>
                          {strings.tableFindings(n)}
                        </Button>
                      ) : (
                        strings.tableFindings(n)
                      )}
                    </TableCell>
                  </TableRow>
                  {t.sources.length > 0 ? (
                    <TableRow data-sources={t.id}>
                      <TableCell colSpan={6} className={styles.sources}>
                        {strings.colSources}: {t.sources.join('; ')}
                      </TableCell>
                    </TableRow>
                  ) : null}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
      {open && tables.length > page.length ? (
        <div className={styles.more}>
          <Text size={200}>{strings.shown(page.length, tables.length)}</Text>
          <Button size="small" onClick={() => setLimit((n) => n + PAGE)}>
            {strings.showMore(Math.min(PAGE, tables.length - page.length))}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
