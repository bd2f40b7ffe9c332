// Reporter ID numbers (公民身份号码) as literals, for tests of the check digit that must not build
// their numbers with the code under test, and GB 11643-1999's check written out on its own.

/**
 * GB 11643-1999 (ISO 7064 MOD 11-2), apart from shared/kernel/idcard.ts: weights 2^(17-i) mod 11,
 * check value (12 - sum mod 11) mod 11, written X when it is 10.
 */
export function gbCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** Valid numbers; the first is the standard's own example. Born 1949–1992, so valid on any day of the tests. */
export const VALID_ID_NUMBERS = ['11010519491231002X', '11010119900307803X', '42010219751108003X', '110101199003078515', '320106198502140017'] as const;

/** Well-formed numbers whose last character is wrong: an X where a digit belongs, or the wrong digit. */
export const WRONG_CHECK_ID_NUMBERS = ['11010519491231003X', '11010119900307851X', '33020519800101123X', '32010619850214001X', '110101199003078516', '110101199003078030'] as const;
