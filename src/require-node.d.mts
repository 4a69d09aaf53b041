/** The oldest Node major version the bot runs on (see require-node.mjs). */
export declare const REQUIRED_NODE_MAJOR: number;
