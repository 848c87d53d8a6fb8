import type { HighlightPlan } from '../engine';
import { loadFill, fillStateOf, restoreFill, type FillState } from './fillState';
import { OfficeProblem, toOfficeProblem } from './officeErrors';

export type { FillState } from './fillState';

export interface TouchedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: FillState;
  /** The comment the add-in added to the cell (never a comment of the user's). */
  readonly commentId?: string;
}

/**
 * What a highlight changed, so that "Clear highlights" can put every cell back. Plain JSON:
 * the pane keeps it in the document's settings, so it survives closing and reopening.
 */
export interface HighlightRecord {
  readonly version: 1;
  readonly cells: readonly TouchedCell[];
}


export interface HighlightOptions {
  /** Whether comments can be added (ExcelApi 1.10); without them only the fill changes. */
  readonly commentsSupported?: boolean;
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/**
 * Carries out a highlight plan: reads what it is about to change (fills, protection, which
 * cells already hold a comment), refuses with a clear problem when a sheet is protected
 * (nothing changed then), and writes every fill and note in one batch. A cell that has a
 * comment of the user's keeps it; the explanation then lives in the pane only.
 */
export async function applyHighlights(context: Excel.RequestContext, plan: HighlightPlan, options: HighlightOptions = {}): Promise<HighlightRecord> {
  try {
    const worksheets = context.workbook.worksheets;
    const sheetNames = [...new Set(plan.marks.map((m) => m.sheet))];
    const protections = sheetNames.map((name) => {
      const p = worksheets.getItem(name).protection;
      p.load('protected');
      return { name, p };
    });
    const targets = plan.marks.map((mark) => {
      const range = worksheets.getItem(mark.sheet).getRange(mark.cell);
      loadFill(range);
      return { mark, range };
    });
    const comments = options.commentsSupported ? context.workbook.comments : undefined;
    comments?.load('items');
    await context.sync();

    const locked = protections.filter((x) => x.p.protected).map((x) => x.name);
    if (locked.length > 0) throw new OfficeProblem('sheet-protected', `Protected sheets cannot be highlighted: ${locked.join(', ')}. Unprotect them and try again.`);
    // the fills as they are, before anything changes
    const before: FillState[] = targets.map(({ range }) => fillStateOf(range.format.fill));

    // cells that already hold a comment (the user's): one more read, for all of them at once
    const commented = new Set<string>();
    if (comments && comments.items.length > 0) {
      const locations = comments.items.map((c) => {
        const where = c.getLocation();
        where.load('address');
        return where;
      });
      await context.sync();
      for (const where of locations) commented.add(normalizeAddress(where.address));
    }

    const added: { index: number; comment: Excel.Comment }[] = [];
    targets.forEach(({ mark, range }, index) => {
      range.format.fill.color = mark.fill;
      if (comments && !commented.has(`${mark.sheet}!${mark.cell}`)) {
        const comment = comments.add(`${quoted(mark.sheet)}!${mark.cell}`, mark.note);
        comment.load('id');
        added.push({ index, comment });
      }
    });
    await context.sync();

    const commentIds = new Map(added.map((a) => [a.index, a.comment.id]));
    return {
      version: 1,
      cells: targets.map(({ mark }, index) => ({
        sheet: mark.sheet,
        cell: mark.cell,
        fill: before[index],
        ...(commentIds.has(index) ? { commentId: commentIds.get(index) } : {}),
      })),
    };
  } catch (error) {
    throw toOfficeProblem(error);
  }
}

/** `'Приложение 2'!D51` / `Sheet1!$D$51` → `Приложение 2!D51`. */
function normalizeAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const sheet = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '')}`;
}

/** Puts back every cell a highlight touched: its own fill, exactly, and no comment of ours. */
export async function clearHighlights(context: Excel.RequestContext, record: HighlightRecord): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    const ours = record.cells.filter((c) => c.commentId).map((c) => {
      const comment = context.workbook.comments.getItemOrNullObject(c.commentId!);
      comment.load('isNullObject');
      return comment;
    });
    // a sheet the user deleted since has nothing to put back
    const sheets = new Map(
      [...new Set(record.cells.map((c) => c.sheet))].map((name) => {
        const sheet = worksheets.getItemOrNullObject(name);
        sheet.load('isNullObject');
        return [name, sheet] as const;
      }),
    );
    await context.sync();
    for (const c of record.cells) {
      const sheet = sheets.get(c.sheet)!;
      if (!sheet.isNullObject) restoreFill(sheet.getRange(c.cell), c.fill);
    }
    for (const comment of ours) if (!comment.isNullObject) comment.delete();
    await context.sync();
  } catch (error) {
    throw toOfficeProblem(error);
  }
}
