import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatAmount, isRisk, localeOf, localizeFinding, rangeToA1, ruleOf, type DetectedTable, type Finding, type Lang, type Severity } from '../../engine';
import type { PaneStrings } from '../paneStrings';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, display: 'block', marginBottom: tokens.spacingVerticalXS },
  severity: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
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
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  why: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

const BADGE: { readonly [S in Severity | 'risk']: 'danger' | 'warning' | 'informative' | 'brand' } = { error: 'danger', warning: 'warning', info: 'informative', risk: 'brand' };

/** Errors, then risks (fragile totals, whatever their severity), then warnings and notes. */
const SECTIONS: readonly (Severity | 'risk')[] = ['error', 'risk', 'warning', 'info'];

export interface FindingsViewProps {
  readonly tables: readonly DetectedTable[];
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly selected?: Finding;
  readonly onSelect: (finding: Finding) => void;
}

/** Findings grouped by table (in the order the tables were found), then by severity, errors first, risks right after them. */
export function FindingsView({ tables, findings, lang, strings, selected, onSelect }: FindingsViewProps) {
  const styles = useStyles();
  const locale = localeOf(lang);
  const groups: { key: string; title: string; findings: Finding[] }[] = [];
  const byTable = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = byTable.get(f.tableId);
    if (list) list.push(f);
    else byTable.set(f.tableId, [f]);
  }
  for (const t of tables) {
    const list = byTable.get(t.id);
    if (list) groups.push({ key: t.id, title: strings.table(t.id, t.sheet, rangeToA1(t.range)), findings: list });
  }
  for (const [id, list] of byTable) {
    if (id === null || !tables.some((t) => t.id === id)) groups.push({ key: id ?? '-', title: id ?? strings.otherFindings, findings: list });
  }
  const amount = (d: string | null) => (d === null ? '—' : formatAmount(d, lang));
  return (
    <div data-testid="findings">
      {groups.map((g) => (
        <section key={g.key} className={styles.group} aria-label={g.title}>
          <Text className={styles.groupTitle}>{g.title}</Text>
          {SECTIONS.map((severity) => {
            const list = g.findings.filter((f) => (severity === 'risk' ? isRisk(f.code) : f.severity === severity && !isRisk(f.code)));
            if (list.length === 0) return null;
            return (
              <div key={severity}>
                <div className={styles.severity} data-section={severity}>
                  <Badge appearance="tint" color={BADGE[severity]}>
                    {list.length}
                  </Badge>
                  <Text size={200}>{severity === 'risk' ? locale.ui.risks : locale.severityPlural[severity]}</Text>
                </div>
                <ul className={styles.list}>
                  {list.map((f, i) => (
                    <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`}>
                      <button
                        type="button"
                        className={selected === f ? `${styles.item} ${styles.selected}` : styles.item}
                        data-finding={`${f.sheet}!${f.cell}`}
                        data-severity={f.severity}
                        aria-label={`${strings.goTo(`${f.sheet}!${f.cell}`)}: ${localizeFinding(f, lang)}`}
                        onClick={() => onSelect(f)}
                      >
                        {localizeFinding(f, lang)}
                        {severity === 'risk' ? <span className={styles.why}>{ruleOf(f.code).risk?.[lang]}</span> : null}
                        {f.expected !== null || f.actual !== null ? (
                          <span className={styles.figures}>
                            <span>{strings.expected}</span>
                            <span>{amount(f.expected)}</span>
                            <span>{strings.actual}</span>
                            <span>{amount(f.actual)}</span>
                            {f.difference !== null ? (
                              <>
                                <span>{strings.difference}</span>
                                <span>{amount(f.difference)}</span>
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
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
