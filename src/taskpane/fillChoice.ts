import type { FillOptions, Lang, SourceTableSummary, TemplateSummary } from '../engine';
import type { FillChoice, FillLists } from '../worker/engineProtocol';

/** The years a report's plan and fact columns name, else its title's. */
export function templateYears(t: TemplateSummary | undefined): number[] {
  if (!t) return [];
  const years = [...new Set(t.columns.filter((c) => c.role === 'plan' || c.role === 'fact').flatMap((c) => (c.year === null ? [] : [c.year])))].sort((a, b) => a - b);
  return years.length > 0 ? years : t.titleYear !== null ? [t.titleYear] : [];
}

/** The year field's default: the report's year when it names one. */
export function defaultYear(t: TemplateSummary | undefined): string {
  const years = templateYears(t);
  return years.length === 1 ? String(years[0]) : '';
}

/** The year as typed: undefined when empty, null when it is not a year. */
export function parseYear(text: string): number | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  const year = /^\d{4}$/.test(t) ? Number(t) : NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

/** The engine's fill options for a choice. */
export function fillOptions(choice: FillChoice, lang: Lang): FillOptions {
  return { template: choice.template ?? '', source: choice.source || undefined, year: parseYear(choice.year) ?? undefined, overwrite: choice.overwrite, lang };
}

/**
 * The user's choice over a new read of the workbook: the report kept while it is still there
 * (else the first, with its year), the source kept while it is still there (else '').
 */
export function keptChoice(choice: FillChoice, { templates, sources }: { readonly templates: readonly TemplateSummary[]; readonly sources: readonly SourceTableSummary[] }): FillChoice {
  const source = sources.some((x) => x.id === choice.source) ? choice.source : '';
  if (templates.some((t) => t.sheet === choice.template)) return { ...choice, source };
  return { template: templates[0]?.sheet, source, year: defaultYear(templates[0]), overwrite: choice.overwrite };
}

export type { FillChoice, FillLists };
