// The stemmer the analyzer uses: the morph module's `stem` (src/morph/stem.ts) once it exists, otherwise a
// tiny conservative fallback that only strips plural and comparative suffixes.
type Stemmer = (word: string) => string;

const MORPH_STEM = '../morph/stem.ts';

async function loadMorphStem(): Promise<Stemmer | null> {
  try {
    const mod = (await import(MORPH_STEM)) as { stem?: Stemmer };
    return typeof mod.stem === 'function' ? mod.stem : null;
  } catch {
    return null;
  }
}

// Longest first; each suffix needs a stem of at least MIN_STEM letters left over.
const SUFFIXES = ['هایی', 'های', 'ها', 'ترین', 'تر'];
const MIN_STEM = 2;

export function fallbackStem(word: string): string {
  for (const s of SUFFIXES) {
    if (word.length - s.length >= MIN_STEM && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

const morphStem = await loadMorphStem();

/** Stem one folded word (no ZWNJ, Persian letters). */
export const stem: Stemmer = morphStem ?? fallbackStem;
export const stemmerName = morphStem ? 'morph' : 'fallback';
