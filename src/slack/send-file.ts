import type { WebClient } from '@slack/web-api';

/** A file for one person. */
export interface PrivateFile {
  filename: string;
  title: string;
  content: string;
  /** The message that comes with the file. */
  comment: string;
}

/**
 * Sends a file to a user in their direct message with the bot, through Slack's files upload API
 * (files.getUploadURLExternal → upload → files.completeUploadExternal, as WebClient.filesUploadV2 does).
 * The DM is opened first: files are shared to a conversation, not to a user id.
 */
export async function sendFileToUser(client: WebClient, user: string, file: PrivateFile): Promise<void> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error(`conversations.open gave no channel for ${user}`);
  await client.filesUploadV2({
    channel_id: channel,
    file: Buffer.from(file.content, 'utf8'),
    filename: file.filename,
    title: file.title,
    initial_comment: file.comment,
  });
}
