// Folding: a copy of the text with the same length (so offsets stay valid) in which the few spellings
// we care about collapse to one form: digits of every script become ASCII, Arabic ي/ى/ك/ۀ/ة/أ/إ become
// their Persian or bare forms. The readers match against the folded copy and report offsets into the input.

const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ۀ': 'ه', 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا',
  '٪': '%', '−': '-', '–': '-', '—': '-',
};
for (let d = 0; d < 10; d++) {
  FOLD[String.fromCharCode(0x06f0 + d)] = String(d); // Persian
  FOLD[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic
}

const FOLDABLE = /[\u06f0-\u06f9\u0660-\u0669يىكۀةأإٱ٪−–—]/g;

// findDates and findQuantities run on the same text one after the other: fold it once.
let lastText = '';
let lastFolded = '';

export function fold(text: string): string {
  if (text === lastText) return lastFolded;
  const folded = text.replace(FOLDABLE, (c) => FOLD[c]);
  if (text.length > 256) { lastText = text; lastFolded = folded; }
  return folded;
}

const MARKS = /[\u064b-\u065f\u0670\u0640]/g;
/** A word without diacritics, tatweel or the hamza above of «ژانویهٔ». */
export function bareWord(word: string): string {
  return word.replace(MARKS, '');
}
