package dev.docket.discord.fake;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs the Discord fake by hand: prints the environment for {@code java -jar target/docket.jar serve}, then
 * reads commands from standard input and prints every REST request the bot makes. Commands:
 * {@code ask [locale] question}, {@code mention question}, {@code dm question}, {@code reload}, {@code admin-reload},
 * {@code sources}, {@code help}, {@code figures [topic]}, {@code timeline}, {@code drop} (close the Gateway connection; the bot resumes), {@code quit}.
 */
public final class FakeDiscordConsole {

    private FakeDiscordConsole() {}

    public static void main(String[] args) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            System.out.println("export DISCORD_TOKEN='" + FakeDiscord.TOKEN + "'");
            System.out.println("export DISCORD_API_BASE_URL=" + discord.apiBaseUrl());
            System.out.println("export DISCORD_GATEWAY_URL=" + discord.gatewayUrl());
            System.out.println("# then: java -jar target/docket.jar serve   (type 'quit' here to stop the fake)");
            Thread printer = new Thread(() -> print(discord), "fake-discord-printer");
            printer.setDaemon(true);
            printer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
                run(discord, line.strip());
            }
        }
    }

    private static void run(FakeDiscord discord, String line) {
        String[] words = line.split(" ", 2);
        String rest = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "ask" -> {
                String[] localeAndQuestion = rest.split(" ", 2);
                boolean hasLocale = localeAndQuestion.length == 2 && localeAndQuestion[0].matches("[a-z]{2}(-[A-Z]{2})?");
                discord.slashCommand(discord.member("930000000000000001"), hasLocale ? localeAndQuestion[0] : "en-US",
                        "ask", "question", hasLocale ? localeAndQuestion[1] : rest);
            }
            case "mention" -> discord.message(discord.member("930000000000000001"),
                    "<@" + FakeDiscord.BOT_ID + "> " + rest, true);
            case "dm" -> discord.directMessage(discord.member("930000000000000001"), rest);
            case "reload" -> discord.slashCommand(discord.member("930000000000000001"), "en-US", "reload");
            case "admin-reload" -> discord.slashCommand(
                    discord.member("930000000000000002", FakeDiscord.MODERATOR_ROLE_ID), "en-US", "reload");
            case "sources", "help", "timeline" ->
                    discord.slashCommand(discord.member("930000000000000001"), "en-US", words[0]);
            case "figures" -> discord.slashCommand(discord.member("930000000000000001"), "en-US", "figures",
                    rest.isEmpty() ? new Object[0] : new Object[] {"topic", rest});
            case "drop" -> discord.dropConnection(1001);
            case "" -> { }
            default -> System.out.println("commands: ask [locale] Q | mention Q | dm Q | reload | admin-reload"
                    + " | sources | help | figures [topic] | timeline | drop | quit");
        }
    }

    private static void print(FakeDiscord discord) {
        int printed = 0;
        while (true) {
            try {
                int seen = printed;
                discord.requests().await(request -> discord.requests().all().size() > seen, Duration.ofDays(1),
                        "anything");
                var all = discord.requests().all();
                for (; printed < all.size(); printed++) {
                    System.out.println("<- " + all.get(printed));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
