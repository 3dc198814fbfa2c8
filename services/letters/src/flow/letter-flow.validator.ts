import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { isRole } from '../domain';
import { FLOW_TRIGGERS, type LetterFlow } from './letter-flow.config';

const STEP_KEY = /^\d+\.\d+$/;
const FLOW_KEY = /^[a-z0-9][a-z0-9-]*$/;
const TENANT = /^\d{2}(\.\d{2}){0,3}$/;

/** Fails with every problem of the configured letter flows (validation `LETTER_FLOWS_INVALID`). */
export function validateLetterFlows(flows: readonly LetterFlow[]): readonly LetterFlow[] {
  const problems: DomainErrorDetail[] = [];
  const check = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message });
  };
  const keys = new Set<string>();
  flows.forEach((flow, i) => {
    const at = `flows[${i}]`;
    check(FLOW_KEY.test(flow.key), `${at}.key`, 'huruf kecil, angka dan -');
    check(!keys.has(`${flow.tenant}/${flow.key}`), `${at}.key`, `alur ${flow.key} sudah ada untuk dinas ${flow.tenant}`);
    keys.add(`${flow.tenant}/${flow.key}`);
    check(TENANT.test(flow.tenant), `${at}.tenant`, 'kode wilayah Kemendagri, contoh 35 atau 35.01');
    check(typeof flow.sop?.nama === 'string' && flow.sop.nama.trim() !== '', `${at}.sop.nama`, 'nama SOP wajib diisi');
    flow.rules.forEach((rule, r) => {
      const ruleAt = `${at}.rules[${r}]`;
      check(FLOW_TRIGGERS.includes(rule.on), `${ruleAt}.on`, `pemicu tidak dikenal: ${String(rule.on)}`);
      for (const role of [rule.when?.fromRole, rule.when?.toRole, rule.when?.byRole]) check(role === undefined || isRole(role), `${ruleAt}.when`, `jabatan tidak dikenal: ${String(role)}`);
      check(rule.facts.length > 0, `${ruleAt}.facts`, 'minimal satu fakta');
      rule.facts.forEach((fact, f) => {
        if (fact.fact !== 'cancelled') check(STEP_KEY.test(fact.stepKey), `${ruleAt}.facts[${f}].stepKey`, 'berbentuk <prosedur>.<langkah>, contoh 1.4');
        if (fact.fact === 'step-completed') check(fact.output.trim() !== '', `${ruleAt}.facts[${f}].output`, 'output wajib diisi');
      });
    });
  });
  if (problems.length > 0) throw validationError('LETTER_FLOWS_INVALID', 'Konfigurasi alur surat tidak valid.', problems);
  return flows;
}
