import { Badge, Button, makeStyles, Select, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { amountsOf, isRisk, localeOf, localizeFinding, rangeToA1, ruleOf, SEVERITY_ORDER, type Finding, type Lang, type Severity } from '../../engine';
import type { PaneTable } from '../../worker/engineProtocol';
import type { PaneStrings } from '../paneStrings';
import { sheetPrefix } from '../sheetAddress';

const useStyles = makeStyles({
  why: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  scope: { minWidth: 0, flexGrow: 1, maxWidth: '100%' },
  severity: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginTop: tokens.spacingVerticalXS,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

const BADGE: { readonly [S in Severity | 'risk']: 'danger' | 'warning' | 'informative' | 'brand' } = { error: 'danger', warning: 'warning', info: 'informative', risk: 'brand' };
/** Errors, then risks (fragile totals, whatever their severity), then warnings and notes. */
const SECTIONS: readonly (Severity | 'risk')[] = ['error', 'risk', 'warning', 'info'];
const sectionOf = (f: Finding): Severity | 'risk' => (isRisk(f.code) ? 'risk' : f.severity);

/** Errors, then warnings, then notes. */
export const SEVERITIES_SHOWN: readonly Severity[] = [...SEVERITY_ORDER].reverse();

/** Findings drawn at a time: the rest behind "Show more", so thousands of findings stay fast. */
export const PAGE = 100;

/** What the findings are filtered by: the severities shown, and a sheet (`sheet:NAME`), a table (`table:T3`) or everything (''). */
export interface FindingsFilter {
  readonly severities: readonly Severity[];
  readonly scope: string;
}

export const NO_FILTER: FindingsFilter = { severities: SEVERITIES_SHOWN, scope: '' };

/** The findings a filter lets through, errors first, then risks, warnings, notes, each in the order found. */
export function filterFindings(findings: readonly Finding[], filter: FindingsFilter): Finding[] {
  const { scope } = filter;
  const inScope = (f: Finding) =>
    scope === '' || (scope.startsWith('table:') ? f.tableId === scope.slice(6) : scope.startsWith('sheet:') ? f.sheet === scope.slice(6) : true);
  const out: Finding[] = [];
  for (const section of SECTIONS) {
    for (const f of findings) if (sectionOf(f) === section && filter.severities.includes(f.severity) && inScope(f)) out.push(f);
  }
  return out;
}

export interface FindingsViewProps {
  readonly tables: readonly PaneTable[];
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly selected?: Finding;
  readonly onSelect: (finding: Finding) => void;
  readonly filter: FindingsFilter;
  readonly onFilter: (filter: FindingsFilter) => void;
}

/**
 * The findings, errors first, then warnings, then notes, with filters by severity and by sheet or
 * table; each names its table. Drawn a page at a time.
 */
export function FindingsView({ tables, findings, lang, strings, selected, onSelect, filter, onFilter }: FindingsViewProps) {
  const styles = useStyles();
  const locale = localeOf(lang);
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const tableOf = useMemo(() => new Map(tables.map((t) => [t.id, t])), [tables]);
  const sheets = useMemo(() => [...new Set([...tables.map((t) => t.sheet), ...findings.map((f) => f.sheet)])], [tables, findings]);
  const withFindings = useMemo(() => new Set(findings.map((f) => f.tableId)), [findings]);
  const page = shown.slice(0, limit);
  const setFilter = (next: FindingsFilter) => {
    setLimit(PAGE);
    onFilter(next);
  };
  const toggle = (severity: Severity) =>
    setFilter({ ...filter, severities: filter.severities.includes(severity) ? filter.severities.filter((s) => s !== severity) : SEVERITIES_SHOWN.filter((s) => s === severity || filter.severities.includes(s)) });
  const groups = SECTIONS.map((severity) => ({ severity, list: page.filter((f) => sectionOf(f) === severity) })).filter((g) => g.list.length > 0);
  return (
    <div data-testid="findings">
      <div className={styles.filters} role="group" aria-label={strings.filterSeverity} data-testid="severity-filter">
        {SEVERITIES_SHOWN.map((severity) =>
          counts[severity] > 0 ? (
            <ToggleButton key={severity} size="small" checked={filter.severities.includes(severity)} onClick={() => toggle(severity)} data-filter-severity={severity}>
              {`${locale.severityPlural[severity]}: ${counts[severity]}`}
            </ToggleButton>
          ) : null,
        )}
      </div>
      <div className={styles.filters}>
        <Select className={styles.scope} size="small" aria-label={strings.filterScope} value={filter.scope} onChange={(_, d) => setFilter({ ...filter, scope: d.value })} data-testid="scope-filter">
          <option value="">{strings.allScopes}</option>
          {sheets.map((sheet) => (
            <option key={`sheet:${sheet}`} value={`sheet:${sheet}`}>
              {strings.sheetScope(sheet)}
            </option>
          ))}
          {tables
            .filter((t) => withFindings.has(t.id) || `table:${t.id}` === filter.scope)
            .map((t) => (
              <option key={`table:${t.id}`} value={`table:${t.id}`}>
                {strings.tableScope(t.id, `${sheetPrefix(t.sheet)}${rangeToA1(t.range)}`)}
              </option>
            ))}
        </Select>
      </div>
      {shown.length === 0 ? <Text size={200}>{strings.noMatches}</Text> : null}
      {groups.map(({ severity, list }) => (
        <section key={severity} aria-label={severity === 'risk' ? locale.ui.risks : locale.severityPlural[severity]} data-severity-group={severity} data-section={severity}>
          <div className={styles.severity}>
            <Badge appearance="tint" color={BADGE[severity]}>
              {shown.filter((f) => sectionOf(f) === severity).length}
            </Badge>
            <Text size={200} weight="semibold">
              {severity === 'risk' ? locale.ui.risks : locale.severityPlural[severity]}
            </Text>
          </div>
          <ul className={styles.list}>
            {list.map((f, i) => {
              const table = f.tableId ? tableOf.get(f.tableId) : undefined;
              const text = localizeFinding(f, lang);
              // the figures as the sentence writes them: as their cells show them
              const figures = amountsOf(f, lang);
              return (
                <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`}>
                  <button
                    type="button"
                    className={selected === f ? `${styles.item} ${styles.selected}` : styles.item}
                    data-finding={`${f.sheet}!${f.cell}`}
                    data-severity={f.severity}
                    data-table={f.tableId ?? undefined}
                    aria-label={`${strings.goTo(`${sheetPrefix(f.sheet)}${f.cell}`)}: ${text}`}
                    onClick={() => onSelect(f)}
                  >
                    <span className={styles.where}>{table ? strings.table(table.id, table.sheet, rangeToA1(table.range)) : `${sheetPrefix(f.sheet)}${f.cell}`}</span>
                    {text}
                    {severity === 'risk' ? <span className={styles.why}>{ruleOf(f.code).risk?.[lang]}</span> : null}
                    {f.expected !== null || f.actual !== null ? (
                      <span className={styles.figures}>
                        <span>{strings.expected}</span>
                        <span>{f.expected === null ? '—' : figures.expected}</span>
                        <span>{strings.actual}</span>
                        <span>{f.actual === null ? '—' : figures.actual}</span>
                        {f.difference !== null ? (
                          <>
                            <span>{strings.difference}</span>
                            <span>{figures.difference}</span>
                          </>
                        ) : null}
                        {f.parts.length > 0 ? (
                          <>
                            <span>{strings.parts}</span>
                            <span>{f.parts.join(', ')}</span>
                          </>
                        ) : null}
                      </span>
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {shown.length > page.length ? (
        <div className={styles.more}>
          <Text size={200} data-testid="findings-shown">
            {strings.shown(page.length, shown.length)}
          </Text>
          <Button size="small" onClick={() => setLimit((n) => n + PAGE)} data-testid="show-more">
            {strings.showMore(Math.min(PAGE, shown.length - page.length))}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
