/**
 * Linear-time forms of `text.replace(/[…]+$/, '')` and `/^[…]+/`: V8 retries a pattern anchored only at
 * the end from every character of a long run, which makes it quadratic on text such as "....." × 100 000.
 * `chars` is a one-character class, e.g. /[\s.,;:]/.
 */
export function trimRunEnd(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

export function trimRunStart(text: string, chars: RegExp): string {
  let start = 0;
  while (start < text.length && chars.test(text[start])) start += 1;
  return start === 0 ? text : text.slice(start);
}
