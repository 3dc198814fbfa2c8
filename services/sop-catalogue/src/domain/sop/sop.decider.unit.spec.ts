import { fold } from '@jejak/domain-kit';
import { sopDecider } from './sop.decider';
import { versionInForceOn, type SopState } from './sop.state';
import type { SopEvent } from './sop.events';
import { given } from '../testing/decider-spec';
import { changed, completeSop } from '../testing/sop-content.builder';
import { effectiveV1, ISSUER, KEPALA_DINAS, SOP_ID, sopEvents } from '../testing/sop-events.builder';
import { kalbarPlutSop } from '../testing/kalbar-plut.fixture';

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

  describe('approving', () => {
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
