import { isRisk, severityRank, type Finding, type Severity } from '../findings';
import { localizeFinding, type Lang } from '../i18n';
import type { CellMark, HighlightPlan } from './WritePlan';

/** Fill colours of highlighted cells: light red for errors, amber for warnings, light blue for rounding notes. */
export const HIGHLIGHT_FILLS: { readonly [S in Severity]: string } = {
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#DDEBF7',
};

/** Fill of a cell whose most severe finding is a risk (a fragile total): lavender, apart from the three above. */
export const RISK_FILL = '#E4D7F5';

/**
 * The highlight of a check's findings: one mark per cell, in the colour of its most severe
 * finding (a risk in a colour of its own), with every finding on that cell as its note (most
 * severe first).
 */
export function highlightPlan(findings: readonly Finding[], lang: Lang): HighlightPlan {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    // most severe first; of equal severity, a wrong total before a fragile one
    const sorted = [...list].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || Number(isRisk(a.code)) - Number(isRisk(b.code)));
    marks.push({
      sheet: sorted[0].sheet,
      cell: sorted[0].cell,
      fill: isRisk(sorted[0].code) ? RISK_FILL : HIGHLIGHT_FILLS[sorted[0].severity],
      note: `budget-check: ${sorted.map((f) => localizeFinding(f, lang)).join('\n')}`,
    });
  }
  return { kind: 'highlight', marks };
}
