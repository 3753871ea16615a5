package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's Gateway on 127.0.0.1, plain JSON (no compression): HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * HEARTBEAT -> HEARTBEAT_ACK, RESUME -> RESUMED with the events missed meanwhile, and dispatches of any event.
 * Records every payload the bot sent.
 */
final class FakeDiscordGateway extends WebSocketServer {

    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private final String token;
    private final Supplier<ObjectNode> ready;
    private final Supplier<ObjectNode> guildCreate;
    private final Recorder<JsonNode> received = new Recorder<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<ObjectNode> missed = new ArrayList<>();
    private WebSocket current;
    private String sessionId;
    private int sequence;
    private int sessions;

    FakeDiscordGateway(String token, Supplier<ObjectNode> ready, Supplier<ObjectNode> guildCreate) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.token = token;
        this.ready = ready;
        this.guildCreate = guildCreate;
        setReuseAddr(true);
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

    /** Sends an event to the bot now, or on RESUME if it is disconnected (as Discord replays missed events). */
    synchronized void dispatch(String type, ObjectNode data) {
        ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type).put("s", ++sequence);
        payload.set("d", data);
        if (current != null && current.isOpen()) {
            current.send(payload.toString());
        } else {
            missed.add(payload);
        }
    }

    /** Closes the bot's connection as Discord does on a server restart; the bot should resume. */
    synchronized void dropConnection(int code) {
        if (current != null) {
            WebSocket closing = current;
            current = null;
            closing.close(code, "fake gateway closes the connection");
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public synchronized void onOpen(WebSocket connection, ClientHandshake handshake) {
        current = connection;
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
        sessionId = "fake-session-" + ++sessions;
        sequence = 0;
        missed.clear();
        ObjectNode readyData = ready.get().put("session_id", sessionId).put("resume_gateway_url", url());
        send(connection, "READY", readyData);
        send(connection, "GUILD_CREATE", guildCreate.get());
    }

    private void resume(WebSocket connection, JsonNode data) {
        if (!data.path("session_id").asText().equals(sessionId) || !token.equals(data.path("token").asText())) {
            connection.send(DiscordJson.object().put("op", 9).put("d", false).toString());
            return;
        }
        int seen = data.path("seq").asInt();
        for (ObjectNode payload : missed) {
            if (payload.path("s").asInt() > seen) {
                connection.send(payload.toString());
            }
        }
        missed.clear();
        ObjectNode resumed = DiscordJson.object();
        resumed.putArray("_trace").add("fake-gateway");
        send(connection, "RESUMED", resumed);
    }

    private void send(WebSocket connection, String type, ObjectNode data) {
        ObjectNode payload = DiscordJson.object().put("op", 0).put("t", type).put("s", ++sequence);
        payload.set("d", data);
        connection.send(payload.toString());
    }

    @Override
    public synchronized void onClose(WebSocket connection, int code, String reason, boolean remote) {
        if (connection == current) {
            current = null;
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            started.countDown();
        }
    }
}
