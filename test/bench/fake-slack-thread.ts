/** Runs the fake Slack Web API on its own thread, so a benchmark's app does not pay for Slack's side. */
import { parentPort } from 'node:worker_threads';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';

const slack = await new FakeSlackApi().start();
parentPort?.postMessage(slack.url);
parentPort?.on('message', async (message) => {
  if (message === 'stop') {
    await slack.stop();
    parentPort?.close();
  }
});
