import { normaliseText } from '../../shared/normalise-text.ts';

/**
 * Which cue probes occur in a text, found in one walk along it. A probe is a lower-case literal every match
 * of a cue contains (see cue.ts); a complaint is matched against some six thousand cues, and looking for
 * each probe on its own (`includes`) cost more than the rest of triage together. Here every probe is filed
 * under a hash of its first few characters, so one walk along the text finds all the probes it contains,
 * and a cue whose probe is absent is passed over with one array read.
 */

/** Every probe known so far; a probe's id is its place here. */
const probes: string[] = [];
const idOf = new Map<string, number>();
/** The ids of the empty probe, which every text contains. */
const everywhere: number[] = [];

/**
 * How many leading characters a probe is filed by: up to three, so that a common start ("th", "不是") sends
 * only the probes that really begin so to a full comparison.
 */
const FILED_BY = 3;
const BUCKETS = 8192;

/** A hash of one more character after the hash of those before it. */
const extend = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

function prefixHash(text: string, length: number): number {
  let hash = 0;
  for (let at = 0; at < length; at++) hash = extend(hash, text.charCodeAt(at));
  return hash;
}

/**
 * The probes of one prefix length by bucket, flat: the ids of bucket `b` are `ids[starts[b]]` up to
 * `ids[starts[b + 1]]`, and `hashes` holds each one's whole prefix hash, so a probe whose start differs is
 * passed over without comparing text.
 */
interface Table {
  starts: Int32Array;
  ids: Int32Array;
  hashes: Int32Array;
}

/** The probes by their first one, two and three characters (a shorter probe by all of them). */
interface Tables {
  byLength: Table[];
  /** 1 for each UTF-16 code unit some probe starts with: a place in a text that starts none is passed over. */
  firstUnits: Uint8Array;
  /** How many probes the tables hold: probes filed since are looked for directly. */
  known: number;
}

function table(length: number): Table {
  const buckets: { id: number; hash: number }[][] = Array.from({ length: BUCKETS }, () => []);
  for (const [id, probe] of probes.entries()) {
    if (Math.min(probe.length, FILED_BY) !== length) continue;
    const hash = prefixHash(probe, length);
    buckets[hash & (BUCKETS - 1)]?.push({ id, hash });
  }
  const filed = buckets.flat();
  const starts = new Int32Array(BUCKETS + 1);
  let filledTo = 0;
  for (const [bucket, entries] of buckets.entries()) {
    starts[bucket] = filledTo;
    filledTo += entries.length;
  }
  starts[BUCKETS] = filledTo;
  return {
    starts,
    ids: Int32Array.from(filed, (entry) => entry.id),
    hashes: Int32Array.from(filed, (entry) => entry.hash),
  };
}

const EMPTY_TABLE: Table = { starts: new Int32Array(BUCKETS + 1), ids: new Int32Array(0), hashes: new Int32Array(0) };
let tables: Tables | undefined;

/** The tables for every probe known, rebuilt after new ones were filed (only while cue lists compile). */
function currentTables(): Tables {
  if (tables?.known === probes.length) return tables;
  const firstUnits = new Uint8Array(0x10000);
  for (const probe of probes) if (probe.length > 0) firstUnits[probe.charCodeAt(0)] = 1;
  tables = {
    byLength: Array.from({ length: FILED_BY }, (_, index) => table(index + 1)),
    firstUnits,
    known: probes.length,
  };
  return tables;
}

/** The id of a probe, filing it on first sight. */
export function probeId(probe: string): number {
  const known = idOf.get(probe);
  if (known !== undefined) return known;
  const id = probes.length;
  probes.push(probe);
  idOf.set(probe, id);
  if (probe.length === 0) everywhere.push(id);
  return id;
}

/** A text folded for matching (see normaliseText), with the probes found in it. */
export interface ProbedText {
  folded: string;
  lower: string;
  /** The ids of the probes the text contains, among the first `known`. */
  found: readonly number[];
  known: number;
  /**
   * Whether the text has a letter that a case-insensitive pattern reads as another letter than its lower
   * case: the long ſ, which matches s. In such a text a cue's other words are not probed (only its first,
   * as always), so no match is missed.
   */
  foldsOddly: boolean;
  /**
   * Whether a place in `lower` is the same place in `folded` and a cue's words match there only as their
   * lower case (no letter folds oddly, and lower-casing changed no length), so a cue can be looked for
   * from where its first words first occur.
   */
  placesAgree: boolean;
  /** How many cue lists were registered when the text was read: only those are in `byList`. */
  lists: number;
  /** The candidates of every registered list (see candidatesIn), worked out on the first question. */
  byList: (readonly number[] | undefined)[] | undefined;
}

const FOLDS_ODDLY = /\u017F/u;

/**
 * Marks of the probes found in one text: `marks[id] === stamp` when the text last marked contains probe
 * `id`. One array shared by all texts, so reading a text allocates no array the size of every probe; a
 * text is marked again (its few found ids) when another was marked in between.
 */
let marks = new Int32Array(0);
let stamp = 0;
let marked: ProbedText | undefined;

function startMarking(): void {
  if (marks.length < probes.length || stamp === 0x7fffffff) {
    marks = new Int32Array(Math.max(probes.length * 2, 1024));
    stamp = 0;
  }
  stamp++;
}

function mark(text: ProbedText): void {
  if (marked === text) return;
  startMarking();
  for (const id of text.found) marks[id] = stamp;
  marked = text;
}

function probe(text: string): ProbedText {
  const folded = normaliseText(text);
  const lower = folded.toLowerCase();
  const { byLength, firstUnits, known } = currentTables();
  const found: number[] = [];
  startMarking();
  for (const id of everywhere) {
    if (id >= known || marks[id] === stamp) continue;
    marks[id] = stamp;
    found.push(id);
  }
  const [one = EMPTY_TABLE, two = EMPTY_TABLE, three = EMPTY_TABLE] = byLength;
  const byPrefix = [one, two, three];
  const end = lower.length;
  for (let at = 0; at < end; at++) {
    const first = lower.charCodeAt(at);
    if (firstUnits[first] === 0) continue;
    let hash = 0;
    for (let length = 1; length <= FILED_BY && at + length <= end; length++) {
      const { starts, ids, hashes } = byPrefix[length - 1] as Table;
      hash = extend(hash, lower.charCodeAt(at + length - 1));
      const bucket = hash & (BUCKETS - 1);
      const last = starts[bucket + 1] as number;
      for (let slot = starts[bucket] as number; slot < last; slot++) {
        if (hashes[slot] !== hash) continue;
        const id = ids[slot] as number;
        if (marks[id] === stamp || !lower.startsWith(probes[id] as string, at)) continue;
        marks[id] = stamp;
        found.push(id);
      }
    }
  }
  const foldsOddly = FOLDS_ODDLY.test(folded);
  const probed: ProbedText = {
    folded,
    lower,
    found,
    known,
    foldsOddly,
    placesAgree: !foldsOddly && lower.length === folded.length,
    lists: lists.length,
    byList: undefined,
  };
  marked = probed;
  return probed;
}

/** True when the text contains the probe; a probe filed after the text was read is looked for directly. */
function contains(text: ProbedText, id: number): boolean {
  if (id >= text.known) return text.lower.includes(probes[id] ?? '');
  mark(text);
  return marks[id] === stamp;
}

/** The places in `ids` of the probes the text contains, in order: one tight pass over a whole cue list. */
function present(text: ProbedText, ids: Int32Array): number[] {
  mark(text);
  const places: number[] = [];
  for (let place = 0; place < ids.length; place++) {
    const id = ids[place] ?? 0;
    if (id < text.known ? marks[id] === stamp : text.lower.includes(probes[id] ?? '')) places.push(place);
  }
  return places;
}

/**
 * Cue lists registered for the shared pass, by id: each cue's first probe and the probe of its longest
 * other word (-1 for none; see cue.ts). A text's candidates for every list are worked out together, from
 * the few probes it contains, rather than by a walk along each list: a complaint's texts are matched
 * against some sixty lists and six thousand cues, of which a few dozen are candidates.
 */
interface RegisteredList {
  probes: Int32Array;
  alsoProbes: Int32Array;
}
const lists: RegisteredList[] = [];

/** Registers a cue list's probes (see RegisteredList); the id it returns asks for its candidates. */
export function registerList(firstProbes: Int32Array, alsoProbes: Int32Array): number {
  lists.push({ probes: firstProbes, alsoProbes });
  return lists.length - 1;
}

/**
 * Every registered cue by its first probe, flat: the cues of probe `p` are at `starts[p]` up to
 * `starts[p + 1]` in `list`, `place` and `also` (in list order, then place order).
 */
interface CueIndex {
  starts: Int32Array;
  list: Int32Array;
  place: Int32Array;
  also: Int32Array;
  lists: number;
  probes: number;
}
let cueIndex: CueIndex | undefined;

function currentCueIndex(): CueIndex {
  if (cueIndex?.lists === lists.length && cueIndex.probes === probes.length) return cueIndex;
  const counts = new Int32Array(probes.length + 1);
  for (const { probes: ids } of lists) for (const id of ids) counts[id + 1] = (counts[id + 1] ?? 0) + 1;
  const starts = new Int32Array(probes.length + 1);
  for (let id = 0; id < probes.length; id++) starts[id + 1] = (starts[id] ?? 0) + (counts[id + 1] ?? 0);
  const total = starts[probes.length] ?? 0;
  const filled = starts.slice();
  const list = new Int32Array(total);
  const place = new Int32Array(total);
  const also = new Int32Array(total);
  for (const [listId, { probes: ids, alsoProbes }] of lists.entries()) {
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at] ?? 0;
      const slot = filled[id] ?? 0;
      filled[id] = slot + 1;
      list[slot] = listId;
      place[slot] = at;
      also[slot] = alsoProbes[at] ?? -1;
    }
  }
  cueIndex = { starts, list, place, also, lists: lists.length, probes: probes.length };
  return cueIndex;
}

const NO_PLACES: readonly number[] = [];

/** Every registered list's candidates in a text, from the probes it contains, each list's in list order. */
function candidatesByList(text: ProbedText): (readonly number[] | undefined)[] {
  const { starts, list, place, also } = currentCueIndex();
  mark(text);
  // Filled to its length, so the array stays packed however its lists are reached.
  const byList: (number[] | undefined)[] = new Array(text.lists).fill(undefined);
  for (const id of text.found) {
    const last = starts[id + 1] ?? 0;
    for (let slot = starts[id] ?? 0; slot < last; slot++) {
      const listId = list[slot] ?? 0;
      if (listId >= text.lists) continue;
      const alsoProbe = also[slot] ?? -1;
      if (alsoProbe >= 0 && !text.foldsOddly && marks[alsoProbe] !== stamp) continue;
      const at = place[slot] ?? 0;
      const places = byList[listId];
      if (places === undefined) {
        byList[listId] = [at];
        continue;
      }
      // Kept in list order as they come: a list has a handful of candidates, so this beats a sort.
      let into = places.length;
      places.push(at);
      while (into > 0 && (places[into - 1] ?? 0) > at) {
        places[into] = places[into - 1] ?? 0;
        into--;
      }
      places[into] = at;
    }
  }
  return byList;
}

/**
 * The places in a registered list of the cues that may match the text: those whose first probe the text
 * contains, and the probe of their longest other word too unless the text folds a letter oddly (see
 * ProbedText), in list order.
 */
export function candidatesIn(text: ProbedText, listId: number): readonly number[] {
  if (listId < text.lists) {
    text.byList ??= candidatesByList(text);
    return text.byList[listId] ?? NO_PLACES;
  }
  // A list compiled after the text was read (only while cue lists compile): its own walk.
  const { probes: ids, alsoProbes } = lists[listId] ?? { probes: new Int32Array(0), alsoProbes: new Int32Array(0) };
  return present(text, ids).filter((index) => {
    const alsoProbe = alsoProbes[index] ?? -1;
    return alsoProbe < 0 || text.foldsOddly || contains(text, alsoProbe);
  });
}

const CACHE_LIMIT = 64;
const cache = new Map<string, ProbedText>();

/**
 * The text folded and probed. The last few are kept: every cue list of a complaint is matched against
 * the same handful of texts (its narrative, the customer's words, what they ask…).
 */
export function probedText(text: string): ProbedText {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const probed = probe(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, probed);
  return probed;
}
