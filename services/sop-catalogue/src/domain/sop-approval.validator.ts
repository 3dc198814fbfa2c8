import type { DomainErrorDetail } from '@jejak/domain-kit';
import type { SopContent, SopProcedure, SopStep } from '@jejak/contracts';
import { sameRole } from './sop-text.normalise';

const blank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === '';

/**
 * A step has no mutu baku when its waktu text, its output and its kelengkapan are all empty.
 * A waktu written as "Menyesuaikan" or "N/A" is a stated "no standard time", not a missing one:
 * the author decided there is no standard, so such a step is complete as far as waktu goes.
 */
export function hasMutuBaku(step: SopStep): boolean {
  const { waktu, output, kelengkapan } = step.mutuBaku;
  return !blank(waktu.raw) || !blank(output) || kelengkapan.some((item) => !blank(item));
}

/**
 * Everything that keeps an SOP from being submitted, approved or made effective, in document order.
 * Each detail carries the field path (`procedures[0].steps[3].pelaksana`) and an Indonesian message.
 *
 * Checked:
 * - identity: nomor, nama, disahkanOleh (nama and jabatan; the NIP is optional because not every
 *   pengesah is a PNS, but when present it is what approval is matched on);
 * - at least one procedure, each with at least one step;
 * - per step: kegiatan, step number used once, at least one pelaksana, every pelaksana one of the procedure's
 *   role columns, a mutu baku (see `hasMutuBaku`), decisions with both a "ya" and a "tidak" target
 *   (see `missingDecisionTargets`), decision branches that point at existing steps.
 */
export function validateForApproval(content: SopContent): DomainErrorDetail[] {
  const missing: DomainErrorDetail[] = [];
  const { identity } = content;
  if (blank(identity.nomor)) missing.push({ field: 'identity.nomor', message: 'Nomor SOP belum diisi' });
  if (blank(identity.nama)) missing.push({ field: 'identity.nama', message: 'Nama SOP belum diisi' });
  if (identity.disahkanOleh === null) {
    missing.push({ field: 'identity.disahkanOleh', message: 'Pejabat yang mengesahkan (Disahkan oleh) belum diisi' });
  } else {
    if (blank(identity.disahkanOleh.nama)) {
      missing.push({ field: 'identity.disahkanOleh.nama', message: 'Nama pejabat yang mengesahkan belum diisi' });
    }
    if (blank(identity.disahkanOleh.jabatan)) {
      missing.push({ field: 'identity.disahkanOleh.jabatan', message: 'Jabatan pejabat yang mengesahkan belum diisi' });
    }
  }
  if (content.procedures.length === 0) {
    missing.push({ field: 'procedures', message: 'SOP belum memiliki prosedur' });
  }
  const several = content.procedures.length > 1;
  content.procedures.forEach((procedure, p) => missing.push(...validateProcedure(procedure, p, several)));
  return missing;
}

function procedureLabel(procedure: SopProcedure, index: number): string {
  return blank(procedure.name) ? `Prosedur ${index + 1}` : `Prosedur "${procedure.name.trim()}"`;
}

function validateProcedure(procedure: SopProcedure, p: number, several: boolean): DomainErrorDetail[] {
  const missing: DomainErrorDetail[] = [];
  const base = `procedures[${p}]`;
  if (procedure.steps.length === 0) {
    missing.push({ field: `${base}.steps`, message: `${procedureLabel(procedure, p)} belum memiliki langkah` });
    return missing;
  }
  const numbers = new Set(procedure.steps.map((step) => step.no));
  const seen = new Set<number>();
  procedure.steps.forEach((step, s) => {
    const path = `${base}.steps[${s}]`;
    const subject = several ? `${procedureLabel(procedure, p)} langkah ${step.no}` : `Langkah ${step.no}`;
    if (seen.has(step.no)) missing.push({ field: `${path}.no`, message: `Nomor langkah ${step.no} dipakai lebih dari sekali${several ? ` di ${procedureLabel(procedure, p)}` : ''}` });
    seen.add(step.no);
    if (blank(step.kegiatan)) missing.push({ field: `${path}.kegiatan`, message: `${subject} belum memiliki uraian kegiatan` });
    const pelaksana = step.pelaksana.filter((role) => !blank(role));
    if (pelaksana.length === 0) {
      missing.push({ field: `${path}.pelaksana`, message: `${subject} belum memiliki pelaksana` });
    }
    step.pelaksana.forEach((role, r) => {
      if (blank(role) || procedure.roles.some((column) => sameRole(column, role))) return;
      missing.push({
        field: `${path}.pelaksana[${r}]`,
        message: `${subject}: pelaksana "${role.trim()}" tidak ada di kolom pelaksana`,
      });
    });
    if (!hasMutuBaku(step)) {
      missing.push({ field: `${path}.mutuBaku`, message: `${subject} belum memiliki mutu baku (kelengkapan, waktu, atau output)` });
    }
    if (step.decision !== null) {
      const detail = missingTargetOfDecision(step, path, subject);
      if (detail !== null) missing.push(detail);
      for (const branch of ['ya', 'tidak'] as const) {
        const target = step.decision[branch];
        if (target !== null && !numbers.has(target)) {
          const label = branch === 'ya' ? 'Ya' : 'Tidak';
          missing.push({
            field: `${path}.decision.${branch}`,
            message: `${subject}: cabang "${label}" menuju langkah ${target} yang tidak ada`,
          });
        }
      }
    }
  });
  return missing;
}

const BRANCH_LABEL = { ya: 'Ya', tidak: 'Tidak' } as const;

/** The step as people name it: its number and the start of its kegiatan. */
function stepName(step: SopStep): string {
  const kegiatan = step.kegiatan.trim().replace(/\s+/g, ' ');
  if (kegiatan === '') return '';
  if (kegiatan.length <= 60) return ` "${kegiatan}"`;
  const cut = kegiatan.slice(0, 61);
  const space = cut.lastIndexOf(' ');
  return ` "${(space > 20 ? cut.slice(0, space) : cut.slice(0, 60)).replace(/[\s,.;:]+$/, '')}…"`;
}

function missingTargetOfDecision(step: SopStep, path: string, subject: string): DomainErrorDetail | null {
  if (step.decision === null) return null;
  const decision = step.decision;
  const absent = (['ya', 'tidak'] as const).filter((branch) => decision[branch] === null);
  if (absent.length === 0) return null;
  const labels = absent.map((branch) => `"${BRANCH_LABEL[branch]}"`).join(' dan ');
  const question = blank(decision.question) ? '' : ` "${decision.question.trim()}"`;
  return {
    field: absent.length === 1 ? `${path}.decision.${absent[0]}` : `${path}.decision`,
    message:
      `${subject}${stepName(step)}: keputusan${question} belum memiliki langkah tujuan untuk jawaban ${labels}. ` +
      `Isi nomor langkah yang dituju (untuk "Tidak" biasanya langkah yang dikembalikan untuk diperbaiki), lalu ajukan kembali.`,
  };
}

/**
 * Decisions that do not say where a case goes on "ya" or on "tidak", in document order (one detail per decision).
 * A case must never end because a branch is missing, so such an SOP is refused on submission and approval
 * (`SOP_DECISION_TARGET_MISSING`); the same details are part of `validateForApproval`.
 */
export function missingDecisionTargets(content: SopContent): DomainErrorDetail[] {
  const several = content.procedures.length > 1;
  const missing: DomainErrorDetail[] = [];
  content.procedures.forEach((procedure, p) =>
    procedure.steps.forEach((step, s) => {
      const subject = several ? `${procedureLabel(procedure, p)} langkah ${step.no}` : `Langkah ${step.no}`;
      const detail = missingTargetOfDecision(step, `procedures[${p}].steps[${s}]`, subject);
      if (detail !== null) missing.push(detail);
    }),
  );
  return missing;
}
