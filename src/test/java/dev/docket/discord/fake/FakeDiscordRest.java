package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API (v10) on 127.0.0.1, as far as the bot uses it: the bot user, command registration,
 * interaction callbacks and webhook edits, channel messages and typing, threads opened from a message (announced
 * on the Gateway as THREAD_CREATE). Remembers what the bot sent, so tests can reply to it and click its buttons.
 * Records every request; answers anything
 * else with Discord's 404 body, so an unexpected call shows up in the record instead of hanging.
 */
final class FakeDiscordRest implements AutoCloseable {

    static final String PREFIX = "/api/v10/";
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final Pattern COMMANDS = Pattern.compile("applications/\\d+(/guilds/(\\d+))?/commands");
    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/[^/]+/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/([^/]+)(/messages/@original)?");
    private static final Pattern CHANNEL = Pattern.compile("channels/(\\d+)/(messages|typing)");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");

    private final String token;
    private final ObjectNode botUser;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Recorder<RecordedRequest> requests = new Recorder<>();
    private final Map<String, String> interactionTokenToChannel = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, ObjectNode> idToSentMessage = new ConcurrentHashMap<>();
    private final Map<String, String> interactionTokenToOriginalId = new ConcurrentHashMap<>();
    private final Consumer<ObjectNode> threadCreated;
    private final String guildId;
    private volatile ObjectNode gatewayBot = DiscordJson.object();

    FakeDiscordRest(String token, ObjectNode botUser, String guildId, Consumer<ObjectNode> threadCreated)
            throws IOException {
        this.token = token;
        this.botUser = botUser;
        this.guildId = guildId;
        this.threadCreated = threadCreated;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    Recorder<RecordedRequest> requests() {
        return requests;
    }

    /** What {@code GET /gateway/bot} answers: the Gateway's URL, the recommended shards, one identify at a time. */
    void gatewayBot(String url, int shards) {
        ObjectNode answer = DiscordJson.object().put("url", url).put("shards", shards);
        answer.putObject("session_start_limit").put("total", 1000).put("remaining", 1000).put("reset_after", 0)
                .put("max_concurrency", 1);
        gatewayBot = answer;
    }

    void expectInteraction(String interactionToken, String channelId) {
        interactionTokenToChannel.put(interactionToken, channelId);
    }

    /** A snowflake of now: JDA reads an interaction's age from its id and refuses to answer old ones. */
    String nextId() {
        long sinceDiscordEpoch = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        return Long.toString((sinceDiscordEpoch << 22) | (sequence.incrementAndGet() & 0xFFF));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            JsonNode body = readBody(exchange.getRequestBody());
            if (!("Bot " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && !path.startsWith("interactions/") && !path.startsWith("webhooks/")) {
                send(exchange, 401, DiscordJson.object().put("message", "401: Unauthorized").put("code", 0));
                return;
            }
            requests.add(new RecordedRequest(method, path, exchange.getRequestURI().getQuery(), body, Instant.now()));
            respond(exchange, method, path, body);
        } catch (RuntimeException e) {
            send(exchange, 500, DiscordJson.object().put("message", String.valueOf(e)).put("code", 0));
        }
    }

    private void respond(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        Matcher matcher;
        if (method.equals("GET") && path.equals("users/@me")) {
            send(exchange, 200, botUser);
        } else if (method.equals("GET") && path.equals("gateway/bot")) {
            send(exchange, 200, gatewayBot);
        } else if (method.equals("PUT") && (matcher = COMMANDS.matcher(path)).matches()) {
            send(exchange, 200, registeredCommands((ArrayNode) body, matcher.group(2)));
        } else if (method.equals("POST") && CALLBACK.matcher(path).matches()) {
            send(exchange, 204, null);
        } else if ((matcher = WEBHOOK.matcher(path)).matches() && (method.equals("PATCH") || method.equals("POST"))) {
            String channelId = interactionTokenToChannel.getOrDefault(matcher.group(1), "0");
            String original = matcher.group(2) == null ? null : interactionTokenToOriginalId.get(matcher.group(1));
            String id = original != null ? original : nextId();
            ObjectNode sent = remember(DiscordJson.sentMessage(id, channelId, botUser, (ObjectNode) body));
            if (matcher.group(2) != null) {
                interactionTokenToOriginalId.putIfAbsent(matcher.group(1), id);
            }
            send(exchange, 200, sent);
        } else if (method.equals("POST") && (matcher = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
            ObjectNode thread = DiscordJson.thread(nextId(), guildId, matcher.group(1), botUser.get("id").asText(),
                    body.path("name").asText("thread"));
            threadCreated.accept(thread.deepCopy().put("newly_created", true));
            send(exchange, 201, thread);
        } else if (method.equals("POST") && (matcher = CHANNEL.matcher(path)).matches()) {
            if (matcher.group(2).equals("typing")) {
                send(exchange, 204, null);
            } else {
                send(exchange, 200,
                        remember(DiscordJson.sentMessage(nextId(), matcher.group(1), botUser, (ObjectNode) body)));
            }
        } else {
            send(exchange, 404, DiscordJson.object().put("message", "404: Not Found").put("code", 0));
        }
    }

    private ObjectNode remember(ObjectNode message) {
        idToSentMessage.put(message.get("id").asText(), message);
        return message;
    }

    /** A message the bot sent (or the latest version of an interaction's original), as Discord would return it. */
    ObjectNode sentMessage(String id) {
        ObjectNode message = idToSentMessage.get(id);
        if (message == null) {
            throw new IllegalArgumentException("the bot sent no message " + id);
        }
        return message.deepCopy();
    }

    /** The id of the message an interaction's reply became, once the bot edited it. */
    String originalMessageId(String interactionToken) {
        return interactionTokenToOriginalId.get(interactionToken);
    }

    private ArrayNode registeredCommands(ArrayNode definitions, String guildId) {
        ArrayNode registered = DiscordJson.array();
        for (JsonNode definition : definitions) {
            ObjectNode command = definition.deepCopy();
            command.put("id", nextId()).put("application_id", botUser.get("id").asText()).put("version", "1");
            if (!command.has("type")) {
                command.put("type", 1);
            }
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            registered.add(command);
        }
        return registered;
    }

    private static JsonNode readBody(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        return DiscordJson.MAPPER.readTree(bytes);
    }

    private static void send(HttpExchange exchange, int status, JsonNode json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = DiscordJson.MAPPER.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
