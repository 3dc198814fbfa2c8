import { templateProblems } from './number-sequence/number-template';
import { isRole, type Role } from './acting-user';
import { rankOf } from './hierarchy.policy';
import type { LettersConfig } from './letters.config';
import { JENIS_SURAT_KELUAR } from './letter-values';
import { Problems, isText } from './problems';

const SEQUENCE_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Fails with every problem of a dinas's configuration (validation `LETTERS_CONFIG_INVALID`). */
export function validateLettersConfig(config: LettersConfig): LettersConfig {
  const problems = new Problems();
  const { hierarchy } = config;
  problems.check(Number.isInteger(config.utcOffsetMinutes) && Math.abs(config.utcOffsetMinutes) <= 14 * 60, 'utcOffsetMinutes', 'must be whole minutes within ±14 h');

  const seen = new Set<Role>();
  hierarchy.forEach((level, i) => {
    problems.check(level.length > 0, `hierarchy[${i}]`, 'a level needs at least one role');
    for (const role of level) {
      problems.check(isRole(role), `hierarchy[${i}]`, `unknown role ${String(role)}`);
      problems.check(!seen.has(role), `hierarchy[${i}]`, `${role} appears twice`);
      seen.add(role);
    }
  });
  const inHierarchy = (role: Role) => rankOf(hierarchy, role) !== null;

  problems.check(config.instructions.length > 0, 'instructions', 'at least one instruction');
  const codes = config.instructions.map((i) => i.code);
  problems.check(new Set(codes).size === codes.length, 'instructions', 'instruction codes must be unique');
  config.instructions.forEach((instruction, i) => problems.text(instruction.code, `instructions[${i}].code`).text(instruction.label, `instructions[${i}].label`));

  problems.check(isValidRegExp(config.klasifikasi.pattern), 'klasifikasi.pattern', 'not a regular expression');
  problems.check(!config.klasifikasi.restrictToList || config.klasifikasi.codes.length > 0, 'klasifikasi.codes', 'restrictToList needs codes');

  const masuk = config.suratMasuk;
  problems.check(inHierarchy(masuk.holderRole), 'suratMasuk.holderRole', 'must be in the hierarchy');
  problems.check(masuk.registrarRoles.length > 0, 'suratMasuk.registrarRoles', 'at least one role');
  problems.check(SEQUENCE_NAME.test(masuk.agendaSequence), 'suratMasuk.agendaSequence', 'lowercase letters, digits and -');
  templateProblems(masuk.agendaTemplate).forEach((message) => problems.check(false, 'suratMasuk.agendaTemplate', message));
  problems.check(masuk.externalSystems.every(isText), 'suratMasuk.externalSystems', 'names must not be empty');

  for (const jenis of JENIS_SURAT_KELUAR) {
    const rules = config.suratKeluar[jenis];
    const at = `suratKeluar.${jenis}`;
    problems.check(rules.parafChain.every(inHierarchy), `${at}.parafChain`, 'every role must be in the hierarchy');
    problems.check(rules.signerRoles.length > 0 && rules.signerRoles.every(inHierarchy), `${at}.signerRoles`, 'at least one role, all in the hierarchy');
    problems.check(SEQUENCE_NAME.test(rules.sequence), `${at}.sequence`, 'lowercase letters, digits and -');
    templateProblems(rules.template).forEach((message) => problems.check(false, `${at}.template`, message));
  }
  problems.check(config.dispatch.channels.length > 0 && config.dispatch.channels.every(isText), 'dispatch.channels', 'at least one named channel');
  problems.throwIfAny('LETTERS_CONFIG_INVALID', 'the dinas letters configuration is invalid');
  return config;
}

function isValidRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
