import JSZip from 'jszip';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { zipDirectoryProblem } from '../../src/cli/zipDirectory';

describe('zipDirectoryProblem', () => {
  it('names a part past the limit by its UTF-8 name, counts folders as entries but not as parts, and finds nothing in what is no zip', async () => {
    const zip = new JSZip();
    zip.folder('xl/медиа');
    zip.file('xl/медиа/рисунок 1.txt', 'x'.repeat(5000));
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(zipDirectoryProblem(data, { ...DEFAULT_LIMITS, partBytes: 4096 })).toEqual({ kind: 'part', name: 'xl/медиа/рисунок 1.txt', size: 5000, limit: 4096 });
    expect(zipDirectoryProblem(data, { ...DEFAULT_LIMITS, entries: 2 })).toEqual({ kind: 'entries', limit: 2 });
    expect(zipDirectoryProblem(data, DEFAULT_LIMITS)).toBeNull();
    expect(zipDirectoryProblem(new Uint8Array(100), DEFAULT_LIMITS)).toBeNull();
  });
});
