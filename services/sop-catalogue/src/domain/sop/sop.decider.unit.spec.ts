import { fold } from '@jejak/domain-kit';
import { sopDecider } from './sop.decider';
import { versionInForceOn, type SopState } from './sop.state';
import type { SopEvent } from './sop.events';
import type { SopCommand } from './sop.commands';
import { given } from '../testing/decider-spec';
import { changed, completeSop } from '../testing/sop-content.builder';
import { effectiveV1, ISSUER, KEPALA_DINAS, SOP_ID, sopEvents } from '../testing/sop-events.builder';
import { kalbarPlutSop } from '../testing/kalbar-plut.fixture';
import { validateForApproval } from '../sop-approval.validator';

const AT = '2023-02-01T03:00:00.000Z';
const stateOf = (events: SopEvent[]): SopState => fold(sopDecider, events);

describe('SOP decider', () => {
  describe('drafting', () => {
    it('drafts version 1 from scratch with the full content and the issuing dinas', () => {
      const content = completeSop();
      given([])
        .when({ type: 'DraftSop', sopId: SOP_ID, issuer: ISSUER, content, origin: { kind: 'scratch' }, at: AT })
        .then([{ type: 'SopDrafted', data: { sopId: SOP_ID, version: 1, issuer: ISSUER, content, origin: { kind: 'scratch' }, at: AT } }]);
    });

    it('drafts from an import, keeping the source and the warnings, even when the content is incomplete', () => {
      const content = changed(kalbarPlutSop(), (sop) => {
        sop.procedures[0].steps[2].pelaksana = [];
      });
      const origin = {
        kind: 'import' as const,
        source: { document: 'kalbar-sop-peningkatan-pelayanan-plut.txt', location: null, sha256: 'ab12' },
        warnings: [{ code: 'PELAKSANA_UNREADABLE', message: 'Pelaksana langkah 3 tidak terbaca', field: 'procedures[0].steps[2].pelaksana' }],
      };
      given([])
        .when({ type: 'DraftSop', sopId: SOP_ID, issuer: { tenant: '61', unit: 'Bidang Pemberdayaan Usaha Kecil' }, content, origin, at: AT })
        .then([
          { type: 'SopDrafted', data: { sopId: SOP_ID, version: 1, issuer: { tenant: '61', unit: 'Bidang Pemberdayaan Usaha Kecil' }, content, origin, at: AT } },
        ]);
    });

    it('refuses to draft an SOP id that already exists', () => {
      given([sopEvents.drafted()])
        .when({ type: 'DraftSop', sopId: SOP_ID, issuer: ISSUER, content: completeSop(), origin: { kind: 'scratch' }, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_EXISTS' });
    });

    it('refuses a draft without the issuing tenant and unit', () => {
      given([])
        .when({ type: 'DraftSop', sopId: SOP_ID, issuer: { tenant: ' ', unit: '' }, content: completeSop(), origin: { kind: 'scratch' }, at: AT })
        .thenRefuses({
          kind: 'validation',
          code: 'SOP_ISSUER_REQUIRED',
          details: [
            { field: 'issuer.tenant', message: 'Kode wilayah dinas belum diisi' },
            { field: 'issuer.unit', message: 'Unit kerja penerbit belum diisi' },
          ],
        });
    });

    it('refuses commands on an SOP that does not exist', () => {
      given([]).when({ type: 'SubmitSopForApproval', version: 1, at: AT }).thenRefuses({ kind: 'not_found', code: 'SOP_NOT_FOUND' });
    });
  });

  describe('editing the working draft', () => {
    it('replaces the full content and records the changed field paths', () => {
      const content = changed(completeSop(), (sop) => {
        sop.identity.nama = 'Pengajuan Sertifikat NIK Koperasi';
        sop.procedures[0].steps[1].pelaksana = ['Staf'];
      });
      given([sopEvents.drafted()])
        .when({ type: 'EditSopDraft', version: 1, content, at: AT })
        .then([
          {
            type: 'SopDraftEdited',
            data: { sopId: SOP_ID, version: 1, content, changedPaths: ['identity.nama', 'procedures[0].steps[1].pelaksana'], at: AT },
          },
        ]);
    });

    it('records nothing when the content did not change', () => {
      given([sopEvents.drafted()]).when({ type: 'EditSopDraft', version: 1, content: completeSop(), at: AT }).then([]);
    });

    it('refuses to edit a version the SOP does not have', () => {
      given([sopEvents.drafted()])
        .when({ type: 'EditSopDraft', version: 2, content: completeSop(), at: AT })
        .thenRefuses({ kind: 'not_found', code: 'SOP_VERSION_NOT_FOUND' });
    });

    it('refuses to edit a version waiting for approval', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'EditSopDraft', version: 1, content: completeSop({ identity: { nama: 'Baru' } }), at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_VERSION_SUBMITTED' });
    });

    it('refuses to edit an approved version', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)])
        .when({ type: 'EditSopDraft', version: 1, content: completeSop({ identity: { nama: 'Baru' } }), at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_VERSION_NOT_EDITABLE' });
    });

    it('never changes an effective version', () => {
      given(effectiveV1())
        .when({ type: 'EditSopDraft', version: 1, content: completeSop({ identity: { nama: 'Baru' } }), at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_VERSION_NOT_EDITABLE' });
    });

    it('never changes a superseded version', () => {
      given([...effectiveV1(), sopEvents.revised(2, 1), sopEvents.submitted(2), sopEvents.approved(2), sopEvents.madeEffective(2, '2023-07-01', 1)])
        .when({ type: 'EditSopDraft', version: 1, content: completeSop({ identity: { nama: 'Baru' } }), at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_VERSION_NOT_EDITABLE' });
    });

    it('edits a draft sent back by the approver', () => {
      const content = completeSop({ identity: { peringatan: 'Jika tidak dilaksanakan, sertifikat terlambat' } });
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.rejected(1)])
        .when({ type: 'EditSopDraft', version: 1, content, at: AT })
        .then([{ type: 'SopDraftEdited', data: { sopId: SOP_ID, version: 1, content, changedPaths: ['identity.peringatan'], at: AT } }]);
    });
  });

  describe('submitting for approval', () => {
    it('submits a complete draft', () => {
      given([sopEvents.drafted()])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .then([{ type: 'SopSubmittedForApproval', data: { sopId: SOP_ID, version: 1, at: AT } }]);
    });

    it('refuses an incomplete draft and lists every missing thing with its path', () => {
      const content = changed(kalbarPlutSop(), (sop) => {
        sop.identity.nomor = null;
        sop.procedures[0].steps[3].pelaksana = [];
        sop.procedures[0].steps[9].mutuBaku = { kelengkapan: [], output: '', waktu: { raw: '', min: null, max: null, unit: null, ceiling: false } };
      });
      given([sopEvents.drafted(content)])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .thenRefuses({
          kind: 'illegal_state',
          code: 'SOP_INCOMPLETE',
          details: [
            { field: 'identity.nomor', message: 'Nomor SOP belum diisi' },
            { field: 'procedures[0].steps[3].pelaksana', message: 'Langkah 4 belum memiliki pelaksana' },
            { field: 'procedures[0].steps[9].mutuBaku', message: 'Langkah 10 belum memiliki mutu baku (kelengkapan, waktu, atau output)' },
          ],
        });
    });

    it('refuses a draft whose decisions lack a "tidak" or "ya" target, naming each decision and what to do', () => {
      const content = changed(kalbarPlutSop(), (sop) => {
        sop.procedures[0].steps[3].decision = { question: 'Ketikan konsep SK sudah benar?', ya: 5, tidak: null };
        sop.procedures[0].steps[6].decision = { question: 'SK Panitia sudah benar?', ya: null, tidak: null };
        sop.procedures[0].steps[9].pelaksana = [];
      });
      const todo = 'Isi nomor langkah yang dituju (untuk "Tidak" biasanya langkah yang dikembalikan untuk diperbaiki), lalu ajukan kembali.';
      given([sopEvents.drafted(content)])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .thenRefuses({
          kind: 'illegal_state',
          code: 'SOP_DECISION_TARGET_MISSING',
          details: [
            {
              field: 'procedures[0].steps[3].decision.tidak',
              message: `Langkah 4 "Mengoreksi hasil ketikan fungsional umum jika benar akan di…": keputusan "Ketikan konsep SK sudah benar?" belum memiliki langkah tujuan untuk jawaban "Tidak". ${todo}`,
            },
            {
              field: 'procedures[0].steps[6].decision',
              message: `Langkah 7 "Membaca, memeriksa dan menelaah SK Panitia Kegiatan…": keputusan "SK Panitia sudah benar?" belum memiliki langkah tujuan untuk jawaban "Ya" dan "Tidak". ${todo}`,
            },
          ],
        });
    });

    it('lists a decision without a target among what blocks approval', () => {
      const content = changed(completeSop(), (sop) => {
        sop.procedures[0].steps[1].decision = { question: 'Lengkap?', ya: 3, tidak: null };
      });
      expect(validateForApproval(content)).toEqual([
        expect.objectContaining({ field: 'procedures[0].steps[1].decision.tidak', message: expect.stringContaining('Langkah 2 "Kegiatan 2": keputusan "Lengkap?"') }),
      ]);
    });

    it('submits a draft whose every decision has both targets', () => {
      given([sopEvents.drafted(kalbarPlutSop())])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .then([{ type: 'SopSubmittedForApproval', data: { sopId: SOP_ID, version: 1, at: AT } }]);
    });

    it('refuses to submit twice', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_SUBMITTED' });
    });

    it('refuses to submit an approved version', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)])
        .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_APPROVED' });
    });

    it('refuses to submit an effective version', () => {
      given(effectiveV1()).when({ type: 'SubmitSopForApproval', version: 1, at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_EFFECTIVE' });
    });
  });

  describe('sending back', () => {
    it('returns a submitted version to draft with the reason', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'RejectSopApproval', version: 1, reason: '  Waktu langkah 2 terlalu lama ', at: AT })
        .then([{ type: 'SopApprovalRejected', data: { sopId: SOP_ID, version: 1, reason: 'Waktu langkah 2 terlalu lama', at: AT } }]);
    });

    it('refuses without a reason', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'RejectSopApproval', version: 1, reason: ' ', at: AT })
        .thenRefuses({ kind: 'validation', code: 'SOP_REJECTION_REASON_REQUIRED' });
    });

    it('refuses to send back a version that was not submitted', () => {
      given([sopEvents.drafted()])
        .when({ type: 'RejectSopApproval', version: 1, reason: 'x', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_NOT_SUBMITTED' });
    });

    it('refuses to send back an approved version', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)])
        .when({ type: 'RejectSopApproval', version: 1, reason: 'x', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_APPROVED' });
    });
  });

  describe('registering an SOP already in force on paper', () => {
    const SIGNER = { nama: 'PRAYITNO, ST, MT', nip: '196806101992021002', jabatan: 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian' };
    const ORIGINAL = { reference: 'Arsip Sekretariat 2023/SOP/01 (pindaian)', documentId: null };
    const onPaper = (overrides: Partial<Extract<SopCommand, { type: 'RegisterSopInForceOnPaper' }>> = {}): SopCommand => ({
      type: 'RegisterSopInForceOnPaper',
      version: 1,
      signedBy: SIGNER,
      approvedOn: '2023-01-04',
      effectiveFrom: '2023-01-05',
      original: ORIGINAL,
      today: '2026-12-03',
      at: AT,
      ...overrides,
    });

    it('records the paper approval by its signer and the original effective date, with no Jejak approver', () => {
      given([sopEvents.drafted()])
        .when(onPaper())
        .then([
          { type: 'SopApprovedOnPaper', data: { sopId: SOP_ID, version: 1, signedBy: SIGNER, approvedOn: '2023-01-04', original: ORIGINAL, at: AT } },
          { type: 'SopMadeEffective', data: { sopId: SOP_ID, version: 1, effectiveFrom: '2023-01-05', supersededVersion: null, at: AT } },
        ]);
      const state = stateOf([sopEvents.drafted(), ...sopDecider.decide(onPaper(), stateOf([sopEvents.drafted()]))]);
      expect(versionInForceOn(state, '2023-01-05')).toMatchObject({
        stage: 'effective',
        effectiveFrom: '2023-01-05',
        approval: { approvedBy: null, approvedAt: AT, onPaper: { signedBy: SIGNER, approvedOn: '2023-01-04', original: ORIGINAL } },
      });
      expect(versionInForceOn(state, '2023-01-04')).toBeNull();
    });

    it('keeps a NIP-less signer and a stored document id as the original', () => {
      const signedBy = { nama: ' Prayitno ', nip: ' ', jabatan: 'Kepala Dinas' };
      given([sopEvents.drafted()])
        .when(onPaper({ signedBy, original: { reference: null, documentId: 'doc-8f2c' } }))
        .then([
          {
            type: 'SopApprovedOnPaper',
            data: { sopId: SOP_ID, version: 1, signedBy: { nama: 'Prayitno', nip: null, jabatan: 'Kepala Dinas' }, approvedOn: '2023-01-04', original: { reference: null, documentId: 'doc-8f2c' }, at: AT },
          },
          { type: 'SopMadeEffective', data: { sopId: SOP_ID, version: 1, effectiveFrom: '2023-01-05', supersededVersion: null, at: AT } },
        ]);
    });

    it('refuses missing or wrong fields, naming each one', () => {
      given([sopEvents.drafted()])
        .when(onPaper({ signedBy: { nama: '', nip: null, jabatan: ' ' }, approvedOn: '2023-02-30', effectiveFrom: '2026-12-04', original: { reference: ' ', documentId: null } }))
        .thenRefuses({
          kind: 'validation',
          code: 'SOP_PAPER_APPROVAL_INVALID',
          details: [
            { field: 'signedBy.nama', message: 'Nama pejabat yang menandatangani SOP belum diisi' },
            { field: 'signedBy.jabatan', message: 'Jabatan pejabat yang menandatangani SOP belum diisi' },
            { field: 'approvedOn', message: 'Tanggal pengesahan "2023-02-30" bukan tanggal kalender dengan format YYYY-MM-DD' },
            { field: 'effectiveFrom', message: 'Tanggal efektif 2026-12-04 belum terjadi (hari ini 2026-12-03); SOP di atas kertas sudah disahkan dan berlaku' },
            { field: 'original', message: 'Rujukan dokumen asli hasil pindai (nomor arsip atau id dokumen) belum diisi' },
          ],
        });
    });

    it('refuses an effective date before the approval date', () => {
      given([sopEvents.drafted()])
        .when(onPaper({ approvedOn: '2023-01-05', effectiveFrom: '2023-01-04' }))
        .thenRefuses({ kind: 'validation', code: 'SOP_PAPER_APPROVAL_INVALID', field: 'effectiveFrom' });
    });

    it('refuses a signer who is not the "Disahkan oleh" of the document', () => {
      given([sopEvents.drafted()])
        .when(onPaper({ signedBy: { nama: 'Orang Lain', nip: '197001011990031001', jabatan: 'Kepala Dinas' } }))
        .thenRefuses({ kind: 'validation', code: 'SOP_PAPER_APPROVAL_INVALID', field: 'signedBy' });
    });

    it('refuses an incomplete draft and a decision without a target', () => {
      given([sopEvents.drafted(completeSop({ identity: { nomor: null } }))]).when(onPaper()).thenRefuses({ kind: 'illegal_state', code: 'SOP_INCOMPLETE' });
      const content = changed(completeSop(), (sop) => {
        sop.procedures[0].steps[1].decision = { question: 'Lengkap?', ya: 3, tidak: null };
      });
      given([sopEvents.drafted(content)]).when(onPaper()).thenRefuses({ kind: 'illegal_state', code: 'SOP_DECISION_TARGET_MISSING' });
    });

    it('registers a paper revision after the version in force, superseding it', () => {
      given([...effectiveV1(), sopEvents.revised(2, 1)])
        .when(onPaper({ version: 2, approvedOn: '2024-01-02', effectiveFrom: '2024-01-02' }))
        .then([
          { type: 'SopApprovedOnPaper', data: { sopId: SOP_ID, version: 2, signedBy: SIGNER, approvedOn: '2024-01-02', original: ORIGINAL, at: AT } },
          { type: 'SopMadeEffective', data: { sopId: SOP_ID, version: 2, effectiveFrom: '2024-01-02', supersededVersion: 1, at: AT } },
        ]);
      given([...effectiveV1(), sopEvents.revised(2, 1)])
        .when(onPaper({ version: 2, approvedOn: '2022-12-01', effectiveFrom: '2023-01-04' }))
        .thenRefuses({ kind: 'validation', code: 'SOP_EFFECTIVE_DATE_NOT_AFTER_PREVIOUS' });
    });

    it('refuses a version that was already approved or is in force', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)]).when(onPaper()).thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_APPROVED' });
      given(effectiveV1()).when(onPaper()).thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_EFFECTIVE' });
    });
  });

  describe('approving', () => {
    it('refuses to approve a version submitted before its decision lost a target check (no silent end of a case)', () => {
      const content = changed(completeSop(), (sop) => {
        sop.procedures[0].steps[1].decision = { question: 'Lengkap?', ya: 3, tidak: null };
      });
      given([sopEvents.drafted(content), sopEvents.submitted(1)])
        .when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_DECISION_TARGET_MISSING' });
    });

    it('is approved by the pengesah named in the document, matched by NIP whatever the spelling of the name', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT })
        .then([{ type: 'SopApproved', data: { sopId: SOP_ID, version: 1, approvedBy: KEPALA_DINAS, at: AT } }]);
    });

    it('matches by name without academic titles when the document has no NIP', () => {
      const content = completeSop({ identity: { disahkanOleh: { nama: 'Dr. Andromeda Qomariah, M.M.', nip: null, jabatan: 'Kepala Dinas Koperasi dan UKM' } } });
      const approver = { userId: 'user-andromeda', nama: 'Andromeda Qomariah', nip: '196801171994032003', jabatan: 'Kepala Dinas' };
      given([sopEvents.drafted(content), sopEvents.submitted(1)])
        .when({ type: 'ApproveSop', version: 1, approver, at: AT })
        .then([{ type: 'SopApproved', data: { sopId: SOP_ID, version: 1, approvedBy: approver, at: AT } }]);
    });

    it('refuses a user who is not the document\'s pengesah', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'ApproveSop', version: 1, approver: { ...KEPALA_DINAS, userId: 'user-sekretaris', nip: '19650711 199202 2 002' }, at: AT })
        .thenRefuses({ kind: 'forbidden', code: 'SOP_APPROVER_NOT_PENGESAH' });
    });

    it('refuses to approve before submission', () => {
      given([sopEvents.drafted()])
        .when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_NOT_SUBMITTED' });
    });

    it('refuses to approve twice', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)])
        .when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_APPROVED' });
    });

    it('refuses to approve an effective version', () => {
      given(effectiveV1()).when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_EFFECTIVE' });
    });

    it('refuses to approve a submitted version that is missing things (submitted under older rules)', () => {
      const content = completeSop({ identity: { disahkanOleh: null } });
      given([sopEvents.drafted(content), sopEvents.submitted(1)])
        .when({ type: 'ApproveSop', version: 1, approver: KEPALA_DINAS, at: AT })
        .thenRefuses({
          kind: 'illegal_state',
          code: 'SOP_INCOMPLETE',
          details: [{ field: 'identity.disahkanOleh', message: 'Pejabat yang mengesahkan (Disahkan oleh) belum diisi' }],
        });
    });
  });

  describe('making effective', () => {
    const approvedV1 = [sopEvents.drafted(), sopEvents.submitted(1), sopEvents.approved(1)];

    it('makes an approved version effective from a date', () => {
      given(approvedV1)
        .when({ type: 'MakeSopEffective', version: 1, effectiveFrom: '2023-01-04', at: AT })
        .then([{ type: 'SopMadeEffective', data: { sopId: SOP_ID, version: 1, effectiveFrom: '2023-01-04', supersededVersion: null, at: AT } }]);
    });

    it('refuses a draft: it must be submitted and approved first', () => {
      given([sopEvents.drafted()])
        .when({ type: 'MakeSopEffective', version: 1, effectiveFrom: '2023-01-04', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_NOT_APPROVED' });
    });

    it('refuses a submitted version that is not approved yet', () => {
      given([sopEvents.drafted(), sopEvents.submitted(1)])
        .when({ type: 'MakeSopEffective', version: 1, effectiveFrom: '2023-01-04', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_NOT_APPROVED' });
    });

    it('refuses a version that is already effective', () => {
      given(effectiveV1())
        .when({ type: 'MakeSopEffective', version: 1, effectiveFrom: '2023-02-01', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_ALREADY_EFFECTIVE' });
    });

    it.each(['2023-02-30', '04-01-2023', ''])('refuses the date %p', (date) => {
      given(approvedV1).when({ type: 'MakeSopEffective', version: 1, effectiveFrom: date, at: AT }).thenRefuses({ kind: 'validation', code: 'SOP_INVALID_DATE' });
    });

    it('refuses an approved version that is missing things (approved under older rules)', () => {
      const content = changed(completeSop(), (sop) => {
        sop.procedures[0].steps[0].pelaksana = [];
      });
      given([sopEvents.drafted(content), sopEvents.submitted(1), sopEvents.approved(1)])
        .when({ type: 'MakeSopEffective', version: 1, effectiveFrom: '2023-01-04', at: AT })
        .thenRefuses({
          kind: 'illegal_state',
          code: 'SOP_INCOMPLETE',
          details: [{ field: 'procedures[0].steps[0].pelaksana', message: 'Langkah 1 belum memiliki pelaksana' }],
        });
    });

    const approvedV2 = [...effectiveV1(), sopEvents.revised(2, 1), sopEvents.submitted(2), sopEvents.approved(2)];

    it('version 2 effective from D supersedes version 1 from D', () => {
      given(approvedV2)
        .when({ type: 'MakeSopEffective', version: 2, effectiveFrom: '2023-07-01', at: AT })
        .then([{ type: 'SopMadeEffective', data: { sopId: SOP_ID, version: 2, effectiveFrom: '2023-07-01', supersededVersion: 1, at: AT } }]);

      const state = stateOf([...approvedV2, sopEvents.madeEffective(2, '2023-07-01', 1)]);
      expect(state.stage === 'active' && state.versions.map((version) => version.stage)).toEqual(['superseded', 'effective']);
      expect(versionInForceOn(state, '2023-06-30')?.version).toBe(1);
      expect(versionInForceOn(state, '2023-07-01')?.version).toBe(2);
      expect(versionInForceOn(state, '2023-01-03')).toBeNull();
    });

    it('refuses a new version effective on or before the previous version\'s date', () => {
      given(approvedV2)
        .when({ type: 'MakeSopEffective', version: 2, effectiveFrom: '2023-01-04', at: AT })
        .thenRefuses({ kind: 'validation', code: 'SOP_EFFECTIVE_DATE_NOT_AFTER_PREVIOUS' });
    });
  });

  describe('revising', () => {
    it('starts version 2 as a draft copied from the effective version', () => {
      const content = completeSop({ identity: { nama: 'Versi pertama' } });
      given(effectiveV1(content))
        .when({ type: 'ReviseSop', at: AT })
        .then([{ type: 'SopRevised', data: { sopId: SOP_ID, version: 2, basedOnVersion: 1, content, at: AT } }]);
    });

    it('keeps the old version readable and effective while the new one is worked on', () => {
      const v1 = completeSop({ identity: { nama: 'Versi pertama' } });
      const v2 = completeSop({ identity: { nama: 'Versi kedua' } });
      const state = stateOf([...effectiveV1(v1), sopEvents.revised(2, 1, v1), sopEvents.edited(2, v2, ['identity.nama'])]);
      expect(state.stage).toBe('active');
      if (state.stage !== 'active') return;
      expect(state.versions[0]).toMatchObject({ stage: 'effective', content: v1 });
      expect(state.versions[1]).toMatchObject({ stage: 'draft', content: v2, basedOnVersion: 1 });
      expect(versionInForceOn(state, '2023-08-01')?.content).toEqual(v1);
    });

    it('allows only one draft at a time', () => {
      given([...effectiveV1(), sopEvents.revised(2, 1)]).when({ type: 'ReviseSop', at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_DRAFT_EXISTS' });
    });

    it('counts an approved version that is not effective yet as the open draft', () => {
      given([...effectiveV1(), sopEvents.revised(2, 1), sopEvents.submitted(2), sopEvents.approved(2)])
        .when({ type: 'ReviseSop', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_DRAFT_EXISTS' });
    });

    it('refuses to revise version 1 while it is still a draft', () => {
      given([sopEvents.drafted()]).when({ type: 'ReviseSop', at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_DRAFT_EXISTS' });
    });
  });

  describe('retiring', () => {
    it('stops the SOP being effective from a date', () => {
      given(effectiveV1())
        .when({ type: 'RetireSop', retiredFrom: '2024-01-01', reason: 'Tugas dialihkan ke UPT', at: AT })
        .then([{ type: 'SopRetired', data: { sopId: SOP_ID, retiredFrom: '2024-01-01', reason: 'Tugas dialihkan ke UPT', abandonedDraftVersion: null, at: AT } }]);

      const state = stateOf([...effectiveV1(), sopEvents.retired('2024-01-01')]);
      expect(state.stage).toBe('retired');
      expect(versionInForceOn(state, '2023-12-31')?.version).toBe(1);
      expect(versionInForceOn(state, '2024-01-01')).toBeNull();
    });

    it('abandons the open draft', () => {
      const events = [...effectiveV1(), sopEvents.revised(2, 1)];
      given(events)
        .when({ type: 'RetireSop', retiredFrom: '2024-01-01', reason: 'Dicabut', at: AT })
        .then([{ type: 'SopRetired', data: { sopId: SOP_ID, retiredFrom: '2024-01-01', reason: 'Dicabut', abandonedDraftVersion: 2, at: AT } }]);
      const state = stateOf([...events, sopEvents.retired('2024-01-01', 2)]);
      expect(state.stage !== 'none' && state.versions.map((version) => version.stage)).toEqual(['retired', 'abandoned']);
    });

    it('refuses to retire an SOP that was never effective', () => {
      given([sopEvents.drafted()])
        .when({ type: 'RetireSop', retiredFrom: '2024-01-01', reason: 'Dicabut', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'SOP_NOT_EFFECTIVE' });
    });

    it('refuses a retirement date on or before the effective date', () => {
      given(effectiveV1())
        .when({ type: 'RetireSop', retiredFrom: '2023-01-04', reason: 'Dicabut', at: AT })
        .thenRefuses({ kind: 'validation', code: 'SOP_RETIRE_DATE_NOT_AFTER_EFFECTIVE' });
    });

    it('refuses a retirement without a reason', () => {
      given(effectiveV1()).when({ type: 'RetireSop', retiredFrom: '2024-01-01', reason: '', at: AT }).thenRefuses({ kind: 'validation', code: 'SOP_RETIREMENT_REASON_REQUIRED' });
    });

    it('refuses an invalid retirement date', () => {
      given(effectiveV1()).when({ type: 'RetireSop', retiredFrom: '2024-13-01', reason: 'Dicabut', at: AT }).thenRefuses({ kind: 'validation', code: 'SOP_INVALID_DATE' });
    });

    it.each([
      { type: 'ReviseSop', at: AT },
      { type: 'RetireSop', retiredFrom: '2025-01-01', reason: 'Lagi', at: AT },
      { type: 'EditSopDraft', version: 1, content: completeSop(), at: AT },
    ] as const)('refuses $type on a retired SOP', (command) => {
      given([...effectiveV1(), sopEvents.retired('2024-01-01')]).when(command).thenRefuses({ kind: 'illegal_state', code: 'SOP_RETIRED' });
    });
  });

  describe('evolve', () => {
    it('refuses a stream whose events cannot follow each other', () => {
      expect(() => stateOf([sopEvents.drafted(), sopEvents.approved(1)])).toThrow('event SopApproved cannot follow SOP stage active');
      expect(() => stateOf([sopEvents.submitted(1)])).toThrow('cannot follow SOP stage none');
    });

    it('returns a sent-back version to draft, keeping its content', () => {
      const state = stateOf([sopEvents.drafted(), sopEvents.submitted(1), sopEvents.rejected(1)]);
      expect(state.stage === 'active' && state.versions[0]).toEqual({ stage: 'draft', version: 1, content: completeSop(), basedOnVersion: null });
    });
  });
});
