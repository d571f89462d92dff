import { AdaptiveCard, CHOICE_TITLE_LIMIT, clip, expand } from './cardKit';

export function renderChannelChooserCard(channels: ReadonlyArray<{ id: string; name: string }>): AdaptiveCard {
  return expand('channelChooser', { channels: channels.slice(0, 5).map((channel) => ({ id: channel.id, name: clip(channel.name, CHOICE_TITLE_LIMIT) })) });
}
