/**
 * The places where a piece gives way, after "snapped at the…", "broke at its…": the hinge, the clasp, the bridge, the
 * solder joint, the middle. "Snapped at" someone is a temper; "snapped at the hinge" is the goods breaking, so what
 * follows "at" tells them apart. A regular-expression source, without groups that capture.
 */
export const GIVING_WAY_PARTS = String.raw`(?:hinges?|clasps?|catch|joints?|solder(?:ed)?\s+(?:joint|point|spot)|welds?|seams?|bridge|nose\s+pads?|temples?|arms?|shank|band|base|bail|loop|links?|lugs?|pins?|posts?|screws?|stem|crown|neck|bend|kink|middle|centre|center|top|bottom|ends?|back|side|edge|corner|weak(?:est)?\s+(?:point|spot)|same\s+(?:place|spot|point)|thinnest\s+(?:part|point))`;
