import { assertNever, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { PermitTypeCommand } from './permit-type.commands';
import type { PermitTypeEvent } from './permit-type.events';
import { contentProblems, PERMIT_TYPE_CODE } from './permit-type.rules';
import type { PermitTypeState } from './permit-type.state';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Pure: the events a command produces, or a DomainError with a stable code naming the fields. */
export function decide(command: PermitTypeCommand, state: PermitTypeState): PermitTypeEvent[] {
  switch (command.type) {
    case 'DefinePermitType': {
      if (state.stage !== 'none') throw illegalState('PERMIT_TYPE_ALREADY_EXISTS', `Jenis izin ${command.code} sudah ada di dinas ini`);
      const problems = [
        ...(PERMIT_TYPE_CODE.test(command.code) ? [] : [{ field: 'code', message: 'Kode huruf besar, angka dan garis bawah (mis. IUI_REKOMTEK)' }]),
        ...(ISO_DATE.test(command.effectiveFrom) ? [] : [{ field: 'effectiveFrom', message: 'Tanggal berlaku YYYY-MM-DD' }]),
        ...contentProblems(command.content),
      ];
      if (problems.length > 0) throw validationError('PERMIT_TYPE_INVALID', 'Data jenis izin tidak valid', problems);
      return [{ type: 'PermitTypeDefined', data: { tenant: command.tenant, code: command.code, version: 1, effectiveFrom: command.effectiveFrom, content: command.content, at: command.at } }];
    }
    case 'RevisePermitType': {
      if (state.stage === 'none') throw notFound('PERMIT_TYPE_NOT_FOUND', 'Jenis izin tidak ditemukan');
      const latest = state.versions[state.versions.length - 1]!;
      const problems = [
        ...(ISO_DATE.test(command.effectiveFrom) ? [] : [{ field: 'effectiveFrom', message: 'Tanggal berlaku YYYY-MM-DD' }]),
        ...(ISO_DATE.test(command.effectiveFrom) && command.effectiveFrom < latest.effectiveFrom
          ? [{ field: 'effectiveFrom', message: `Tanggal berlaku tidak boleh sebelum versi ${latest.version} (${latest.effectiveFrom})` }]
          : []),
        ...contentProblems(command.content),
      ];
      if (problems.length > 0) throw validationError('PERMIT_TYPE_INVALID', 'Data jenis izin tidak valid', problems);
      return [{ type: 'PermitTypeRevised', data: { version: latest.version + 1, effectiveFrom: command.effectiveFrom, content: command.content, at: command.at } }];
    }
    default:
      return assertNever(command, 'permit-type command');
  }
}
