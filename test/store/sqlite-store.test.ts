import { describeStoreContract } from './store-contract.ts';
import { sqliteTarget } from './store-targets.ts';

describeStoreContract('SQLite', sqliteTarget);
