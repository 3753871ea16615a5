package dev.docket.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller (it spaces the shards' logins as Discord's identify concurrency allows), but connecting
 * to the configured Gateway instead of the one Discord names, so the bot can run behind a gateway proxy or against
 * an emulator. The recommended shard count and the concurrency still come from Discord's {@code GET /gateway/bot}.
 */
final class GatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
    }
}
