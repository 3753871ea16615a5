package dev.docket.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link DocketConfig}: defaults from code, then the YAML file (if present), then environment variables.
 *
 * <p>Every leaf key has an environment override named {@code DOCKET_} plus its path in upper case with dots and
 * dashes as underscores: {@code retrieval.min-coverage} is {@code DOCKET_RETRIEVAL_MIN_COVERAGE}. A list key
 * takes a comma-separated value ({@code DOCKET_DISCORD_GUILD_IDS=1,2}). A few keys also answer to the names their
 * ecosystem uses ({@link #ALIASES}); the {@code DOCKET_} name wins when both are set. Unknown keys and bad values,
 * from the file and the environment, are all reported in one message.
 */
public final class ConfigLoader {

    /** Environment names, beside the {@code DOCKET_} ones, that override a key. */
    static final Map<String, String> ALIASES = Map.of(
            "discord.api-base-url", "DISCORD_API_BASE_URL",
            "discord.gateway-url", "DISCORD_GATEWAY_URL");

    private final ObjectMapper mapper;
    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
        this.mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Loads the config; a missing file means defaults. Throws {@link ConfigException} naming every bad key. */
    public DocketConfig load(Path file) {
        ObjectNode tree = mapper.valueToTree(DocketConfig.defaults());
        List<String> problems = new ArrayList<>();
        Map<String, String> keyToSource = new HashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            mergeFile(file, tree, problems, keyToSource);
        }
        applyEnvironment(tree, "", problems, keyToSource);
        ObjectNode defaults = mapper.valueToTree(DocketConfig.defaults());
        Map<String, String> badKeyToProblem = new LinkedHashMap<>();
        probeValues(tree, defaults, defaults, "", badKeyToProblem);
        betweenKeys(tree, defaults, badKeyToProblem);
        badKeyToProblem.forEach((key, problem) -> problems.add(problem + sourceOf(key, keyToSource)));
        if (!problems.isEmpty()) {
            throw new ConfigException("configuration: " + String.join("; ", problems));
        }
        try {
            return mapper.treeToValue(tree, DocketConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ConfigException("configuration: " + cause.getMessage(), e);
        }
    }

    /**
     * A problem between keys (a provider without a model), found with every value that is bad on its own set back
     * to its default, so it is named beside those instead of hidden behind them.
     */
    private void betweenKeys(ObjectNode tree, ObjectNode defaults, Map<String, String> badKeyToProblem) {
        ObjectNode candidate = tree.deepCopy();
        for (String key : badKeyToProblem.keySet()) {
            int dot = key.lastIndexOf('.');
            String name = key.substring(dot + 1);
            JsonNode parent = candidate.at(parentPointer(key));
            if (parent.isObject() && defaults.at(parentPointer(key)).has(name)) {
                ((ObjectNode) parent).set(name, defaults.at(parentPointer(key)).get(name));
            }
        }
        try {
            mapper.treeToValue(candidate, DocketConfig.class);
        } catch (JsonProcessingException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            if (message != null) {
                int colon = message.indexOf(':');
                String key = colon > 0 ? message.substring(0, colon) : "";
                badKeyToProblem.putIfAbsent(key.isEmpty() ? message : key, message);
            }
        }
    }

    /** Where a key's value came from, for the message: " (from DOCKET_X)", " (from config/docket.yaml)". */
    private static String sourceOf(String key, Map<String, String> keyToSource) {
        String source = keyToSource.get(key);
        return source == null ? "" : " (from " + source + ")";
    }

    /** The environment variable names that override config keys, for documentation and validation. */
    public List<String> environmentNames() {
        List<String> names = new ArrayList<>();
        collectNames(mapper.valueToTree(DocketConfig.defaults()), "", names);
        return names;
    }

    private void mergeFile(Path file, ObjectNode tree, List<String> problems, Map<String, String> keyToSource) {
        JsonNode fromFile;
        try {
            fromFile = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML (" + e.getOriginalMessage() + "); fix or remove it", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (fromFile != null && fromFile.isObject()) {
            merge(tree, (ObjectNode) fromFile, "", problems, keyToSource, file.toString());
        } else if (fromFile != null && !fromFile.isNull() && !fromFile.isMissingNode()) {
            problems.add(file + " must be a YAML mapping of keys");
        }
    }

    private static void merge(ObjectNode target, ObjectNode source, String prefix, List<String> problems,
            Map<String, String> keyToSource, String file) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode existing = target.get(field.getKey());
            if (existing == null) {
                problems.add("unknown key '" + key + "' (in " + file + ")");
            } else if (existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue(), key + ".", problems, keyToSource, file);
            } else if (existing.isObject()) {
                problems.add("'" + key + "' must be a section of keys (in " + file + ")");
            } else {
                target.set(field.getKey(), field.getValue());
                keyToSource.put(key, file);
            }
        }
    }

    /**
     * Finds every key whose value is bad on its own: each value that differs from its default is tried alone on
     * the defaults, so one bad value cannot hide the next. Problems between keys (a provider without a model) are
     * left to the final build, which runs only when each value is fine on its own.
     */
    private void probeValues(JsonNode node, JsonNode defaultNode, ObjectNode defaults, String prefix,
            Map<String, String> badKeyToProblem) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode defaultValue = defaultNode.get(field.getKey());
            if (field.getValue().isObject()) {
                probeValues(field.getValue(), defaultValue, defaults, key + ".", badKeyToProblem);
            } else if (!field.getValue().equals(defaultValue)) {
                ObjectNode candidate = defaults.deepCopy();
                ((ObjectNode) candidate.at(parentPointer(key))).set(field.getKey(), field.getValue());
                problemWith(candidate, key, field.getValue()).ifPresent(problem -> badKeyToProblem.put(key, problem));
            }
        }
    }

    private Optional<String> problemWith(ObjectNode candidate, String key, JsonNode value) {
        try {
            mapper.treeToValue(candidate, DocketConfig.class);
            return Optional.empty();
        } catch (MismatchedInputException e) {
            return Optional.of("'" + key + "' must be " + expected(e.getTargetType()) + ", was "
                    + value);
        } catch (JsonProcessingException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            return message != null && message.startsWith(key + ":")
                    ? Optional.of(message)
                    : Optional.empty();
        }
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "text";
    }

    private static String parentPointer(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : "/" + key.substring(0, dot).replace('.', '/');
    }

    private void applyEnvironment(ObjectNode tree, String prefix, List<String> problems,
            Map<String, String> keyToSource) {
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            if (field.getValue().isObject()) {
                applyEnvironment((ObjectNode) field.getValue(), key + ".", problems, keyToSource);
            } else {
                String name = environmentName(key);
                String value = environment.get(name);
                if (value == null && ALIASES.containsKey(key)) {
                    name = ALIASES.get(key);
                    value = environment.get(name);
                }
                if (value != null) {
                    keyToSource.put(key, "environment variable " + name);
                }
                if (value != null && field.getValue().isArray()) {
                    ArrayNode list = mapper.createArrayNode();
                    Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                            .forEach(list::add);
                    field.setValue(list);
                } else if (value != null) {
                    field.setValue(new TextNode(value));
                }
            }
        }
    }

    private static void collectNames(JsonNode tree, String prefix, List<String> names) {
        tree.fields().forEachRemaining(field -> {
            String key = prefix + field.getKey();
            if (field.getValue().isObject()) {
                collectNames(field.getValue(), key + ".", names);
            } else {
                names.add(environmentName(key));
                if (ALIASES.containsKey(key)) {
                    names.add(ALIASES.get(key));
                }
            }
        });
    }

    static String environmentName(String key) {
        return "DOCKET_" + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

}
