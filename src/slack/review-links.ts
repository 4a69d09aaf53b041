import type { WebClient } from '@slack/web-api';
import type { Case } from '../domain/case.ts';

/**
 * Links to the cases' review posts, by case id. A message's permalink is the workspace's URL with
 * `archives/<channel>/p<ts without the dot>` — what chat.getPermalink answers for a top-level message —
 * so one auth.test call serves any number of cases (an export of thousands would otherwise be thousands
 * of calls against Slack's rate limits). Cases not posted yet have no link.
 */
export async function reviewLinks(
  client: WebClient,
  cases: readonly Pick<Case, 'id' | 'reviewPost'>[],
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const posted = cases.filter((record) => record.reviewPost !== null);
  if (posted.length === 0) return links;
  const workspace = (await client.auth.test()).url;
  if (!workspace) return links;
  const base = workspace.endsWith('/') ? workspace : `${workspace}/`;
  for (const record of posted) {
    if (!record.reviewPost) continue;
    const { channel, ts } = record.reviewPost;
    links.set(record.id, `${base}archives/${encodeURIComponent(channel)}/p${ts.replace('.', '')}`);
  }
  return links;
}
