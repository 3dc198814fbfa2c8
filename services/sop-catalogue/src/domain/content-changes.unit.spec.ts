import { changedFieldPaths } from './content-changes';
import { changed } from './testing/sop-content.builder';
import { kalbarPlutSop } from './testing/kalbar-plut.fixture';
import { waktu } from './testing/waktu.fixture';

describe('changedFieldPaths', () => {
  const before = kalbarPlutSop();

  it('is empty for equal content', () => {
    expect(changedFieldPaths(before, kalbarPlutSop())).toEqual([]);
  });

  it('lists leaf paths in document order, lists of texts as one field', () => {
    const after = changed(before, (sop) => {
      sop.procedures[0].steps[6].mutuBaku.waktu = waktu('2 hari');
      sop.identity.dasarHukum.push('Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012');
      sop.identity.disahkanOleh = { nama: 'Plt. Kepala Dinas', nip: null, jabatan: 'Plt. Kepala Dinas' };
      sop.procedures[0].steps[3].pelaksana = [];
    });
    expect(changedFieldPaths(before, after)).toEqual([
      'identity.disahkanOleh.nama',
      'identity.disahkanOleh.nip',
      'identity.disahkanOleh.jabatan',
      'identity.dasarHukum',
      'procedures[0].steps[3].pelaksana',
      'procedures[0].steps[6].mutuBaku.waktu.raw',
      'procedures[0].steps[6].mutuBaku.waktu.min',
      'procedures[0].steps[6].mutuBaku.waktu.max',
    ]);
  });

  it('names added and removed steps by position', () => {
    const after = changed(before, (sop) => {
      sop.procedures[0].steps.pop();
      sop.procedures.push({ name: 'Pelaporan', roles: ['Kasubid'], steps: [] });
    });
    expect(changedFieldPaths(before, after)).toEqual(['procedures[0].steps[27]', 'procedures[1]']);
  });

  it('reports a value that became null', () => {
    const after = changed(before, (sop) => {
      sop.identity.disahkanOleh = null;
    });
    expect(changedFieldPaths(before, after)).toEqual(['identity.disahkanOleh']);
  });
});
