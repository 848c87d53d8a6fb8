/** A passport (sources × years, a total column and a ВСЕГО row), every total right, as sheet rows. */
export const PASSPORT_ROWS = [
  ['Источник', '2024 год', '2025 год', 'Всего'],
  ['федеральный бюджет', 100, 200, 300],
  ['местный бюджет', 10, 20, 30],
  ['ВСЕГО:', 110, 220, 330],
];
