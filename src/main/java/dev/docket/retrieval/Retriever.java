package dev.docket.retrieval;

/** Finds the passages and sentences that answer a question, and decides whether the knowledge answers it. */
public interface Retriever {

    /** Retrieval from {@code index}, the one snapshot every later step of this answer reads. */
    Retrieval retrieve(AnalyzedQuestion question, KnowledgeIndex index);
}
