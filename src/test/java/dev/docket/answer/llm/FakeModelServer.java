package dev.docket.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A model endpoint on 127.0.0.1 that speaks one provider's HTTP protocol (OpenAI chat completions, Ollama's
 * native chat, Anthropic messages), so the real LangChain4j clients run against it. It records every request
 * body and answers as told: a reply text, an HTTP error, a body that is not the protocol's JSON, or a stall.
 */
public final class FakeModelServer implements AutoCloseable {

    /** The protocols, with the path each client posts to. */
    public enum Protocol {
        OPENAI("/v1/chat/completions", "/v1"),
        OLLAMA("/api/chat", ""),
        ANTHROPIC("/v1/messages", "/v1/");

        final String path;
        final String basePath;

        Protocol(String path, String basePath) {
            this.path = path;
            this.basePath = basePath;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Protocol protocol;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch stallReleased = new CountDownLatch(1);
    private volatile Behaviour behaviour = new Behaviour(200, prompt -> "", false, false, null);

    /** One request as it came over the wire: method, path, headers (names in lower case) and body. */
    public record Request(String method, String path, java.util.Map<String, String> headers, String body) {}

    private record Behaviour(
            int status, UnaryOperator<String> promptToReply, boolean garbage, boolean stall, String errorBody) {}

    private FakeModelServer(Protocol protocol, HttpServer server) {
        this.protocol = protocol;
        this.server = server;
    }

    public static FakeModelServer start(Protocol protocol) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeModelServer fake = new FakeModelServer(protocol, server);
        server.createContext(protocol.path, fake::handle);
        server.setExecutor(fake.threads);
        server.start();
        return fake;
    }

    /** The base URL to configure as {@code llm.base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + protocol.basePath;
    }

    /** Replies with the text {@code promptToReply} makes of the prompt (all text of the request). */
    public void replyWith(UnaryOperator<String> promptToReply) {
        behaviour = new Behaviour(200, promptToReply, false, false, null);
    }

    public void failWith(int status) {
        behaviour = new Behaviour(status, prompt -> "", false, false, null);
    }

    /** Answers with HTTP {@code status} and {@code body}, as a server that echoes what it was sent might. */
    public void failWith(int status, String body) {
        behaviour = new Behaviour(status, prompt -> "", false, false, body);
    }

    /** The Authorization (or x-api-key) header of every request, oldest first. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public void replyWithGarbage() {
        behaviour = new Behaviour(200, prompt -> "", true, false, null);
    }

    /** Accepts requests and answers nothing for 30 s (or until closed). */
    public void stall() {
        behaviour = new Behaviour(200, prompt -> "", false, true, null);
    }

    /** The requests received, with method, path and headers, oldest first. */
    public List<Request> received() {
        return List.copyOf(received);
    }

    /** The request bodies received, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** All text values of the last request, joined: what the model was told. */
    public String lastPrompt() {
        try {
            StringBuilder text = new StringBuilder();
            collectText(MAPPER.readTree(requests.get(requests.size() - 1)), text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        java.util.Map<String, String> headers = new java.util.TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(
                name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String apiKey = exchange.getRequestHeaders().getFirst("x-api-key");
        authorizations.add(authorization != null ? authorization : apiKey != null ? apiKey : "");
        Behaviour now = behaviour;
        if (now.stall()) {
            awaitRelease();
        }
        String reply;
        if (now.garbage()) {
            reply = "<html>this is not the JSON you are looking for";
        } else if (now.errorBody() != null) {
            reply = now.errorBody();
        } else if (now.status() != 200) {
            reply = "{\"error\":{\"message\":\"the fake model is down\",\"type\":\"server_error\"}}";
        } else {
            StringBuilder prompt = new StringBuilder();
            collectText(MAPPER.readTree(body), prompt);
            reply = MAPPER.writeValueAsString(response(now.promptToReply().apply(prompt.toString())));
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(now.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            stallReleased.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode response(String text) {
        ObjectNode response = MAPPER.createObjectNode();
        switch (protocol) {
            case OPENAI -> {
                response.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1)
                        .put("model", "fake-model");
                ObjectNode choice = response.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", text);
                response.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1)
                        .put("total_tokens", 2);
            }
            case OLLAMA -> {
                response.put("model", "fake-model").put("created_at", "2024-08-06T00:00:00Z").put("done", true)
                        .put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
                response.putObject("message").put("role", "assistant").put("content", text);
            }
            case ANTHROPIC -> {
                response.put("id", "msg_1").put("type", "message").put("role", "assistant")
                        .put("model", "fake-model").put("stop_reason", "end_turn");
                response.putArray("content").addObject().put("type", "text").put("text", text);
                response.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
            }
        }
        return response;
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        }
        node.forEach(child -> collectText(child, text));
    }

    @Override
    public void close() {
        stallReleased.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
