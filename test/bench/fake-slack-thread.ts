/** Runs the fake Slack Web API on its own thread, so a benchmark's app does not pay for Slack's side. */
import { parentPort } from 'node:worker_threads';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';

const slack = await new FakeSlackApi().start();
parentPort?.postMessage(slack.url);
parentPort?.on('message', async (message) => {
  // The review posts so far, with when each arrived, for the submit-to-post timing.
  if (message === 'posts') parentPort?.postMessage(slack.callsOf('chat.postMessage'));
  // How many modals have been opened, so a bench can wait until a burst's are.
  if (message === 'opened') parentPort?.postMessage(slack.callsOf('views.open').length);
  if (message === 'stop') {
    await slack.stop();
    parentPort?.close();
  }
});
