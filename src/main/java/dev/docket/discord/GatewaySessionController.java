package dev.docket.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, but connecting to the configured Gateway instead of Discord's fixed one, so the bot
 * can run behind a gateway proxy or against an emulator.
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
}
