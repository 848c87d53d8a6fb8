import { detectTables, type Detection } from '../detect/detectTables';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import type { SourceTableSummary, TemplateSummary } from './FillResult';
import { rangesOverlap } from './namesTable';
import { readIndicatorTables } from './readIndicatorTables';
import { readTemplate } from './readTemplate';
import { sourceSummary, templateSummary } from './summaries';

/**
 * The sheets that are templates (a report table or placeholders), for a host to offer (the pane's
 * choice of template). An indicator table is a source, not a template, though it reads like one;
 * nor is a funding table.
 */
export function listTemplates(snapshot: WorkbookSnapshot, detection: Detection = detectTables(snapshot)): TemplateSummary[] {
  const out: TemplateSummary[] = [];
  for (const s of snapshot.sheets) {
    const template = readTemplate(new SheetGrid(s));
    const table = template.table;
    // an indicator table (a source) or a funding table reads like a report table, and is neither
    const isSource = table !== undefined && detection.tables.some((t) => t.sheet === s.name && rangesOverlap(t.range, table.range));
    if (((table?.rows.length ?? 0) > 0 && !isSource) || template.placeholders.length > 0) out.push(templateSummary(template));
  }
  return out;
}

/** The indicator tables a template could be filled from, for a host to offer (the pane's choice of source). */
export function listIndicatorTables(snapshot: WorkbookSnapshot, detection: Detection = detectTables(snapshot)): SourceTableSummary[] {
  return readIndicatorTables(detection).map(sourceSummary);
}
