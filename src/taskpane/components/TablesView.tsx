import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { rangeToA1, type DetectedTable } from '../../engine';
import type { PaneStrings } from '../paneStrings';

const useStyles = makeStyles({
  table: { fontSize: tokens.fontSizeBase200 },
  tableRow: { borderBottomStyle: 'none' },
  sources: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, paddingBottom: tokens.spacingVerticalXS },
});

/** `2021–2025`, or the years listed when they are not consecutive. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/** The tables the check found: sheet, range, years, unit, and their sources on a line of their own. */
export function TablesView({ tables, strings }: { readonly tables: readonly DetectedTable[]; readonly strings: PaneStrings }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={strings.tables} data-testid="tables">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.colSheet}</TableHeaderCell>
          <TableHeaderCell>{strings.colRange}</TableHeaderCell>
          <TableHeaderCell>{strings.colYears}</TableHeaderCell>
          <TableHeaderCell>{strings.colUnit}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((t) => (
          <Fragment key={t.id}>
            <TableRow data-table={t.id} className={t.sources.length > 0 ? styles.tableRow : undefined}>
              <TableCell>{t.sheet}</TableCell>
              <TableCell>{rangeToA1(t.range)}</TableCell>
              <TableCell>{yearSpan(t.years)}</TableCell>
              <TableCell>{t.unit ?? strings.noUnit}</TableCell>
            </TableRow>
            {t.sources.length > 0 ? (
              <TableRow data-sources={t.id}>
                <TableCell colSpan={4} className={styles.sources}>
                  {strings.colSources}: {t.sources.join('; ')}
                </TableCell>
              </TableRow>
            ) : null}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
