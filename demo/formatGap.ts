import type { Gap } from 'rxhub';

/** `reconnected after 312 ms, resubscribed 8 topics (Connect included); lost: …`. */
export function formatGap(gap: Gap): string {
  const topics = `${gap.topics} topic${gap.topics === 1 ? '' : 's'}`;
  const reason = gap.reason ? `; lost: ${gap.reason.message.split('\n')[0]}` : '';
  return `reconnected after ${Math.round(gap.end - gap.start)} ms, resubscribed ${topics} (Connect included)${reason}`;
}
