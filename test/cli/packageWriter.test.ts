import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { editSheet, PackageEditError, writeContentPlan } from '../../src/cli/packageWriter';
import { PackageStyles } from '../../src/cli/packageStyles';
import type { ContentPlan } from '../../src/engine';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal package by hand: one sheet, its XML as given, optional styles and calcChain. */
async function pkg(sheetXml: string, extra: { styles?: boolean; calcChain?: boolean; prefix?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  const p = extra.prefix ?? '';
  const x = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (extra.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
      (extra.calcChain ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' : '') +
      '</Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${x}="${MAIN}" xmlns:r="${R}"><${p}sheets><${p}sheet name="Data" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      (extra.styles ? `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` : '') +
      (extra.calcChain ? `<Relationship Id="rId3" Type="${R}/calcChain" Target="calcChain.xml"/>` : '') +
      '</Relationships>',
  );
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${x}="${MAIN}">${sheetXml}</${p}worksheet>`);
  if (extra.styles) {
    zip.file(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf></cellXfs></styleSheet>',
    );
  }
  if (extra.calcChain) zip.file('xl/calcChain.xml', `<calcChain xmlns="${MAIN}"><c r="B2" i="1"/></calcChain>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

async function part(data: Buffer, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(data)).file(name)?.async('string');
}

const plan = (edits: ContentPlan['edits'], newSheets: ContentPlan['newSheets'] = []): ContentPlan => ({ kind: 'content', title: 't', edits, newSheets });

describe('editSheet', () => {
  const styles = () => new PackageStyles(`<styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`);

  it('replaces and inserts cells in their places, keeps everything else, and numbers the rows and cells that were counted', () => {
    const xml =
      '<worksheet><sheetData><row r="2" spans="1:3" customHeight="1" ht="20"><c r="A2" t="s"><v>0</v></c><c r="C2"><v>5</v></c></row>' +
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="6"/></sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>';
    const out = editSheet(
      xml,
      'xl/worksheets/sheet1.xml',
      [
        { cell: 'B2', content: { kind: 'number', value: '12.50' } },
        { cell: 'C2', content: { kind: 'text', text: '=1+1 <&>' } },
        { cell: 'B3', content: { kind: 'formula', formula: '=NUMBERVALUE("1")' } },
        { cell: 'A1', content: { kind: 'number', value: '1' } },
        { cell: 'B6', content: { kind: 'empty' } },
        { cell: 'A8', content: { kind: 'number', value: '-3' } },
      ],
      styles(),
    );
    expect(out.formulaReplaced).toBe(false);
    expect(out.xml).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="1:3" customHeight="1" ht="20"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>12.50</v></c>' +
        '<c r="C2" t="inlineStr"><is><t xml:space="preserve">=1+1 &lt;&amp;&gt;</t></is></c></row>' +
        '<row><c r="A3"><v>1</v></c><c r="B3"><f>_xlfn.NUMBERVALUE("1")</f></c></row><row r="6"><c r="B6"/></row><row r="8"><c r="A8"><v>-3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>',
    );
  });

  it('numbers a row that follows an inserted one when its number was counted', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row><c r="A4"><v>4</v></c></row></sheetData></worksheet>';
    const out = editSheet(xml, 'p', [{ cell: 'A2', content: { kind: 'number', value: '2' } }], styles());
    expect(out.xml).toContain('<row r="2"><c r="A2"><v>2</v></c></row><row r="3">');
    const implicit = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>';
    // the row without a number is row 2; writing row 2 edits it
    expect(editSheet(implicit, 'p', [{ cell: 'B2', content: { kind: 'number', value: '9' } }], styles()).xml).toContain('<row><c r="A2"><v>3</v></c><c r="B2"><v>9</v></c></row>');
  });

  it('writes into an empty sheetData and keeps a namespace prefix', () => {
    const out = editSheet('<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>', 'p', [{ cell: 'C3', content: { kind: 'text', text: 'a\u001b[2J_x0041_' } }], styles());
    expect(out.xml).toBe('<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t xml:space="preserve">a_x001B_[2J_x005F_x0041_</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>');
  });

  it('says when a formula is replaced, and refuses to replace the formula other cells share', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1</f><v>2</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>0</v></c></row></sheetData></worksheet>';
    expect(editSheet(xml, 'p', [{ cell: 'A1', content: { kind: 'number', value: '3' } }], styles()).formulaReplaced).toBe(true);
    expect(editSheet(xml, 'p', [{ cell: 'A1', style: { bold: true } }], styles()).formulaReplaced).toBe(false);
    expect(() => editSheet(xml, 'xl/worksheets/sheet1.xml', [{ cell: 'B1', content: { kind: 'number', value: '3' } }], styles())).toThrow(PackageEditError);
  });
});

describe('writeContentPlan', () => {
  it('edits values and styles: the cell keeps its format, gets the new one; other cells keep theirs', async () => {
    const input = await pkg('<sheetData><row r="2"><c r="B2" s="1"><v>1</v></c><c r="C2" s="1"><v>2</v></c></row></sheetData>', { styles: true });
    const { data, changed } = await writeContentPlan(
      input,
      plan([{ sheet: 'Data', cells: [{ cell: 'B2', content: { kind: 'number', value: '7' }, style: { bold: true, fill: '#FFF2CC', border: true, fontColor: '#FF0000', indent: 2, numberFormat: '#,##0.0' } }] }]),
    );
    expect(changed).toEqual(['xl/worksheets/sheet1.xml', 'xl/styles.xml']);
    const ws = (await load(data)).getWorksheet('Data')!;
    expect(ws.getCell('B2').value).toBe(7);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B2').font.bold).toBe(true);
    expect(ws.getCell('B2').font.color?.argb).toBe('FFFF0000');
    expect(ws.getCell('B2').font.name).toBe('Arial');
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ws.getCell('B2').border.left?.style).toBe('thin');
    expect(ws.getCell('B2').alignment).toMatchObject({ indent: 2, horizontal: 'left', vertical: 'top' });
    expect(ws.getCell('C2').numFmt).toBe('0.000');
    expect(ws.getCell('C2').font?.bold).toBeFalsy();
  });

  it('drops the calculation chain when a formula is replaced, and keeps it otherwise', async () => {
    const sheet = '<sheetData><row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row></sheetData>';
    const replaced = await writeContentPlan(await pkg(sheet, { calcChain: true }), plan([{ sheet: 'Data', cells: [{ cell: 'B2', content: { kind: 'number', value: '5' } }] }]));
    expect(replaced.removed).toEqual(['xl/calcChain.xml']);
    expect(await part(replaced.data, 'xl/calcChain.xml')).toBeUndefined();
    expect(await part(replaced.data, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await part(replaced.data, '[Content_Types].xml')).not.toContain('calcChain');
    const kept = await writeContentPlan(await pkg(sheet, { calcChain: true }), plan([{ sheet: 'Data', cells: [{ cell: 'C2', content: { kind: 'formula', formula: '=B2*2' } }] }]));
    expect(kept.removed).toEqual([]);
    expect(await part(kept.data, 'xl/calcChain.xml')).toBeDefined();
    expect(await part(kept.data, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  });

  it('adds a sheet to a workbook whose elements have a prefix', async () => {
    const { data } = await writeContentPlan(await pkg('<x:sheetData/>', { prefix: 'x:' }), plan([], [{ name: 'New', cells: [{ cell: 'A1', content: { kind: 'number', value: '1' } }] }]));
    const wbXml = (await part(data, 'xl/workbook.xml'))!;
    expect(wbXml).toContain('<x:sheet name="New" sheetId="2" r:id="rId2"/></x:sheets>');
    expect(wbXml).toContain('<x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets>');
    expect(wbXml).toContain('<x:calcPr fullCalcOnLoad="1"/></x:workbook>');
  });

  it('adds sheets with formulas, text that looks like a formula, styles, merges, widths and a frozen header to a package without styles', async () => {
    const input = await pkg('<sheetData/>');
    const { data, changed } = await writeContentPlan(
      input,
      plan(
        [],
        [
          {
            name: "Свод & 'итог' 1",
            cells: [
              { cell: 'A1', content: { kind: 'text', text: '=not a formula' } },
              { cell: 'B1', content: { kind: 'formula', formula: '=SUM(1,2)' }, style: { numberFormat: '#,##0.0', bold: true } },
              { cell: 'C2', content: { kind: 'number', value: '4084.477' }, style: { italic: true, wrap: true } },
            ],
            merges: ['A3:C3'],
            columnWidths: [{ col: 0, width: 40 }],
            freeze: { rows: 1, columns: 1 },
          },
        ],
      ),
    );
    expect(changed).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet2.xml', 'xl/styles.xml']);
    expect(await part(data, 'xl/workbook.xml')).toContain(`<sheet name="Свод &amp; 'итог' 1" sheetId="2" r:id="rId2"/></sheets>`);
    const wb = await load(data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', "Свод & 'итог' 1"]);
    const ws = wb.getWorksheet("Свод & 'итог' 1")!;
    expect(ws.getCell('A1').value).toBe('=not a formula');
    expect(ws.getCell('B1').formula).toBe('SUM(1,2)');
    expect(ws.getCell('B1').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B1').font.bold).toBe(true);
    expect(ws.getCell('C2').value).toBe(4084.477);
    expect(ws.getCell('C2').font.italic).toBe(true);
    expect(ws.getCell('C2').alignment.wrapText).toBe(true);
    expect(ws.getCell('C3').isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('keeps a Strict OOXML workbook Strict: its styles part found, new parts and relationships in its namespaces', async () => {
    const zip = await JSZip.loadAsync(await pkg('<sheetData/>', { styles: true }));
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      const text = await zip.file(name)!.async('string');
      zip.file(name, text.split(MAIN).join('http://purl.oclc.org/ooxml/spreadsheetml/main').split(R).join('http://purl.oclc.org/ooxml/officeDocument/relationships'));
    }
    const strict = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { data, changed } = await writeContentPlan(strict, plan([], [{ name: 'New', cells: [{ cell: 'A1', content: { kind: 'number', value: '1' }, style: { bold: true } }] }]));
    expect(changed).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet2.xml']);
    expect(await part(data, 'xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"/>');
    expect(await part(data, 'xl/worksheets/sheet2.xml')).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
    expect(await part(data, 'xl/styles.xml')).toContain('<font><b/><sz val="11"/><name val="Arial"/></font></fonts>');
  });

  it('names the part it cannot do without', async () => {
    const zip = await JSZip.loadAsync(await pkg('<sheetData/>'));
    zip.remove('xl/worksheets/sheet1.xml');
    const broken = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await writeContentPlan(broken, plan([{ sheet: 'Data', cells: [{ cell: 'A1', content: { kind: 'number', value: '1' } }] }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageEditError);
    expect((error as PackageEditError).sentence('en')).toBe('its part xl/worksheets/sheet1.xml is missing');
    expect((error as PackageEditError).sentence('ru')).toBe('часть xl/worksheets/sheet1.xml отсутствует');
  });
});
