/** How every bench part prints a figure against its aim, so a run's output can be scanned for "OVER AIM". */
export function verdict(withinAim: boolean): string {
  return withinAim ? 'within aim' : 'OVER AIM';
}
