package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's Gateway on 127.0.0.1, plain JSON (no compression): HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * HEARTBEAT -> HEARTBEAT_ACK, RESUME -> RESUMED with the events missed meanwhile, and dispatches of any event.
 * Records every payload the bot sent. Sharded as Discord is: each IDENTIFY names its shard {@code [id, total]}
 * (none means {@code [0, 1]}); a shard gets the guilds with {@code (guild_id >> 22) % total == id} and the events
 * of those guilds, and direct messages go to shard 0.
 */
final class FakeDiscordGateway extends WebSocketServer {

    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private final String token;
    private final Supplier<ObjectNode> ready;
    private final Supplier<List<ObjectNode>> guildCreates;
    private final Recorder<JsonNode> received = new Recorder<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<Integer, Shard> shards = new HashMap<>();
    private int shardsTotal = 1;
    private int sessions;

    /** One shard's session: its connection, sequence and the events it missed while disconnected. */
    private static final class Shard {
        private final List<ObjectNode> missed = new ArrayList<>();
        private WebSocket current;
        private String sessionId;
        private int sequence;
    }

    FakeDiscordGateway(String token, Supplier<ObjectNode> ready, Supplier<List<ObjectNode>> guildCreates) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.token = token;
        this.ready = ready;
        this.guildCreates = guildCreates;
        setReuseAddr(true);
    }

    /** The shard of a guild, as Discord computes it. */
    static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >> 22) % total);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start within 10 s");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    Recorder<JsonNode> received() {
        return received;
    }

    /**
     * Sends an event to the shard of its guild now, or on RESUME if it is disconnected (as Discord replays missed
     * events).
     */
    synchronized void dispatch(String type, ObjectNode data) {
        String guildId = data.path("guild_id").asText("");
        Shard shard = shard(guildId.isEmpty() ? 0 : shardOf(guildId, shardsTotal));
        ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type).put("s", ++shard.sequence);
        payload.set("d", data);
        if (shard.current != null && shard.current.isOpen()) {
            shard.current.send(payload.toString());
        } else {
            shard.missed.add(payload);
        }
    }

    /** Closes shard 0's connection as Discord does on a server restart; the bot should resume. */
    synchronized void dropConnection(int code) {
        Shard shard = shard(0);
        if (shard.current != null) {
            WebSocket closing = shard.current;
            shard.current = null;
            closing.close(code, "fake gateway closes the connection");
        }
    }

    /** Discord's sharding: how many shards a bot should run; IDENTIFYs must name shards of this total. */
    synchronized void shardsTotal(int total) {
        shardsTotal = total;
    }

    synchronized int shardsTotal() {
        return shardsTotal;
    }

    private Shard shard(int id) {
        return shards.computeIfAbsent(id, key -> new Shard());
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public synchronized void onOpen(WebSocket connection, ClientHandshake handshake) {
        ObjectNode hello = DiscordJson.object().put("op", 10).putNull("s").putNull("t");
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MS);
        connection.send(hello.toString());
    }

    @Override
    public synchronized void onMessage(WebSocket connection, String message) {
        JsonNode payload;
        try {
            payload = DiscordJson.MAPPER.readTree(message);
        } catch (IOException e) {
            connection.close(4002, "decode error");
            return;
        }
        received.add(payload);
        switch (payload.path("op").asInt(-1)) {
            case 1 -> connection.send(DiscordJson.object().put("op", 11).toString());
            case 2 -> identify(connection, payload.path("d"));
            case 6 -> resume(connection, payload.path("d"));
            default -> { }
        }
    }

    private void identify(WebSocket connection, JsonNode data) {
        if (!token.equals(data.path("token").asText())) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        int id = data.path("shard").path(0).asInt(0);
        int total = data.path("shard").path(1).asInt(1);
        if (total != shardsTotal || id >= total) {
            connection.close(4010, "Invalid shard.");
            return;
        }
        Shard shard = shard(id);
        shard.current = connection;
        shard.sessionId = "fake-session-" + ++sessions;
        shard.sequence = 0;
        shard.missed.clear();
        List<ObjectNode> guilds = guildCreates.get().stream()
                .filter(guild -> shardOf(guild.path("id").asText(), total) == id)
                .toList();
        ObjectNode readyData = ready.get().put("session_id", shard.sessionId).put("resume_gateway_url", url());
        readyData.putArray("shard").add(id).add(total);
        ArrayNode unavailable = readyData.putArray("guilds");
        guilds.forEach(guild -> unavailable.addObject().put("id", guild.path("id").asText()).put("unavailable", true));
        send(shard, "READY", readyData);
        guilds.forEach(guild -> send(shard, "GUILD_CREATE", guild));
    }

    private void resume(WebSocket connection, JsonNode data) {
        Shard shard = shards.values().stream()
                .filter(candidate -> data.path("session_id").asText().equals(candidate.sessionId))
                .findFirst()
                .orElse(null);
        if (shard == null || !token.equals(data.path("token").asText())) {
            connection.send(DiscordJson.object().put("op", 9).put("d", false).toString());
            return;
        }
        shard.current = connection;
        int seen = data.path("seq").asInt();
        for (ObjectNode payload : shard.missed) {
            if (payload.path("s").asInt() > seen) {
                connection.send(payload.toString());
            }
        }
        shard.missed.clear();
        ObjectNode resumed = DiscordJson.object();
        resumed.putArray("_trace").add("fake-gateway");
        send(shard, "RESUMED", resumed);
    }

    private void send(Shard shard, String type, ObjectNode data) {
        ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type).put("s", ++shard.sequence);
        payload.set("d", data);
        shard.current.send(payload.toString());
    }

    @Override
    public synchronized void onClose(WebSocket connection, int code, String reason, boolean remote) {
        shards.values().stream().filter(shard -> shard.current == connection).forEach(shard -> shard.current = null);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            started.countDown();
        }
    }
}
