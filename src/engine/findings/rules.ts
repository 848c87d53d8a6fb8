import type { FindingCode, Severity } from './Finding';

/** Which engine check produces a code. */
export type CheckName = 'figures' | 'relations' | 'cross-table' | 'passport-text';

export interface Rule {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly check: CheckName;
  readonly description: { readonly en: string; readonly ru: string };
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
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleOf(code: FindingCode): Rule {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`unknown finding code: ${code}`);
  return rule;
}
