/**
 * Indonesian wording for class-validator's default (English) messages. A message written by the DTO's
 * author (`@IsString({ message: '...' })`) is kept as is: only messages in class-validator's default
 * form (`<property> must ...`, `<property> should ...`) are replaced.
 */
type Translate = (subject: string, english: string) => string | undefined;

const captured = (pattern: RegExp, english: string): string | undefined => pattern.exec(english)?.[1];

const TRANSLATIONS: Record<string, Translate> = {
  whitelistValidation: (s) => `kolom ${s} tidak dikenal; hapus kolom ini dari permintaan`,
  isDefined: (s) => `${s} wajib diisi`,
  isNotEmpty: (s) => `${s} tidak boleh kosong`,
  arrayNotEmpty: (s) => `${s} tidak boleh kosong`,
  isString: (s) => `${s} harus berupa teks`,
  isInt: (s) => `${s} harus berupa bilangan bulat`,
  isNumber: (s) => `${s} harus berupa angka`,
  isPositive: (s) => `${s} harus berupa angka positif`,
  isBoolean: (s) => `${s} harus bernilai true atau false`,
  isArray: (s) => `${s} harus berupa daftar (array)`,
  isObject: (s) => `${s} harus berupa objek`,
  isUuid: (s) => `${s} harus berupa UUID`,
  isUUID: (s) => `${s} harus berupa UUID`,
  isEmail: (s) => `${s} harus berupa alamat email yang valid`,
  isDateString: (s) => `${s} harus berupa tanggal ISO 8601, misalnya 2025-01-31`,
  isIso8601: (s) => `${s} harus berupa tanggal ISO 8601, misalnya 2025-01-31`,
  isISO8601: (s) => `${s} harus berupa tanggal ISO 8601, misalnya 2025-01-31`,
  isEnum: (s, e) => `${s} harus salah satu dari: ${captured(/following values: (.*)$/, e) ?? '(lihat dokumentasi)'}`,
  isIn: (s, e) => `${s} harus salah satu dari: ${captured(/following values: (.*)$/, e) ?? '(lihat dokumentasi)'}`,
  min: (s, e) => `${s} tidak boleh kurang dari ${captured(/less than (.+)$/, e) ?? 'batas bawah'}`,
  max: (s, e) => `${s} tidak boleh lebih dari ${captured(/greater than (.+)$/, e) ?? 'batas atas'}`,
  minLength: (s, e) => `${s} minimal ${captured(/equal to (\d+) characters/, e) ?? '?'} karakter`,
  maxLength: (s, e) => `${s} maksimal ${captured(/equal to (\d+) characters/, e) ?? '?'} karakter`,
  arrayMinSize: (s, e) => `${s} minimal berisi ${captured(/at least (\d+) elements/, e) ?? '?'} butir`,
  arrayMaxSize: (s, e) => `${s} maksimal berisi ${captured(/no more than (\d+) elements/, e) ?? '?'} butir`,
  matches: (s) => `format ${s} tidak sesuai`,
  nestedValidation: (s) => `${s} harus berupa objek atau daftar objek`,
  unknownValue: () => 'isi permintaan harus berupa objek JSON',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isDefaultMessage(property: string, message: string): boolean {
  const p = escapeRegExp(property);
  return (
    new RegExp(`^(each value in )?(nested property )?${p} (must|should) `).test(message) ||
    new RegExp(`^property ${p} should not exist$`).test(message) ||
    message.startsWith('an unknown value was passed')
  );
}

/** The Indonesian message for a failed constraint, or the original when it is custom or unknown. */
export function localiseConstraintMessage(constraint: string, property: string, message: string): string {
  const translate = TRANSLATIONS[constraint];
  if (!translate || !isDefaultMessage(property, message)) return message;
  const each = message.startsWith('each value in ');
  const translated = translate(each ? `setiap butir ${property}` : property, message);
  return translated ?? message;
}
