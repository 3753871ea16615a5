package dev.docket.config;

import java.nio.file.Path;

/**
 * The whole configuration, read from {@code config/docket.yaml} with {@code DOCKET_*} environment overrides.
 * Each stage receives only its own section.
 *
 * @param knowledge the folder of knowledge files
 * @param data the folder holding the H2 database
 * @param llm who writes answers: the offline extractive answerer (default) or a language model
 * @param discord the Discord front end (the token comes from the environment only)
 * @param store where the state lives: the H2 file in {@code data} (default) or a shared PostgreSQL database
 * @param knowledgeWatch whether changes to the knowledge folder reload it by themselves, once they settle
 * @param knowledgeWatchSeconds seconds without further changes after which a watched change is reloaded
 */
public record DocketConfig(
        String knowledge,
        String data,
        IngestConfig ingest,
        RetrievalConfig retrieval,
        AnswerConfig answer,
        LlmConfig llm,
        DiscordConfig discord,
        StoreConfig store,
        boolean knowledgeWatch,
        int knowledgeWatchSeconds) {

    public DocketConfig {
        if (knowledge == null || knowledge.isBlank()) {
            throw new IllegalArgumentException("knowledge: must name the knowledge folder");
        }
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("data: must name the data folder");
        }
        ingest = ingest == null ? IngestConfig.defaults() : ingest;
        retrieval = retrieval == null ? RetrievalConfig.defaults() : retrieval;
        answer = answer == null ? AnswerConfig.defaults() : answer;
        llm = llm == null ? LlmConfig.defaults() : llm;
        discord = discord == null ? DiscordConfig.defaults() : discord;
        store = store == null ? StoreConfig.defaults() : store;
        ConfigChecks.positive("knowledge-watch-seconds", knowledgeWatchSeconds);
    }

    /** A configuration without watching the knowledge folder. */
    public DocketConfig(String knowledge, String data, IngestConfig ingest, RetrievalConfig retrieval,
            AnswerConfig answer, LlmConfig llm, DiscordConfig discord, StoreConfig store) {
        this(knowledge, data, ingest, retrieval, answer, llm, discord, store, false, 2);
    }

    public static DocketConfig defaults() {
        return new DocketConfig("knowledge", "data", IngestConfig.defaults(), RetrievalConfig.defaults(),
                AnswerConfig.defaults(), LlmConfig.defaults(), DiscordConfig.defaults(),
                StoreConfig.defaults(), false, 2);
    }

    public Path knowledgeFolder() {
        return Path.of(knowledge);
    }

    public Path dataFolder() {
        return Path.of(data);
    }

    public DocketConfig withKnowledge(Path folder) {
        return new DocketConfig(folder.toString(), data, ingest, retrieval, answer, llm, discord, store, knowledgeWatch,
                knowledgeWatchSeconds);
    }

    public DocketConfig withData(Path folder) {
        return new DocketConfig(knowledge, folder.toString(), ingest, retrieval, answer, llm, discord, store, knowledgeWatch,
                knowledgeWatchSeconds);
    }

    public DocketConfig withLlm(LlmConfig section) {
        return new DocketConfig(knowledge, data, ingest, retrieval, answer, section, discord, store, knowledgeWatch,
                knowledgeWatchSeconds);
    }

    public DocketConfig withStore(StoreConfig section) {
        return new DocketConfig(knowledge, data, ingest, retrieval, answer, llm, discord, section, knowledgeWatch,
                knowledgeWatchSeconds);
    }

    public DocketConfig withDiscord(DiscordConfig section) {
        return new DocketConfig(knowledge, data, ingest, retrieval, answer, llm, section, store, knowledgeWatch,
                knowledgeWatchSeconds);
    }
}
