import type { FindingCode, Severity } from './Finding';

/** Which engine check produces a code. */
export type CheckName = 'figures' | 'relations' | 'cross-table' | 'passport-text' | 'typed-totals' | 'formula-skips-part' | 'inconsistent-formula' | 'figure-as-text' | 'year-gaps';

export interface Rule {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly check: CheckName;
  readonly description: { readonly en: string; readonly ru: string };
  /**
   * A risk: the table may add up today and break when a figure changes. The pane lists risks
   * under a heading of their own, with this one line on why it matters.
   */
  readonly risk?: { readonly en: string; readonly ru: string };
}

/** Every finding the engine can report: its code, severity, the check that makes it, and what it means. */
export const RULES: readonly Rule[] = [
  {
    code: 'sum-mismatch',
    severity: 'error',
    check: 'relations',
    description: {
      en: 'A total differs from the sum of its parts by more than the rounding of the shown figures.',
      ru: 'Итог отличается от суммы слагаемых больше, чем допускает округление показанных цифр.',
    },
  },
  {
    code: 'rounding-difference',
    severity: 'info',
    check: 'relations',
    description: {
      en: 'A total differs from the sum of its parts, but no more than the rounding of the shown figures explains.',
      ru: 'Итог отличается от суммы слагаемых в пределах округления показанных цифр.',
    },
  },
  {
    code: 'relation-unchecked',
    severity: 'warning',
    check: 'relations',
    description: {
      en: 'A total could not be checked because a figure it needs is not a number.',
      ru: 'Итог не удалось проверить: одно из нужных чисел не читается как число.',
    },
  },
  {
    code: 'part-exceeds-whole',
    severity: 'warning',
    check: 'relations',
    description: {
      en: 'An "of which" row is larger than the row it is part of.',
      ru: 'Строка «из них» больше строки, частью которой она является.',
    },
  },
  {
    code: 'unparsable-number',
    severity: 'warning',
    check: 'figures',
    description: {
      en: 'A cell looks like a figure but is not a number (e.g. "2600,,0"); it is left out of every sum.',
      ru: 'Ячейка похожа на число, но числом не является (например, «2600,,0»); в суммы она не входит.',
    },
  },
  {
    code: 'error-value',
    severity: 'warning',
    check: 'figures',
    description: {
      en: 'A figure cell holds an Excel error (#REF!, #VALUE! ...).',
      ru: 'В ячейке с суммой стоит ошибка Excel (#ССЫЛКА!, #ЗНАЧ! ...).',
    },
  },
  {
    code: 'formula-not-calculated',
    severity: 'warning',
    check: 'figures',
    description: {
      en: 'A figure cell holds a formula the file has no result for (the workbook was saved without being calculated); the totals that need it are not checked until it is recalculated.',
      ru: 'В ячейке с суммой формула, для которой в файле нет значения (книга сохранена без пересчёта); итоги, где она нужна, не проверяются, пока книгу не пересчитают.',
    },
  },
  {
    code: 'not-a-figure',
    severity: 'warning',
    check: 'figures',
    description: {
      en: 'A cell a total adds up holds a logical value (TRUE/FALSE) or a date, not an amount.',
      ru: 'В ячейке, которую складывает итог, логическое значение (ИСТИНА/ЛОЖЬ) или дата, а не сумма.',
    },
  },
  {
    code: 'table-mismatch',
    severity: 'error',
    check: 'cross-table',
    description: {
      en: 'Two tables of the workbook (a passport and an appendix) give different figures for the same year and source.',
      ru: 'Две таблицы книги (паспорт и приложение) дают разные суммы за один год по одному источнику.',
    },
  },
  {
    code: 'text-sum-mismatch',
    severity: 'warning',
    check: 'passport-text',
    description: {
      en: 'Figures written in a text cell (a passport\'s funding paragraph) do not add up.',
      ru: 'Суммы, записанные текстом (раздел паспорта об объёмах финансирования), не сходятся между собой.',
    },
  },
  {
    code: 'text-table-mismatch',
    severity: 'warning',
    check: 'passport-text',
    description: {
      en: 'A figure written in a text cell differs from the same figure in a funding table.',
      ru: 'Сумма, записанная текстом, отличается от той же суммы в таблице финансирования.',
    },
  },
  {
    code: 'typed-total',
    severity: 'warning',
    check: 'typed-totals',
    description: {
      en: 'A total is a typed number where the other totals of its row or column are formulas (info, once per table, when every total of a table is typed).',
      ru: 'Итог введён числом, а соседние итоги той же строки или графы — формулы (справка, одна на таблицу, если все итоги таблицы введены числами).',
    },
    risk: {
      en: 'It adds up now, but will not follow its parts when a figure changes.',
      ru: 'Сейчас сходится, но не изменится вслед за слагаемыми, если поменять цифру.',
    },
  },
  {
    code: 'formula-skips-part',
    severity: 'error',
    check: 'formula-skips-part',
    description: {
      en: 'A total\'s formula leaves out a part its siblings\' formulas include, or adds a cell that is not a part (a column-number row, a total of another level); a warning when what it leaves out is zero today.',
      ru: 'Формула итога пропускает слагаемое, которое входит в формулы соседних итогов, или складывает лишнюю ячейку (строку номеров граф, итог другого уровня); предупреждение, если пропущенное сейчас равно нулю.',
    },
    risk: {
      en: 'The formula does not add what the table says it adds: a figure entered there is lost or counted twice.',
      ru: 'Формула складывает не то, что показывает таблица: введённая туда цифра потеряется или учтётся дважды.',
    },
  },
  {
    code: 'inconsistent-formula',
    severity: 'warning',
    check: 'inconsistent-formula',
    description: {
      en: 'One total\'s formula differs in shape from the formulas of the other totals of its row or column.',
      ru: 'Формула одного итога устроена иначе, чем формулы остальных итогов той же строки или графы.',
    },
    risk: {
      en: 'A formula copied across that was later edited by hand: it may add other cells than its neighbours.',
      ru: 'Формулу, скопированную по строке или графе, поправили вручную: она может складывать не те ячейки, что соседние.',
    },
  },
  {
    code: 'figure-as-text',
    severity: 'info',
    check: 'figure-as-text',
    description: {
      en: 'A figure typed as text in a table whose totals are formulas (a warning when a formula total reads it: SUM leaves text out).',
      ru: 'Сумма введена текстом в таблице, итоги которой — формулы (предупреждение, если её читает формула итога: СУММ пропускает текст).',
    },
    risk: {
      en: 'Formulas do not count text: the total is short by this figure, now or once it is summed.',
      ru: 'Формулы не считают текст: итог окажется меньше на эту сумму — сейчас или когда её включат в формулу.',
    },
  },
  {
    code: 'year-gap',
    severity: 'warning',
    check: 'year-gaps',
    description: {
      en: 'A funding table\'s years skip some (2019, then 2024): every year it has is checked, and the rollups take the same years; the years between have no figures in it.',
      ru: 'В таблице финансирования пропущены годы (2019, затем 2024): проверены все годы, какие в ней есть, своды строятся по тем же годам; за годы между ними сумм в таблице нет.',
    },
  },
];

/** Whether a finding is a risk (a fragile total rather than a wrong one): the pane lists these apart. */
export function isRisk(code: FindingCode): boolean {
  return ruleOf(code).risk !== undefined;
}

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleOf(code: FindingCode): Rule {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`unknown finding code: ${code}`);
  return rule;
}
