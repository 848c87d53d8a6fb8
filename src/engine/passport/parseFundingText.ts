import { Dec, type Dec as DecT } from '../numbers';
import { sourceKeyOf } from '../vocabulary/classifyLabel';
import { type SourceKey } from '../vocabulary/vocabulary';

/** One figure read out of a passport's funding paragraph. */
export interface TextFigure {
  readonly id: number;
  /** null: the total over all years (`всего ...`). */
  readonly year: number | null;
  /** null: all sources (the programme as a whole). */
  readonly source: SourceKey | null;
  readonly sourceLabel?: string;
  readonly value: DecT;
  readonly decimals: number;
  /** The words the figure was read from: `2020 год – 99 822,7`. */
  readonly excerpt: string;
}

/** A sentence or line of the paragraph: about one source (or the whole), with a total and/or years. */
export interface TextSegment {
  readonly source: SourceKey | null;
  readonly sourceLabel?: string;
  readonly total?: TextFigure;
  readonly years: readonly TextFigure[];
  /** The total was introduced by a funding phrase (`Объем финансирования ... –`, `на 2015-2019 годы –`). */
  readonly funding: boolean;
}

// 345 128,0 · 1,234.5 (English grouping) · 615,142 · 0 — never a year (`2021 год`), never cut short
const NUM = String.raw`(-?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|-?\d{1,3}(?:,\d{3})+\.\d+|-?\d+(?:[.,]\d+)?)`;
const AFTER_NUM = String.raw`(?![\d]|[.,]\d|[ \u00A0]?(?:год|г\.|гг|year))`;
const YEAR_FIGURE = new RegExp(
  String.raw`(?:(?<![\d\p{L}])((?:19|20)\d\d) ?(?:год[ау]?|г\.?)\s*[–—:-]\s*|(?<![\d\p{L}])(?:FY ?)((?:19|20)\d\d)\s*[–—:-]\s*|(?<![\d\p{L}-])((?:19|20)\d\d)\s+[–—]\s+)(?:по\s+)?${NUM}${AFTER_NUM}`,
  'giu',
);
const TOTAL_FIGURE = new RegExp(String.raw`(?<![\p{L}])(?:всего|итого|total(?: funding| budget| cost)?)\s*[:–—-]?\s*(?:в сумме\s+|(?:USD|US\$|\$|EUR|€)\s*)?${NUM}${AFTER_NUM}`, 'giu');
/** The whole programme period with its figure: `на 2015-2019 годы – 615,142 тыс. рублей`. */
const PERIOD_FIGURE = new RegExp(String.raw`(?<![\d\p{L}])(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*(?:годы|годах|гг\.?|г\.г\.)\s*(?:[–—:-]|составля\S*|в сумме)\s*(?:в сумме\s+)?${NUM}${AFTER_NUM}`, 'giu');
/** `Объем финансирования ... составляет 615,1`: a funding phrase before the programme's figure. */
const FUNDING_PHRASE = new RegExp(String.raw`(?:объем\S* финансирования|общий объем|объем\S* средств)[^.;:\d]{0,80}?(?:составля\S*|[–—:-])\s*(?:в сумме\s+)?${NUM}${AFTER_NUM}`, 'giu');
/** A cheap test before the parser: funding prose names a year with an amount, or a total. */
const MAY_HOLD_FUNDING = /(?:19|20)\d\d ?(?:год|г\.|[:–—-])|(?:всего|итого|total)\s*[:–—-]?\s*\d|FY ?\d/i;

/** Whether a text cell may hold a funding paragraph (long enough, with a year and amount or a total). */
export function mayHoldFundingText(text: string): boolean {
  return text.length >= 40 && MAY_HOLD_FUNDING.test(text);
}

const SEGMENT_SPLIT = /\n+|(?<=\.)\s+(?=[А-ЯЁA-Z])/u;

/**
 * Reads the figures out of a passport's funding paragraph, e.g.
 * `Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; ...`
 * `Бюджет Московской области: всего 1 567,0 тыс. руб., в т.ч. по годам реализации: 2020 год – 1 567,0 ...`
 * `Объемы финансирования мероприятий на 2015-2019 годы – 615,142 тыс. рублей`
 * Returns undefined for text that holds no such figures.
 */
export function parseFundingText(text: string): TextSegment[] | undefined {
  if (text.length < 20) return undefined;
  let id = 0;
  const segments: TextSegment[] = [];
  for (const raw of text.split(SEGMENT_SPLIT)) {
    const seg = raw.trim();
    if (!seg) continue;
    const colon = seg.indexOf(':');
    let source: SourceKey | null = null;
    let sourceLabel: string | undefined;
    if (colon > 2 && colon < 160) {
      const label = seg.slice(0, colon).trim();
      const key = sourceKeyOf(label);
      if (key && !/^(?:всего|итого|total)/i.test(label)) {
        source = key;
        sourceLabel = label;
      }
    }
    const years: TextFigure[] = [];
    for (const m of seg.matchAll(YEAR_FIGURE)) {
      const year = Number(m[1] ?? m[2] ?? m[3]);
      const fig = figure(m[4], year, m[0]);
      if (fig) years.push({ ...fig, id: id++, source, sourceLabel });
    }
    let total: TextFigure | undefined;
    let funding = false;
    for (const pattern of [TOTAL_FIGURE, PERIOD_FIGURE, FUNDING_PHRASE]) {
      const m = pattern.exec(seg);
      pattern.lastIndex = 0;
      const fig = m ? figure(m[1], null, m[0]) : undefined;
      if (fig) {
        total = { ...fig, id: id++, source, sourceLabel };
        funding = pattern !== TOTAL_FIGURE;
        break;
      }
    }
    if (total || years.length > 0) segments.push({ source, sourceLabel, total, years, funding });
  }
  const yearFigures = segments.reduce((n, s) => n + s.years.length, 0);
  const sourced = segments.filter((s) => s.source && s.total).length;
  // a lone total counts only when a funding phrase names it (not any "всего 5 мероприятий")
  return yearFigures >= 2 || sourced >= 1 || segments.some((s) => s.funding) ? segments : undefined;
}

function figure(num: string, year: number | null, excerpt: string): Omit<TextFigure, 'id' | 'source' | 'sourceLabel'> | undefined {
  // `1,234.5`: English grouping; otherwise a comma is the decimal comma
  const english = /^-?\d{1,3}(?:,\d{3})+\.\d+$/.test(num);
  const compact = english ? num.replace(/,/g, '') : num.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(compact)) return undefined;
  const dot = compact.indexOf('.');
  return { year, value: new Dec(compact), decimals: dot < 0 ? 0 : compact.length - dot - 1, excerpt: excerpt.replace(/\s+/g, ' ').trim() };
}
