import { forbidden, illegalState } from '@jejak/domain-kit';
import { personAs, type ActingUser } from '../acting-user';
import { checkSopCase } from '../document-ref.policy';
import { highestRole, rankOf } from '../hierarchy.policy';
import type { LettersDeps } from '../letters.deps';
import { JENIS_SURAT_KELUAR, type IsoInstant } from '../letter-values';
import { Problems, isText } from '../problems';
import { parafChainFor } from './paraf-chain.policy';
import type { ReviseDraftData, SubmitForParafData, WriteDraftData } from './surat-keluar.commands';
import type { NaskahContent, SuratKeluarEvent } from './surat-keluar.events';
import { checkContent, notEditable, requireDrafter, requireWritten } from './surat-keluar.guards';
import type { SuratKeluarState } from './surat-keluar.state';

/** A drafter (konseptor) writes a surat keluar or nota dinas; they act in their highest hierarchy role. */
export function decideWriteDraft(deps: LettersDeps, state: SuratKeluarState, by: ActingUser, data: WriteDraftData, at: IsoInstant): SuratKeluarEvent[] {
  const { config } = deps;
  const drafterRole = highestRole(config.hierarchy, by.roles);
  if (drafterRole === null) throw forbidden('NOT_DRAFTER', 'only dinas staff in the hierarchy may draft letters');
  if (state.stage !== 'none') throw illegalState('DRAFT_ALREADY_WRITTEN', 'the draft already exists; revise it instead');
  const problems = new Problems().text(data.letterId, 'letterId');
  const jenisKnown = (JENIS_SURAT_KELUAR as readonly string[]).includes(data.jenis);
  problems.check(jenisKnown, 'jenis', 'must be surat_keluar or nota_dinas');
  if (jenisKnown) checkContent(problems, data, config.suratKeluar[data.jenis].template, config);
  problems.check(data.inReplyTo === undefined || data.inReplyTo === null || isText(data.inReplyTo), 'inReplyTo', 'must not be empty when given');
  checkSopCase(problems, data.sopCase, 'sopCase');
  problems.throwIfAny('DRAFT_INVALID', 'the draft is incomplete');
  return [
    {
      type: 'DraftWritten',
      data: {
        letterId: data.letterId,
        tenant: by.tenant,
        jenis: data.jenis,
        ...content(data),
        inReplyTo: data.inReplyTo ?? null,
        drafter: personAs(by, drafterRole),
        version: 1,
        writtenAt: at,
        sopCase: data.sopCase ?? null,
      },
    },
  ];
}

/** The drafter revises a draft before submitting it or after it was returned. */
export function decideReviseDraft(deps: LettersDeps, state: SuratKeluarState, by: ActingUser, data: ReviseDraftData, at: IsoInstant): SuratKeluarEvent[] {
  const written = requireWritten(state, data.letterId, by);
  if (written.stage !== 'draft' && written.stage !== 'returned') throw notEditable(written);
  const { naskah } = written;
  requireDrafter(naskah, by);
  const revised: NaskahContent = {
    perihal: data.perihal ?? naskah.perihal,
    sifat: data.sifat ?? naskah.sifat,
    klasifikasi: data.klasifikasi ?? naskah.klasifikasi,
    unitKode: data.unitKode ?? naskah.unitKode,
    kepada: data.kepada ?? naskah.kepada,
    isi: data.isi,
    lampiran: data.lampiran ?? naskah.lampiran,
  };
  const problems = new Problems();
  checkContent(problems, revised, deps.config.suratKeluar[naskah.jenis].template, deps.config);
  problems.throwIfAny('DRAFT_INVALID', 'the revised draft is incomplete');
  return [
    {
      type: 'DraftRevised',
      data: {
        letterId: naskah.letterId,
        ...content(revised),
        version: naskah.version + 1,
        catatan: isText(data.catatan) ? data.catatan.trim() : '',
        by: naskah.drafter,
        revisedAt: at,
      },
    },
  ];
}

/**
 * The drafter submits the draft to its paraf chain, naming one reviewer per step and the signer.
 * A returned draft must be revised first. Every submission starts a new round from the first step.
 */
export function decideSubmitForParaf(deps: LettersDeps, state: SuratKeluarState, by: ActingUser, data: SubmitForParafData, at: IsoInstant): SuratKeluarEvent[] {
  const { config } = deps;
  const written = requireWritten(state, data.letterId, by);
  requireDrafter(written.naskah, by);
  if (written.stage === 'returned') throw illegalState('DRAFT_NOT_REVISED', 'a returned draft is revised before it is submitted again');
  if (written.stage !== 'draft') throw notEditable(written);
  const { naskah } = written;
  const rules = config.suratKeluar[naskah.jenis];

  const problems = new Problems();
  const signer = data.signer;
  problems.text(signer?.userId, 'signer.userId').text(signer?.name, 'signer.name');
  const signerAuthorised = signer !== undefined && rules.signerRoles.includes(signer.role);
  problems.check(signerAuthorised, 'signer.role', `a ${naskah.jenis} is signed by ${rules.signerRoles.join(' or ')}`);
  problems.check(
    !signerAuthorised || (rankOf(config.hierarchy, signer.role) ?? Infinity) <= (rankOf(config.hierarchy, naskah.drafter.role) ?? -Infinity),
    'signer.role',
    'the signer cannot rank below the drafter',
  );
  const chain = signerAuthorised ? parafChainFor(rules.parafChain, config.hierarchy, naskah.drafter.role, signer.role) : [];
  const reviewers = Array.isArray(data.reviewers) ? data.reviewers : [];
  problems.check(reviewers.length === chain.length, 'reviewers', `the paraf chain is ${chain.length === 0 ? 'empty' : chain.join(' → ')}`);
  const seen = new Set<string>([signer?.userId ?? '']);
  reviewers.forEach((reviewer, i) => {
    problems.text(reviewer?.userId, `reviewers[${i}].userId`).text(reviewer?.name, `reviewers[${i}].name`);
    problems.check(chain[i] === undefined || reviewer?.role === chain[i], `reviewers[${i}].role`, `step ${i + 1} is ${chain[i]}`);
    problems.check(!seen.has(reviewer?.userId), `reviewers[${i}].userId`, 'one person, one step (and the signer does not paraf)');
    seen.add(reviewer?.userId);
  });
  problems.throwIfAny('PARAF_CHAIN_INVALID', 'the reviewers do not match the paraf chain');

  return [
    {
      type: 'DraftSubmittedForParaf',
      data: {
        letterId: naskah.letterId,
        round: naskah.rounds + 1,
        reviewers: reviewers.map((r) => ({ userId: r.userId, name: r.name, role: r.role })),
        signer: { userId: signer.userId, name: signer.name, role: signer.role },
        by: naskah.drafter,
        submittedAt: at,
        sopCase: naskah.sopCase,
      },
    },
  ];
}

const content = (c: NaskahContent): NaskahContent => ({
  perihal: c.perihal.trim(),
  sifat: c.sifat,
  klasifikasi: c.klasifikasi,
  unitKode: typeof c.unitKode === 'string' ? c.unitKode.trim() : '',
  kepada: c.kepada.map((a) => (a.userId === undefined ? { name: a.name.trim() } : { name: a.name.trim(), userId: a.userId })),
  isi: c.isi,
  lampiran: c.lampiran,
});
