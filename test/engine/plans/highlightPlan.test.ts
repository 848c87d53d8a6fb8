import { join } from 'node:path';
import { highlightPlan, HIGHLIGHT_FILLS } from '../../../src/engine';
import { checkFile } from '../../../src/cli/main';
import { FIXTURES } from '../../support/fixtures';

describe('highlightPlan', () => {
  it('marks each finding cell once, in the colour of its worst finding, with every finding as its note', async () => {
    const { result } = await checkFile(join(FIXTURES, 'kozhevnikovo-programme.xlsx'));
    const plan = highlightPlan(result!.findings, 'ru');
    const cells = plan.marks.map((m) => `${m.sheet}!${m.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(plan.marks.find((m) => m.cell === 'D51')).toMatchObject({ sheet: 'Приложение 2', fill: HIGHLIGHT_FILLS.error });
    expect(plan.marks.find((m) => m.cell === 'G79')).toMatchObject({ fill: HIGHLIGHT_FILLS.warning });
    expect(plan.marks.find((m) => m.cell === 'D146')).toMatchObject({ fill: HIGHLIGHT_FILLS.info });
    expect(plan.marks.find((m) => m.cell === 'D51')!.note).toMatch(/^budget-check: D51 .*3\u00A0655,463/);
    expect(plan.marks).toHaveLength(new Set(result!.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
  });

  it('is empty when nothing is wrong', () => {
    expect(highlightPlan([], 'en').marks).toEqual([]);
  });
});
