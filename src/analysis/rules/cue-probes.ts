import { normaliseJoined, normaliseText } from '../../shared/normalise-text.ts';

/**
 * Which cue probes occur in a text, found in one walk along it. A probe is a lower-case literal every match
 * of a cue contains (see cue.ts); a complaint is matched against some six thousand cues, and looking for
 * each probe on its own (`includes`) cost more than the rest of triage together. Here every probe is one
 * automaton (see Automaton), so one walk along the text finds all the probes it contains, and a cue whose
 * probe is absent is never looked at (see candidatesIn).
 */

/** Every probe known so far; a probe's id is its place here. */
const probes: string[] = [];
const idOf = new Map<string, number>();
/** The ids of the empty probe, which every text contains. */
const everywhere: number[] = [];

/**
 * Every probe in one automaton (Aho–Corasick) over UTF-16 code units: a state is a start some probe has,
 * and a walk along a text takes one step a character, falling back on a mismatch to the longest start
 * that still fits, so every probe ending at a character is known there without comparing any text.
 */
interface Automaton {
  /** The state after the root on a code unit, -1 for none: the root is where a walk spends most steps. */
  fromRoot: Int32Array;
  /**
   * The other steps, hashed by state and code unit (open addressing): slot `s` holds the state stepped from
   * at `3s` (-1 in an empty slot), the code unit at `3s + 1` and the state stepped to at `3s + 2`, side by
   * side so that a step reads one place in memory.
   */
  steps: Int32Array;
  mask: number;
  /**
   * For each state, bit `u & 31` set when some step from it is on a code unit `u`: most characters of a text
   * continue no probe, and a clear bit settles that without searching `steps` (exactly so for a–z, the
   * units most steps are on).
   */
  stepBits: Int32Array;
  /** The state to fall back on when no step fits. */
  fallback: Int32Array;
  /** The probe that ends at a state, -1 for none. */
  ends: Int32Array;
  /** The next state on the fallback chain where a probe ends, 0 for none. */
  nextEnd: Int32Array;
  /** How many probes the automaton holds: probes filed since are looked for directly. */
  known: number;
}

const slotOf = (state: number, unit: number, mask: number): number =>
  (Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

function buildAutomaton(): Automaton {
  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [-1];
  for (const [id, probe] of probes.entries()) {
    if (probe.length === 0) continue;
    let state = 0;
    for (let at = 0; at < probe.length; at++) {
      const unit = probe.charCodeAt(at);
      let next = children[state]?.get(unit);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push(-1);
        children[state]?.set(unit, next);
      }
      state = next;
    }
    ends[state] = id;
  }
  const fallback = new Int32Array(children.length);
  const nextEnd = new Int32Array(children.length);
  // Breadth first, so a state's fallback (a shorter start) is settled before the state.
  const queue: number[] = [...(children[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [unit, child] of children[state] ?? []) {
      let back = fallback[state] ?? 0;
      while (back !== 0 && !children[back]?.has(unit)) back = fallback[back] ?? 0;
      const target = children[back]?.get(unit);
      const fell = target !== undefined && target !== child ? target : 0;
      fallback[child] = fell;
      nextEnd[child] = (ends[fell] ?? -1) >= 0 ? fell : (nextEnd[fell] ?? 0);
      queue.push(child);
    }
  }
  const fromRoot = new Int32Array(0x10000).fill(-1);
  for (const [unit, child] of children[0] ?? []) fromRoot[unit] = child;
  let size = 1024;
  while (size < children.length * 2) size *= 2;
  const mask = size - 1;
  const steps = new Int32Array(size * 3).fill(-1);
  const stepBits = new Int32Array(children.length);
  for (const [state, stepsOf] of children.entries()) {
    if (state === 0) continue;
    for (const [unit, child] of stepsOf) {
      stepBits[state] = (stepBits[state] ?? 0) | (1 << (unit & 31));
      let slot = slotOf(state, unit, mask);
      while ((steps[slot * 3] ?? -1) !== -1) slot = (slot + 1) & mask;
      steps[slot * 3] = state;
      steps[slot * 3 + 1] = unit;
      steps[slot * 3 + 2] = child;
    }
  }

  return {
    fromRoot,
    steps,
    mask,
    stepBits,
    fallback,
    ends: Int32Array.from(ends),
    nextEnd,
    known: probes.length,
  };
}

let automaton: Automaton | undefined;

/** The automaton for every probe known, rebuilt after new ones were filed (only while cue lists compile). */
function currentAutomaton(): Automaton {
  if (automaton?.known !== probes.length) automaton = buildAutomaton();
  return automaton;
}

/** The id of a probe, filing it on first sight. */
export function probeId(probe: string): number {
  const known = idOf.get(probe);
  if (known !== undefined) return known;
  const id = probes.length;
  probes.push(probe);
  idOf.set(probe, id);
  if (probe.length === 0) everywhere.push(id);
  if (probe.includes('\n')) lineBreakProbe = true;
  return id;
}

/** Whether some probe holds a line break: then a text joined with line breaks may hold one none of its parts does. */
let lineBreakProbe = false;

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
  const machine = currentAutomaton();
  const { known, fallback, ends, nextEnd } = machine;
  const found: number[] = [];
  startMarking();
  for (const id of everywhere) {
    if (id >= known || marks[id] === stamp) continue;
    marks[id] = stamp;
    found.push(id);
  }
  // `step` written out, with the tables in locals: this loop runs once for every character of every text.
  const { fromRoot, steps, mask, stepBits } = machine;
  const mine = marks;
  const now = stamp;
  let state = 0;
  for (let at = 0; at < lower.length; at++) {
    const unit = lower.charCodeAt(at);
    let next = -1;
    for (;;) {
      if (state === 0) {
        next = fromRoot[unit] as number;
        break;
      }
      const mayStep = (((stepBits[state] as number) >>> (unit & 31)) & 1) === 1;
      for (let slot = slotOf(state, unit, mask); mayStep; slot = (slot + 1) & mask) {
        const owner = steps[slot * 3] as number;
        if (owner === -1) break;
        if (owner === state && steps[slot * 3 + 1] === unit) {
          next = steps[slot * 3 + 2] as number;
          break;
        }
      }
      if (next >= 0) break;
      state = fallback[state] as number;
    }
    state = next < 0 ? 0 : next;
    if (state === 0) continue;
    for (
      let end = (ends[state] as number) >= 0 ? state : (nextEnd[state] as number);
      end !== 0;
      end = nextEnd[end] as number
    ) {
      const id = ends[end] as number;
      if (id < 0 || mine[id] === now) continue;
      mine[id] = now;
      found.push(id);
    }
  }
  return probedWith(folded, lower, found, known);
}

/** A text's probes, just marked (see mark): the found ids carry the current stamp. */
function probedWith(folded: string, lower: string, found: number[], known: number): ProbedText {
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

function remember(text: string, probed: ProbedText): ProbedText {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, probed);
  return probed;
}

/**
 * Keeps a text's probes for another text that folds the same (a text already folded, read again): the
 * probes are those of the folded text, so it is not walked again. When it folds differently, nothing is kept
 * and it is walked when asked about.
 */
export function probedAlike(alike: string, text: string): void {
  if (cache.has(alike)) return;
  const probed = probedText(text);
  if (normaliseText(alike) === probed.folded) remember(alike, probed);
}

/**
 * Texts joined with line breaks, probed from their parts' probes rather than by a walk along the whole: no
 * probe holds a line break, so each one the whole contains lies within one part. Taken only when the whole
 * folds to the parts' folded texts joined, and the parts were probed by the same automaton; otherwise the
 * whole is walked as any text. The joined text is returned, and asking about it again finds it probed.
 */
export function probedJoin(parts: readonly string[]): string {
  const text = parts.join('\n');
  if (cache.has(text)) return text;
  if (parts.length < 2 || lineBreakProbe) {
    probedText(text);
    return text;
  }
  const pieces = parts.map(probedText);
  const folded = normaliseJoined(parts, text);
  const lower = folded.toLowerCase();
  const { known } = currentAutomaton();
  if (
    pieces.some((piece) => piece.known !== known || piece.lists !== lists.length) ||
    folded !== pieces.map((piece) => piece.folded).join('\n') ||
    lower !== pieces.map((piece) => piece.lower).join('\n')
  ) {
    probedText(text);
    return text;
  }
  startMarking();
  const found: number[] = [];
  for (const piece of pieces) {
    for (const id of piece.found) {
      if (marks[id] === stamp) continue;
      marks[id] = stamp;
      found.push(id);
    }
  }
  remember(text, probedWith(folded, lower, found, known));
  return text;
}

/**
 * The text folded and probed. The last few are kept: every cue list of a complaint is matched against
 * the same handful of texts (its narrative, the customer's words, what they ask…).
 */
export function probedText(text: string): ProbedText {
  // The text asked about last, without a look-up: a reader asks about one text for several lists in a row.
  if (text === lastText && lastProbed !== undefined) return lastProbed;
  const probed = cache.get(text) ?? remember(text, probe(text));
  lastText = text;
  lastProbed = probed;
  return probed;
}

let lastText: string | undefined;
let lastProbed: ProbedText | undefined;
