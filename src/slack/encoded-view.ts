import type { View } from '@slack/types';

/**
 * A view JSON-encoded, as Slack's Web API takes it (`views.open`, `views.update`, `views.push`, `views.publish`:
 * "a JSON-encoded string") and as the SDK sends it anyway, in the same bytes. Handed an object instead, the SDK
 * (@slack/web-api 8, `makeRequest`) also walks it to redact tokens and serialises it for a debug line it builds
 * even when debug logging is off: for the complaint form that was a third of the event loop's CPU for each
 * `/complaint`, while fifty others waited for their acknowledgements.
 */
export function encodedView(view: View): View {
  // Typed as the view it carries: the SDK's argument types know no string form of it.
  return JSON.stringify(view) as unknown as View;
}
