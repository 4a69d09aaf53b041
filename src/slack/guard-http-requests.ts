import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { defaultBodyLimit, HTTPModuleFunctions, type HTTPReceiver, isRawBodyError, type Logger } from '@slack/bolt';
import { checkSlackBody } from './slack-body.ts';

/** How far a request's stamp may be from now, either way: Slack's five minutes. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

const FORM = 'application/x-www-form-urlencoded';

interface Refusal {
  status: 400 | 401 | 413;
  reason: string;
}

/** The one value of a request header, or undefined when it is missing or repeated. */
function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether a stamp (whole seconds) is within five minutes of this machine's clock, and if not, how far off.
 * Bolt refuses a stamp over five minutes old but not one from the future, which a signature leaked today
 * would keep valid for as long as it names. Both clocks count whole seconds, so a stamp made 301 s ahead
 * reads as 300 once the second turns on its way here: the future side refuses from 300, so every stamp made
 * more than five minutes ahead is refused however late in its second it arrives. The past side is Bolt's
 * (301 s and more). Slack stamps with real time, so this is the machine's clock, not the bot's own.
 */
function checkStamp(seconds: number): string | undefined {
  if (!Number.isInteger(seconds)) return 'not a time';
  const ahead = seconds - Math.floor(Date.now() / 1000);
  if (ahead >= MAX_CLOCK_SKEW_S) return `${ahead} s in the future`;
  if (-ahead > MAX_CLOCK_SKEW_S) return `${-ahead} s in the past`;
  return undefined;
}

/**
 * Whether `signature` is Slack's v0 signature of `body` stamped `seconds`: one HMAC and a constant-time
 * comparison. Bolt's own check compares through tsscmp, which draws random bytes and hashes both sides
 * again, about 0.1 ms of the main thread a request; in a burst of fifty that is paid before the last
 * acknowledgement, and the receiver paid it a second time after this guard.
 */
function signedBySlack(signature: string, seconds: number, body: string, signingSecret: string): boolean {
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${seconds}:${body}`).digest('hex')}`;
  const given = Buffer.from(signature);
  // The length is no secret (every v0 signature has the same); the bytes are compared in constant time.
  return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected));
}

/** The stamp and signature Slack puts on a request, checked. */
function checkSignature(request: IncomingMessage, body: string, signingSecret: string): Refusal | undefined {
  const stamp = headerOf(request, 'x-slack-request-timestamp');
  const signature = headerOf(request, 'x-slack-signature');
  if (stamp === undefined || signature === undefined) {
    return { status: 401, reason: 'the request has no single Slack signature and timestamp' };
  }
  const seconds = Number(stamp);
  const off = checkStamp(seconds);
  if (off) return { status: 401, reason: `the request's timestamp is ${off} (five minutes at most either way)` };
  if (!signedBySlack(signature, seconds, body, signingSecret)) {
    return { status: 401, reason: 'the signature does not match the body and timestamp' };
  }
  return undefined;
}

/** Slack's SSL check, which the guard answers itself (it is unsigned, so Bolt must never read its body). */
const SSL_CHECK = 'ssl-check';

/**
 * Reads a request to the events endpoint and decides whether Bolt may have it: within the size limit,
 * signed and fresh, and a body Bolt can read without failing. The body read stays on the request, where
 * Bolt's receiver finds it and reads it no second time; the receiver checks no signature itself (see
 * {@link guardHttpRequests}).
 */
async function screen(
  request: IncomingMessage,
  signingSecret: string,
): Promise<Refusal | typeof SSL_CHECK | undefined> {
  let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(request, defaultBodyLimit);
  } catch (error) {
    if (isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413)) {
      return { status: 413, reason: `the body is over the ${defaultBodyLimit}-byte limit` };
    }
    return { status: 400, reason: 'the body could not be read' };
  }
  const text = buffered.rawBody.toString();
  // Slack's SSL check comes unsigned: answered here, and anything else its body holds is never read.
  if (request.headers['content-type'] === FORM && parseQuery(text).ssl_check === '1') return SSL_CHECK;
  const unsigned = checkSignature(request, text, signingSecret);
  if (unsigned) return unsigned;
  let body: unknown;
  try {
    // Parsed as Bolt parses it (a form's `payload` field holds JSON), so the body checked is the one it reads.
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return { status: 400, reason: 'the body is not JSON or a form as its content type says' };
  }
  const verdict = checkSlackBody(body);
  return verdict.ok ? undefined : { status: 400, reason: verdict.reason };
}

/**
 * Answers 413 and closes the connection. The rest of the body is left unread (reading it would be reading
 * what the limit refuses), so the connection cannot carry another request: kept alive, the client (a load
 * balancer reusing its connections) would send its next request into a socket about to be reset. The
 * answer says `Connection: close`, and once it is out the socket goes, with whatever is still coming.
 */
function refuseTooLarge(response: ServerResponse): void {
  response.writeHead(413, { connection: 'close' });
  response.end(() => response.socket?.destroy());
}

function isEventsRequest(request: IncomingMessage, endpoint: string): boolean {
  try {
    // The same test as Bolt's receiver, so no request reaches its events handler around this guard.
    const { pathname } = new URL(request.url ?? '', 'http://localhost');
    return pathname === endpoint && request.method?.toUpperCase() === 'POST';
  } catch {
    return false;
  }
}

/**
 * Puts a guard in front of Bolt's HTTP receiver: a request to the events endpoint reaches Bolt only once it
 * is signed, stamped within five minutes of now either way, and carries a body of a kind Slack sends. Any
 * other is answered at once — 401 unsigned or stale, 413 too large, 400 a body no Slack request has — and
 * logged with why, so one odd request can neither stop the bot nor leave Slack waiting; Slack's unsigned SSL
 * check is answered 200 here. Returns the receiver, which must be built with `signatureVerification: false`:
 * every request it is handed was checked here, and checking again cost each acknowledgement as much time.
 */
export function guardHttpRequests(
  receiver: HTTPReceiver,
  options: { signingSecret: string; endpoint: string; logger: Logger },
): HTTPReceiver {
  const handOn = receiver.requestListener;
  receiver.requestListener = (request: IncomingMessage, response: ServerResponse) => {
    if (!isEventsRequest(request, options.endpoint)) {
      handOn(request, response);
      return;
    }
    screen(request, options.signingSecret)
      .then((refusal) => {
        if (!refusal) {
          handOn(request, response);
          return;
        }
        if (refusal === SSL_CHECK) {
          HTTPModuleFunctions.buildSSLCheckResponse(response);
          return;
        }
        options.logger.warn(`refused a request to ${options.endpoint} (${refusal.status}): ${refusal.reason}`);
        if (refusal.status === 413) refuseTooLarge(response);
        else HTTPModuleFunctions.buildNoBodyResponse(response, refusal.status);
      })
      .catch((error: unknown) => {
        // Bolt's own server answers a listener that throws with 500; this keeps that promise for the guard.
        options.logger.error('a request to the events endpoint failed before Bolt could handle it:', error);
        if (!response.headersSent) HTTPModuleFunctions.buildNoBodyResponse(response, 500);
      });
  };
  return receiver;
}
