package dev.docket.config;

import java.util.List;
import java.util.TreeSet;

/** Reads {@code discord.shard-ids}: shard numbers and ranges, comma-separated ({@code 0-3}, {@code 4,5}, {@code 0-1,6}). */
final class ShardIds {

    private ShardIds() {}

    static List<Integer> parse(String text, int shardsTotal) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (shardsTotal == 0) {
            // Named after shards-total, the key to add: checking shard-ids alone on the defaults must not fail.
            throw new IllegalArgumentException("discord.shards-total: must be set (the shards of the whole bot)"
                    + " when discord.shard-ids is, so that every process agrees which server belongs to which shard");
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            if (!item.matches("\\d{1,5}(-\\d{1,5})?")) {
                throw new IllegalArgumentException("discord.shard-ids: '" + item + "' is not a shard number or a"
                        + " range like 0-3; write e.g. 0-3 or 4,5");
            }
            String[] bounds = item.split("-");
            int from = Integer.parseInt(bounds[0]);
            int to = bounds.length == 2 ? Integer.parseInt(bounds[1]) : from;
            if (from > to || to >= shardsTotal) {
                throw new IllegalArgumentException("discord.shard-ids: '" + item + "' must name shards from 0 to "
                        + (shardsTotal - 1) + " (discord.shards-total is " + shardsTotal + "), low to high");
            }
            for (int id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
