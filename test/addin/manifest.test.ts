import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';

// manifest.xml read with Microsoft's reader (office-addin-manifest, offline): what the add-in
// depends on, and that every icon and URL it names is a file of the production build
// (npm test runs `npm run build` first). `npm run validate` is the same package's online check.
const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const DIST = join(ROOT, 'dist', 'addin');
const BASE = 'https://localhost:3000/';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;

/**
 * The manifest as office-addin-manifest reads it: its summary (readManifestFile) and its XML tree
 * (the same reader's xml2js parse). In a node process of its own: the package loads uuid, which is
 * ES modules only and which node, unlike jest's module loader, can require.
 */
function readManifest(): { info: ManifestInfo; xml: Xml } {
  const script = `
    const { OfficeAddinManifest } = require('office-addin-manifest/lib/manifestOperations');
    const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
    const file = process.argv[1];
    Promise.all([OfficeAddinManifest.readManifestFile(file), new ManifestHandlerXml(file).parseXmlAsync()])
      .then(([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' }));
}

/** Every element of the parsed tree (xml2js: `$` holds attributes, `_` text, children are arrays). */
function* elements(node: Xml, name = 'OfficeApp'): Generator<{ name: string; node: Xml }> {
  if (node === null || typeof node !== 'object') return;
  yield { name, node };
  for (const [key, value] of Object.entries(node)) {
    if (key === '$' || key === '_') continue;
    for (const child of Array.isArray(value) ? value : [value]) yield* elements(child, key);
  }
}

const attrs = (node: Xml): Record<string, string> => (node && typeof node === 'object' && node.$) || {};
const textOf = (node: Xml): string => (typeof node === 'string' ? node : (node?._ ?? ''));

describe('manifest.xml', () => {
  let info: ManifestInfo;
  let app: Xml;
  beforeAll(() => {
    const read = readManifest();
    info = read.info;
    app = read.xml.OfficeApp;
  });

  it('is an Excel task pane add-in that reads and writes the workbook', () => {
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('en-US');
    expect(info.appDomains).toEqual([BASE.replace(/\/$/, '')]);
    expect(info.defaultSettings?.sourceLocation).toBe(`${BASE}taskpane.html`);
    // the ribbon button is on Excel's Home tab
    const hosts = [...elements(app)].filter((e) => e.name === 'Host' && attrs(e.node)['xsi:type']);
    expect(hosts.map((e) => attrs(e.node)['xsi:type'])).toEqual(['Workbook']);
    expect([...elements(app)].some((e) => e.name === 'OfficeTab' && attrs(e.node).id === 'TabHome')).toBe(true);
  });

  it('requires ExcelApi 1.9 and no more: what the pane checks for at start; 1.10 and 1.13 are asked for at run time', () => {
    const sets = [...elements(app)].filter((e) => e.name === 'Set').map((e) => attrs(e.node));
    expect(sets).toEqual([{ Name: 'ExcelApi', MinVersion: '1.9' }]);
    const startPane = readFileSync(join(ROOT, 'src', 'office', 'startPane.ts'), 'utf8');
    expect(startPane).toContain("isSetSupported('ExcelApi', '1.9')");
    // every other set the Office adapter asks for is newer, so it is optional, never required
    const asked = [...readdirSync(join(ROOT, 'src', 'office'))]
      .map((f) => readFileSync(join(ROOT, 'src', 'office', f), 'utf8'))
      .flatMap((code) => [...code.matchAll(/isSetSupported\??\.?\('ExcelApi', '(\d+)\.(\d+)'\)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(asked.length).toBeGreaterThanOrEqual(3);
    for (const [major, minor] of asked) expect(major * 1000 + minor).toBeGreaterThanOrEqual(1009);
  });

  it('has a ru-RU override for every string a user sees', () => {
    const localized = [...elements(app)].filter((e) => ['DisplayName', 'Description', 'bt:String'].includes(e.name) && attrs(e.node).DefaultValue);
    expect(localized.length).toBeGreaterThanOrEqual(7);
    for (const { name, node } of localized) {
      const ru = ((node.Override ?? node['bt:Override'] ?? []) as Xml[]).map(attrs).filter((a) => a.Locale === 'ru-RU');
      const label = `${name} ${attrs(node).id ?? ''}`.trim();
      expect([label, ru.length]).toEqual([label, 1]);
      expect(ru[0].Value.trim()).not.toBe('');
      // prose is translated; only the product's name stays as it is
      if (attrs(node).DefaultValue !== 'budget-check') expect([label, /[А-Яа-яЁё]/.test(ru[0].Value)]).toEqual([label, true]);
    }
  });

  it('names resources that exist: every resid is an image, URL or string of the manifest', () => {
    const ids = new Set([...elements(app)].filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && attrs(e.node).id).map((e) => attrs(e.node).id));
    const resids = [...elements(app)].map((e) => attrs(e.node).resid).filter(Boolean);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect([resid, ids.has(resid)]).toEqual([resid, true]);
  });

  it('points every icon and URL at a file the build produces', () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/addin is not built: run `npm run build` (npm test does)');
    const urls = new Set<string>();
    for (const { node } of elements(app)) {
      for (const value of [...Object.values(attrs(node)), textOf(node)]) if (value.startsWith('https://')) urls.add(value);
    }
    const files = [...urls].filter((u) => u !== BASE.replace(/\/$/, '')); // the app domain is a host, not a file
    expect(files.every((u) => u.startsWith(BASE))).toBe(true);
    const paths = files.map((u) => u.slice(BASE.length));
    expect(paths).toEqual(
      expect.arrayContaining(['taskpane.html', 'commands.html', 'index.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']),
    );
    for (const path of paths) {
      const file = join(DIST, path);
      expect([path, existsSync(file) && statSync(file).size > 0]).toEqual([path, true]);
    }
  });
});
