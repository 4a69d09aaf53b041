import { describeServerContract } from './store-targets.js';

describeServerContract('Redis', 'TEST_REDIS_URL');
