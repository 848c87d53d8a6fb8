import { CHECKS, langFromTag, localizeFinding, RULES, type Finding } from '../../../src/engine';

const sample = (code: Finding['code']): Finding => ({
  code,
  severity: RULES.find((r) => r.code === code)!.severity,
  sheet: 'Приложение 2',
  cell: 'D51',
  tableId: 'T3',
  expected: '3655.463',
  actual: '3535.663',
  difference: '-119.8',
  parts: ['D52:D57'],
  params: {
    relation: 'block-total',
    subject: { label: 'Итого по задаче 2', column: 'Объем финансирования' },
    text: '2600,,0',
    badCells: ['G79'],
    otherTable: 'T1',
    otherSheet: 'Паспорт',
    otherCell: 'H6',
    year: 2024,
    source: 'районный бюджет',
    excerpt: 'всего 421 246,4',
    gap: { after: 2019, before: 2024 },
  },
});

describe('wording of findings', () => {
  it.each(RULES.flatMap((r) => (['en', 'ru'] as const).map((lang) => [r.code, lang] as const)))('%s in %s names the cell and its figures', (code, lang) => {
    const text = localizeFinding(sample(code), lang);
    expect(text).toContain('D51');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    if (['sum-mismatch', 'rounding-difference', 'table-mismatch', 'text-sum-mismatch', 'text-table-mismatch'].includes(code)) {
      expect(text).toContain(lang === 'ru' ? '3\u00A0655,463' : '3,655.463');
      expect(text).toContain(lang === 'ru' ? '\u2212119,8' : '\u2212119.8');
    }
  });

  it('explains the likely wrong cell and what else it settles', () => {
    const f: Finding = { ...sample('sum-mismatch'), params: { ...sample('sum-mismatch').params, likelyCell: 'D51', likelyChange: '119.8', settles: 2, related: ['D145'] } };
    expect(localizeFinding(f, 'en')).toContain('The likely wrong figure is D51. Increase D51 by 119.8 (to 3,655.463) to settle 2 checks (see also D145).');
    expect(localizeFinding(f, 'ru')).toContain('Вероятно, ошибка в ячейке D51. Увеличьте D51 на 119,8 (до 3\u00A0655,463), и сойдутся 2 проверки (см. также D145).');
  });

  it('says which way to change a likely cell that is not the finding’s own, without a figure it does not know', () => {
    const f: Finding = { ...sample('sum-mismatch'), params: { ...sample('sum-mismatch').params, likelyCell: 'D53', likelyChange: '-0.5', settles: 1, related: [] } };
    expect(localizeFinding(f, 'en')).toContain('The likely wrong figure is D53. Decrease D53 by 0.5 to settle 1 check.');
    expect(localizeFinding(f, 'ru')).toContain('Вероятно, ошибка в ячейке D53. Уменьшите D53 на 0,5, и сойдутся 1 проверка.');
    const t: Finding = { ...sample('text-sum-mismatch'), params: { ...sample('text-sum-mismatch').params, likelyText: 'областной бюджет: 12,5', likelyChange: '3', settles: 2 } };
    expect(localizeFinding(t, 'en')).toContain('The likely wrong figure is “областной бюджет: 12,5”: increase it by 3 to settle 2 checks.');
    expect(localizeFinding(t, 'ru')).toContain('Вероятно, неверна сумма «областной бюджет: 12,5»: увеличьте её на 3, и сойдутся 2 проверки.');
  });

  it('has a description of every rule in both languages', () => {
    for (const r of RULES) {
      expect(r.description.en.length).toBeGreaterThan(20);
      expect(r.description.ru).toMatch(/[а-я]/);
    }
  });

  it('takes Russian from ru language tags only', () => {
    expect(langFromTag('ru-RU')).toBe('ru');
    expect(langFromTag('ru_RU.UTF-8')).toBe('ru');
    expect(langFromTag('ru')).toBe('ru');
    expect(langFromTag('en-US')).toBe('en');
    expect(langFromTag('rus')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
});

describe('rules table', () => {
  it('names, for every code, a check that exists and can produce it', () => {
    for (const r of RULES) expect(typeof CHECKS[r.check]).toBe('function');
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  });
});
