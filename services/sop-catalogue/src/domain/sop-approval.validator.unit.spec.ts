import type { MutuBaku } from '@jejak/contracts';
import { hasMutuBaku, validateForApproval } from './sop-approval.validator';
import { changed, completeStep, completeSop } from './testing/sop-content.builder';
import { kalbarPlutSop } from './testing/kalbar-plut.fixture';
import { jatimInformasiSop } from './testing/jatim-informasi.fixture';
import { waktu } from './testing/waktu.fixture';

const noMutuBaku: MutuBaku = { kelengkapan: [], waktu: waktu(''), output: '' };

describe('validateForApproval', () => {
  it('finds nothing missing in a complete SOP', () => {
    expect(validateForApproval(completeSop())).toEqual([]);
    expect(validateForApproval(kalbarPlutSop())).toEqual([]);
  });

  it('reports the Jawa Timur seed\'s empty Nomor SOP', () => {
    expect(validateForApproval(jatimInformasiSop())).toEqual([{ field: 'identity.nomor', message: 'Nomor SOP belum diisi' }]);
  });

  it('lists identity gaps in document order', () => {
    const content = completeSop({ identity: { nomor: '  ', nama: '', disahkanOleh: { nama: '', nip: null, jabatan: ' ' } } });
    expect(validateForApproval(content)).toEqual([
      { field: 'identity.nomor', message: 'Nomor SOP belum diisi' },
      { field: 'identity.nama', message: 'Nama SOP belum diisi' },
      { field: 'identity.disahkanOleh.nama', message: 'Nama pejabat yang mengesahkan belum diisi' },
      { field: 'identity.disahkanOleh.jabatan', message: 'Jabatan pejabat yang mengesahkan belum diisi' },
    ]);
  });

  it('requires a procedure with steps', () => {
    expect(validateForApproval(completeSop({ procedures: [] }))).toEqual([{ field: 'procedures', message: 'SOP belum memiliki prosedur' }]);
    expect(validateForApproval(completeSop({ procedures: [{ name: 'Penagihan', roles: ['Staf'], steps: [] }] }))).toEqual([
      { field: 'procedures[0].steps', message: 'Prosedur "Penagihan" belum memiliki langkah' },
    ]);
  });

  it('lists every step without pelaksana or mutu baku, with the step number people read', () => {
    const content = changed(kalbarPlutSop(), (sop) => {
      const steps = sop.procedures[0].steps;
      steps[3].pelaksana = [];
      steps[6].pelaksana = ['  '];
      steps[20].mutuBaku = noMutuBaku;
    });
    expect(validateForApproval(content)).toEqual([
      { field: 'procedures[0].steps[3].pelaksana', message: 'Langkah 4 belum memiliki pelaksana' },
      { field: 'procedures[0].steps[6].pelaksana', message: 'Langkah 7 belum memiliki pelaksana' },
      { field: 'procedures[0].steps[20].mutuBaku', message: 'Langkah 21 belum memiliki mutu baku (kelengkapan, waktu, atau output)' },
    ]);
  });

  it('names the sub-procedure when there are several', () => {
    const content = changed(jatimInformasiSop(), (sop) => {
      sop.identity.nomor = '000.8/01/SOP/2023';
      sop.procedures[1].steps[3].pelaksana = [];
    });
    expect(validateForApproval(content)).toEqual([
      { field: 'procedures[1].steps[3].pelaksana', message: 'Prosedur "Permintaan Data (Eksternal)" langkah 4 belum memiliki pelaksana' },
    ]);
  });

  it('rejects a pelaksana that is not one of the role columns, ignoring case and spacing', () => {
    const content = completeSop({
      procedures: [
        {
          name: 'Penerbitan Surat',
          roles: ['Kepala Dinas', 'Staf'],
          steps: [completeStep(1, ['STAF']), completeStep(2, ['Kepala  dinas', 'Kasi'])],
        },
      ],
    });
    expect(validateForApproval(content)).toEqual([
      { field: 'procedures[0].steps[1].pelaksana[1]', message: 'Langkah 2: pelaksana "Kasi" tidak ada di kolom pelaksana' },
    ]);
  });

  it('rejects decision branches to steps that do not exist and duplicate step numbers', () => {
    const content = completeSop({
      procedures: [
        {
          name: 'Verifikasi',
          roles: ['Staf'],
          steps: [completeStep(1), completeStep(2, ['Staf'], { decision: { question: 'Lengkap?', ya: 3, tidak: 9 } }), completeStep(2), completeStep(3)],
        },
      ],
    });
    expect(validateForApproval(content)).toEqual([
      { field: 'procedures[0].steps[1].decision.tidak', message: 'Langkah 2: cabang "Tidak" menuju langkah 9 yang tidak ada' },
      { field: 'procedures[0].steps[2].no', message: 'Nomor langkah 2 dipakai lebih dari sekali' },
    ]);
  });
});

describe('hasMutuBaku', () => {
  const step = (mutuBaku: Partial<MutuBaku>) => completeStep(1, ['Staf'], { mutuBaku: { ...noMutuBaku, ...mutuBaku } });

  it('is missing only when waktu, output and kelengkapan are all empty', () => {
    expect(hasMutuBaku(step({}))).toBe(false);
    expect(hasMutuBaku(step({ kelengkapan: [' '], output: '  ' }))).toBe(false);
    expect(hasMutuBaku(step({ output: 'Berkas' }))).toBe(true);
    expect(hasMutuBaku(step({ kelengkapan: ['Form Profil Sertifikat NIK'] }))).toBe(true);
    expect(hasMutuBaku(step({ waktu: waktu('15 menit') }))).toBe(true);
  });

  it.each(['Menyesuaikan', 'N/A'])('takes waktu %p as a stated no-standard, not as missing', (raw) => {
    expect(hasMutuBaku(step({ waktu: waktu(raw) }))).toBe(true);
  });
});
