import { sheetAddress } from '../../src/taskpane/sheetAddress';

describe('a sheet name before a reference, as Excel writes it', () => {
  it.each([
    ['Паспорт', 'A2:E6', 'Паспорт!A2:E6'],
    ['Приложение 2', 'A3:J151', "'Приложение 2'!A3:J151"],
    ['Sheet1', 'B4', 'Sheet1!B4'],
    ['AB12', 'B4', "'AB12'!B4"],
    ['2024', 'B4', "'2024'!B4"],
    ["O'Brien", 'B4', "'O''Brien'!B4"],
    ['Отчет-2024', 'B4', "'Отчет-2024'!B4"],
  ])('%s', (sheet, address, expected) => expect(sheetAddress(sheet, address)).toBe(expected));
});
