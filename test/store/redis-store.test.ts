import { describeServerContract } from './store-targets.ts';

describeServerContract('Redis', 'TEST_REDIS_URL');
