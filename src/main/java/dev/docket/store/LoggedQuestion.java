package dev.docket.store;

/** One answered (or refused) question, as kept in the question log. */
public record LoggedQuestion(
        String channel, String question, String language, boolean answered, String adapter, long millis) {}
