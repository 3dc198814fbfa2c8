import type { FlowFact, LetterFlow } from './letter-flow.config';

/** A step the letters service witnesses at one moment: started and completed together. */
const done = (stepKey: string, kelengkapan: string[], output: string): FlowFact[] => [
  { fact: 'step-started', stepKey },
  { fact: 'step-completed', stepKey, kelengkapan, output },
];

const SURAT_DAN_PROPOSAL = 'Surat Pengantar dan proposal penelitian';

/**
 * Dinkop Jawa Timur, SOP "Pengelolaan Layanan Informasi dan Dokumentasi" (seed
 * `jatim-sop-layanan-informasi-dokumentasi.txt`), procedure 1 "Penerimaan Penelitian".
 * Kelengkapan and outputs are the SOP's own words, so the compliance service can check them.
 *
 * | Letter fact                                   | Case fact                        | SOP step                                              |
 * |-----------------------------------------------|----------------------------------|-------------------------------------------------------|
 * | surat masuk registered                        | opened; 1.1-1.4 started+completed | 1.1-1.2 the researcher's steps (recorded by the front |
 * |                                               |                                  | office, as the applicant is outside the dinas), 1.3   |
 * |                                               |                                  | received by the frontliner, 1.4 input (agenda) = TNDE |
 * | Kepala Dinas opens it (read time)             | 1.5 started                      | Kadis menelaah surat untuk memberikan disposisi       |
 * | disposisi hop 1 (Kadis → Sekretariat)         | 1.5 completed                    | output "Disposisi Kepala Dinas"                       |
 * | Sekretariat acknowledges hop 1                | 1.6 started                      | menerima disposisi untuk didistribusikan              |
 * | hop 2 (Sekretariat → unit), reply drafted,    | (inside 1.6: no boundary fact)   | distribution by theme and the recommendation letter   |
 * |   paraf rounds and returns                    |                                  |   being prepared                                      |
 * | reply signed and numbered                     | 1.6 completed, documentRef = nomor | output "Surat Rekomendasi ditandatangani"           |
 * | reply dispatched                              | 1.7 started+completed            | Memberitahukan kepada peneliti                        |
 *
 * Steps 1.8-1.11 (the research itself, the completion letter, the soft copy) happen after the
 * letters the flow follows; they are run as a separate letter later or recorded in compliance.
 */
export const PENERIMAAN_PENELITIAN_JATIM: LetterFlow = {
  key: 'penerimaan-penelitian',
  tenant: '35',
  label: 'Penerimaan Penelitian (SOP Pengelolaan Layanan Informasi dan Dokumentasi)',
  sop: { nama: 'Pengelolaan Layanan Informasi dan Dokumentasi', procedure: 'Penerimaan Penelitian' },
  // 070 is "Penelitian" in the classification used by Bakesbangpol letters (070/1234/...): UNVERIFIED.
  opensOn: { klasifikasi: ['070'] },
  rules: [
    {
      on: 'surat_masuk.registered',
      facts: [
        ...done('1.1', ['Surat pengantar dari kampus dan proposal penelitian untuk Bakesbangpol Jatim'], 'Surat pengantar dan proposal penelitian diterima Bakesbangpol'),
        ...done('1.2', ['Surat pengantar yang telah didapatkan dari Bakesbangpol Jatim dan proposal penelitian'], 'Surat Pengantar dan proposal penelitian tersampaikan ke frontliner'),
        ...done('1.3', [SURAT_DAN_PROPOSAL], 'Surat Pengantar dan proposal penelitian diterima oleh frontliner'),
        ...done('1.4', [SURAT_DAN_PROPOSAL], 'Surat Pengantar dan proposal penelitian terupload di TNDE'),
      ],
    },
    { on: 'surat_masuk.read', facts: [{ fact: 'step-started', stepKey: '1.5' }] },
    { on: 'disposisi.sent', when: { level: 1 }, facts: [{ fact: 'step-completed', stepKey: '1.5', kelengkapan: [SURAT_DAN_PROPOSAL], output: 'Disposisi Kepala Dinas' }] },
    { on: 'disposisi.acknowledged', when: { level: 1 }, facts: [{ fact: 'step-started', stepKey: '1.6' }] },
    {
      on: 'surat_keluar.signed',
      facts: [{ fact: 'step-completed', stepKey: '1.6', kelengkapan: ['Disposisi surat'], output: 'Surat Rekomendasi ditandatangani', documentRef: 'letter' }],
    },
    { on: 'surat_keluar.dispatched', facts: done('1.7', ['Handphone / Komputer'], 'Pemberitahuan tersampaikan ke peneliti') },
  ],
};
