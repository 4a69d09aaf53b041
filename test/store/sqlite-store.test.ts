import { describeStoreContract } from './store-contract.js';
import { sqliteTarget } from './store-targets.js';

describeStoreContract('SQLite', sqliteTarget);
