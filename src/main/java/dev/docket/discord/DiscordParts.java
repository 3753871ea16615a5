package dev.docket.discord;

import dev.docket.answer.QuestionHandler;
import dev.docket.figures.FigureCatalog;
import dev.docket.ingest.KnowledgeReloader;
import dev.docket.insight.QuestionStats;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.store.QuestionVotes;

/** The parts of the application the Discord front end uses, handed over by whoever starts the bot. */
public record DiscordParts(
        QuestionHandler questionHandler, KnowledgeBase knowledgeBase, KnowledgeReloader reloader,
        FigureCatalog figures, QuestionVotes votes, QuestionStats stats) {}
