// `make eval`: the per-pair table of the evaluation set, dev and test apart. `--details` lists misses and wrong entries;
// `--split dev` limits the details to one split (look at the test split's details only to report, never to tune).
import { formatTable, listPairs, scoreAll } from './pairs.ts';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const only = args.includes('--pair') ? args[args.indexOf('--pair') + 1] : undefined;
const pairs = listPairs().filter((p) => (!split || p.gold.split === split) && (!only || p.slug === only));
const result = await scoreAll(pairs);
console.log(formatTable(result, args.includes('--details')));
