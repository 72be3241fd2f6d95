// Builds the Fars events TRAINING/DEVELOPMENT set (dev.jsonl, an empty test.jsonl, docs.jsonl) from the hand
// annotations in annotations.txt over Fars News articles (shared/corpora/fars-news-1500), with the builder of
// test/gold/events-fars (same text, sentence cut and line format). Every record is split "dev": the set is for
// development, not a measurement. The articles are listed in picked.txt (train/events-fars-train-pick.ts).
// Run: node test/gold/events-fars-train/build.ts
// Show an article's sentences as the annotator saw them: node test/gold/events-fars-train/build.ts --show <doc>
import { buildGold, show } from '../events-fars/build.ts';

const i = process.argv.indexOf('--show');
if (i >= 0) show(Number(process.argv[i + 1]));
else buildGold(new URL('./', import.meta.url), { label: 'events-fars-train (development set)', allDev: true });
