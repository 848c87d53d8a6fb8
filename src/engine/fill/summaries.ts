import { rangeToA1, toA1 } from '../address';
import type { SourceTableSummary, TemplateSummary } from './FillResult';
import type { IndicatorTable } from './IndicatorTable';
import type { Template } from './Template';

/** An indicator table as shown to the user (the source, or a candidate for it). */
export function sourceSummary(table: IndicatorTable): SourceTableSummary {
  return { id: table.id, sheet: table.sheet, range: rangeToA1(table.range), years: table.years, rows: table.rows.length };
}

/** A template as shown to the user. */
export function templateSummary(template: Template): TemplateSummary {
  const t = template.table;
  return {
    sheet: template.sheet,
    range: t ? rangeToA1(t.range) : null,
    columns: (t?.columns ?? []).map((c) => ({ cell: toA1({ row: t!.header.bottom, col: c.col }), role: c.role, year: c.year ?? null, header: c.header })),
    rows: t?.rows.length ?? 0,
    placeholders: template.placeholders.length,
    titleYear: template.titleYear ?? null,
  };
}
