#!/usr/bin/env node
'use strict';
// Builds samples/indicator-report-sample.xlsx (the README's fill examples): the sample programme
// (samples/programme-sample.xlsx) plus two report templates a finance officer might get: a table
// with shortened names in another order, without numbers, and a note with placeholders.
const { join } = require('node:path');
const ExcelJS = require('exceljs');

(async () => {
  const dir = join(__dirname, '..', 'samples');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'programme-sample.xlsx'));
  const thin = { style: 'thin' };
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  const report = wb.addWorksheet('Отчет 2025');
  report.getCell('A1').value = 'Отчет о достижении значений целевых показателей за 2025 год';
  const header = ['№', 'Показатель', 'Ед. изм.', 'План на 2025 г.', 'Факт за 2025 г.', 'Отклонение', '% исполнения'];
  const rows = [
    ['Доля муниципальных служащих, прошедших повышение квалификации', '%', 40],
    ['Доля населения, удовлетворённого деятельностью ОМСУ', '%', 61],
    ['Доля жителей, получающих госуслуги в электронной форме', '%', null],
    ['Доля муниципальных служащих', '%', null],
    ['Степень обеспечения безопасности информационных ресурсов', '%', null],
  ];
  report.addRow([]);
  report.addRow(header).eachCell((c) => {
    c.font = { bold: true };
    c.border = border;
  });
  rows.forEach(([name, unit, fact], i) => {
    const row = report.addRow([i + 1, name, unit, null, fact, null, null]);
    for (let col = 1; col <= header.length; col++) row.getCell(col).border = border;
    row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  report.getColumn(2).width = 60;

  const note = wb.addWorksheet('Справка');
  note.getCell('A1').value = 'Справка о целевых показателях';
  note.getCell('A3').value = 'Доля жителей, получающих услуги в электронной форме, в 2024 году — {{2.1 | 2024}} %, в 2026 году — {{2.1 | 2026}} %.';
  note.getCell('A4').value = 'Повышение квалификации муниципальных служащих, план на 2025 год:';
  note.getCell('B4').value = '{{Доля муниципальных служащих прошедших повышение квалификации | 2025}}';
  note.getCell('A5').value = 'Число посещений библиотек: {{Число посещений библиотек | 2025}}';
  note.getColumn(1).width = 80;

  await wb.xlsx.writeFile(join(dir, 'indicator-report-sample.xlsx'));
})();
