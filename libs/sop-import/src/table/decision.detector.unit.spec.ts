import { detectDecision } from './decision.detector';

describe('detectDecision', () => {
  it('reads "jika benar …" as a decision whose yes-question is the condition', () => {
    expect(detectDecision('Mengoreksi hasil ketikan fungsional umum jika benar akan di paraf serta mengajukan kepada Kabid untuk dikoreksi,')).toEqual({
      question: 'Mengoreksi hasil ketikan fungsional umum: benar?',
      goesBack: false,
      backTo: null,
      backToStep: null,
    });
  });

  it('notes where a case goes back to ("jika ada kesalahan dikembalikan kebidang")', () => {
    expect(
      detectDecision('Membaca, memeriksa dan menelaah SK Panitia, jika ada kesalahan dikembalikan kebidang dan jika benar akan langsung ditandatangani'),
    ).toEqual({ question: 'Membaca, memeriksa dan menelaah SK Panitia: benar?', goesBack: true, backTo: 'bidang', backToStep: null });
  });

  it('reads an explicit step to go back to', () => {
    expect(detectDecision('Verifikasi berkas; apabila tidak lengkap kembali ke langkah 2')).toEqual({
      question: 'Verifikasi berkas: lengkap?',
      goesBack: true,
      backTo: null,
      backToStep: 2,
    });
  });

  it('asks the positive question of a negative condition', () => {
    expect(detectDecision('Apabila dokumen lengkap dan benar, Tim Verifikator mencetak akun')?.question).toBe('Dokumen lengkap dan benar?');
    expect(detectDecision('Memeriksa berkas, jika ada kesalahan dikembalikan kepada Pemohon')?.question).toBe('Memeriksa berkas: benar?');
  });

  it('finds no decision in plain steps or in conditions about something else', () => {
    expect(detectDecision('Menyusun laporan pertanggungjawaban kegiatan')).toBeNull();
    expect(detectDecision('Menyiapkan undangan jika diperlukan oleh panitia')).toBeNull();
  });
});
