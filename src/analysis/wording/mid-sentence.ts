/**
 * Lower-cases the first letter of an English name so it reads naturally mid-sentence: policy names are
 * written as titles ("Lost stone", "Free re-setting"), staff say "the lost stone". Names whose second
 * letter is a capital ("LED strap", "VIP gift") are acronyms and stay as they are.
 */
export function midSentence(name: string): string {
  const [first = '', second = ''] = name;
  if (/\p{Lu}/u.test(second)) return name;
  return first.toLowerCase() + name.slice(first.length);
}
