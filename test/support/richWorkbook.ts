/**
 * A small workbook holding what ExcelJS loses on a round trip (issue 10): a chart and an image in a
 * drawing, a pivot table with its cache, comments with their author, a password-protected sheet,
 * workbook structure protection, constant and sheet-scoped defined names, custom document
 * properties, a conditional format, an x14 data validation, a 31-character sheet name, a
 * calculation chain. Its data: a funding table (for `rollup`), an indicator table and a report
 * template (for `fill`). The base is written with ExcelJS; the rest is added here as XML.
 */
import JSZip from 'jszip';
import { sheet, toXlsx, workbook } from './sheet';
import { PASSPORT_ROWS } from './passport';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const LONG_NAME = 'Сводная по источникам и годам 4';
export const INDICATOR_NAMES = ['Доля населения, удовлетворенного деятельностью органов местного самоуправления', 'Доля муниципальных служащих, прошедших повышение квалификации'];
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

export async function richWorkbook(): Promise<Buffer> {
  if (LONG_NAME.length !== 31) throw new Error('the long name must have 31 characters');
  const head = 'Целевые значения показателя по годам';
  const base = await toXlsx(
    workbook(
      sheet('Паспорт', PASSPORT_ROWS),
      sheet(
        'Приложение 1',
        [
          ['Система целевых показателей (индикаторов) муниципальной программы'],
          [],
          ['№ пп', 'Наименование', 'Единица измерения', head, head, head],
          ['№ пп', 'Наименование', 'Единица измерения', 2023, 2024, 2025],
          ['1.1', INDICATOR_NAMES[0], '%', 54, 56, 58],
          ['1.2', INDICATOR_NAMES[1], '%', 31, 32, 33],
        ],
        { merges: ['D3:F3', 'A3:A4', 'B3:B4', 'C3:C4'] },
      ),
      sheet('Отчет 2024', [
        ['Отчет о достижении значений целевых показателей (индикаторов) муниципальной программы за 2024 год'],
        [],
        ['№ пп', 'Наименование показателя', 'Единица измерения', 'Плановое значение на 2024 год', 'Фактическое значение за 2024 год'],
        ['1.1', INDICATOR_NAMES[0], '%'],
        ['1.2', INDICATOR_NAMES[1], '%'],
      ]),
      sheet(LONG_NAME, [[{ v: 4, f: '=2+2' }]]),
    ),
  );
  const zip = await JSZip.loadAsync(base);
  const text = async (name: string) => zip.file(name)!.async('string');
  const put = (name: string, content: string | Buffer) => zip.file(name, content);

  // sheet 1: protection with a password, a conditional format, a chart and an image, a comment, an x14 data validation
  let s1 = await text('xl/worksheets/sheet1.xml');
  s1 = insertBefore(s1, '<pageMargins', '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatColumns="0"/>');
  s1 = insertBefore(s1, '<pageMargins', '<conditionalFormatting sqref="B2:C4"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>');
  s1 = insertBefore(
    s1,
    '</worksheet>',
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">' +
      "<x14:formula1><xm:f>'Приложение 1'!$C$5:$C$6</xm:f></x14:formula1><xm:sqref>F2:F4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>",
  );
  put('xl/worksheets/sheet1.xml', s1);
  put(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId3" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`,
  );
  const anchor = (from: number, body: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${from}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${from + 3}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  put(
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
      anchor(
        0,
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
          '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>',
      ) +
      anchor(
        4,
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Рисунок 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
          '<xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
      ) +
      '</xdr:wsDr>',
  );
  put(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
  );
  put(
    'xl/charts/chart1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/>` +
      "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:cat><c:strRef><c:f>'Паспорт'!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Паспорт'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>" +
      '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
      '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  );
  put('xl/media/image1.png', PNG);
  put(
    'xl/comments1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Иванова И. И.</author></authors><commentList><comment ref="D4" authorId="0"><text><r><t>Проверить итог</t></r></text></comment></commentList></comments>`,
  );
  put(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>3</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>',
  );

  // the template sheet is the one selected; the long-named sheet holds a formula (in the calculation chain) and a pivot table
  put('xl/worksheets/sheet3.xml', (await text('xl/worksheets/sheet3.xml')).replace('<sheetFormatPr', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr'));
  put('xl/worksheets/_rels/sheet4.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`);
  put(
    'xl/pivotTables/pivotTable1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Сводная1" cacheId="1" dataCaption="Значения" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
      '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
      '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
      '<dataFields count="1"><dataField name="Сумма по полю 2024 год" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>',
  );
  put('xl/pivotTables/_rels/pivotTable1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
  put(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Паспорт"/></cacheSource>` +
      '<cacheFields count="2"><cacheField name="Источник" numFmtId="0"><sharedItems count="2"><s v="федеральный бюджет"/><s v="местный бюджет"/></sharedItems></cacheField>' +
      '<cacheField name="2024 год" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="100"/></cacheField></cacheFields></pivotCacheDefinition>',
  );
  put('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
  put('xl/pivotCache/pivotCacheRecords1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="100"/></r><r><x v="1"/><n v="10"/></r></pivotCacheRecords>`);
  put('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="A1" i="4"/></calcChain>`);

  // the workbook: structure protection, the selected sheet, defined names, the pivot cache
  let wb = await text('xl/workbook.xml');
  wb = insertBefore(wb, '<sheets>', '<workbookProtection workbookPassword="CC3D" lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000" activeTab="2"/></bookViews>');
  wb = insertBefore(wb, '<calcPr', "<definedNames><definedName name=\"Ставка\">0.2</definedName><definedName name=\"Итог\" localSheetId=\"0\">'Паспорт'!$D$4</definedName></definedNames>");
  wb = insertBefore(wb, '</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rId90"/></pivotCaches>');
  put('xl/workbook.xml', wb);
  put(
    'xl/_rels/workbook.xml.rels',
    insertBefore(
      await text('xl/_rels/workbook.xml.rels'),
      '</Relationships>',
      `<Relationship Id="rId90" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rId91" Type="${R}/calcChain" Target="calcChain.xml"/>`,
    ),
  );
  put(
    '_rels/.rels',
    insertBefore(await text('_rels/.rels'), '</Relationships>', `<Relationship Id="rId90" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`),
  );
  put(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Отдел"><vt:lpwstr>Финансовое управление</vt:lpwstr></property></Properties>',
  );
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  put(
    '[Content_Types].xml',
    insertBefore(
      await text('[Content_Types].xml'),
      '</Types>',
      '<Default Extension="png" ContentType="image/png"/>' +
        override('xl/drawings/drawing1.xml', 'drawing+xml') +
        override('xl/charts/chart1.xml', 'drawingml.chart+xml') +
        override('xl/comments1.xml', 'spreadsheetml.comments+xml') +
        override('xl/pivotTables/pivotTable1.xml', 'spreadsheetml.pivotTable+xml') +
        override('xl/pivotCache/pivotCacheDefinition1.xml', 'spreadsheetml.pivotCacheDefinition+xml') +
        override('xl/pivotCache/pivotCacheRecords1.xml', 'spreadsheetml.pivotCacheRecords+xml') +
        override('xl/calcChain.xml', 'spreadsheetml.calcChain+xml') +
        override('docProps/custom.xml', 'custom-properties+xml'),
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
