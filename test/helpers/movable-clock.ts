/** A clock a test moves by hand, so time passes without anything sleeping. */
export function movableClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    set(moment: string) {
      now = new Date(moment);
    },
  };
}
