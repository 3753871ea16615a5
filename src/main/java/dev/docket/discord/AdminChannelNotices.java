package dev.docket.discord;

import dev.docket.ingest.KnowledgeWatcher;
import dev.docket.ingest.ReloadReport;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts what a reload after a change to the knowledge folder did in {@code discord.admin-channel-id}, in the
 * server's language, pinging no one. A channel the bot cannot see is logged with what to fix.
 */
final class AdminChannelNotices implements KnowledgeWatcher.Listener {

    private static final Logger log = LoggerFactory.getLogger(AdminChannelNotices.class);

    private final ShardManager shards;
    private final String channelId;

    AdminChannelNotices(ShardManager shards, String channelId) {
        this.shards = shards;
        this.channelId = channelId;
    }

    @Override
    public void reloaded(ReloadReport report) {
        post(language -> DiscordPhrases.say(language, "watch.reloaded") + "\n" + ReloadCommand.codeBlock(report));
    }

    @Override
    public void failed(String reason) {
        post(language -> DiscordPhrases.say(language, "watch.failed", reason));
    }

    private void post(java.util.function.Function<String, String> textInLanguage) {
        TextChannel channel = shards.getTextChannelById(channelId);
        if (channel == null) {
            log.warn("discord.admin-channel-id {}: the bot sees no such text channel; check the id and that the"
                    + " bot may view it", channelId);
            return;
        }
        String text = textInLanguage.apply(DiscordPhrases.language(channel.getGuild().getLocale()));
        channel.sendMessage(AnswerFormatter.trim(text, Message.MAX_CONTENT_LENGTH))
                .setAllowedMentions(Replies.NO_MENTIONS)
                .queue(null, Replies.failure("a notice in the admin channel " + channelId));
    }
}
