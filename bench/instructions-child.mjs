// Run by bench/instructions.mjs under valgrind: makes `count` calls of one contender with one of
// bench/injected.mjs's fetches, and nothing else, so the instructions counted are those calls'
// (plus a fixed start-up, which the parent cancels out by running two counts).
import { contenders } from "./contenders.mjs";
import { fetches } from "./fetches.mjs";
import { BASE_URL } from "./fixture.mjs";

const [name, fetchName, count] = process.argv.slice(2);
const fn = contenders(BASE_URL, fetches[fetchName])[name];
if (!fn || !fetches[fetchName]) throw new Error(`unknown contender ${name} or fetch ${fetchName}`);
for (let i = 0; i < Number(count); i++) await fn();
