/**
 * Preloaded by `npm start` (`node --import ./src/require-node.mjs`), before anything else of the bot. The
 * npm scripts put the Node of the `node` devDependency first on PATH, but `npm ci --omit=dev` leaves it
 * out, and `npm start` then runs on whatever Node the system has — which may be too old for the libraries
 * and for this code, failing later and in stranger ways. One line naming the Node needed is better. This
 * module is an entry point, like `main.ts`: the check on import is its whole purpose. It is JavaScript, not
 * TypeScript, because an older Node cannot read TypeScript at all, and it uses nothing
 * newer than Node 18 so that it can say so on an old one.
 */
export const REQUIRED_NODE_MAJOR = 24;

const running = process.versions.node;
if (Number(running.split('.')[0]) < REQUIRED_NODE_MAJOR) {
  process.stderr.write(
    `complaint-desk: needs Node.js ${REQUIRED_NODE_MAJOR} or newer, but ${process.execPath} is Node.js ${running}: install Node.js ${REQUIRED_NODE_MAJOR} (the container image has it), or install with plain \`npm ci\` so that npm scripts run the Node ${REQUIRED_NODE_MAJOR} of the \`node\` devDependency\n`,
  );
  process.exit(2);
}
