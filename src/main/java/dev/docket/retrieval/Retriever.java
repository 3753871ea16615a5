package dev.docket.retrieval;

/** Finds the passages and sentences that answer a question, and decides whether the knowledge answers it. */
public interface Retriever {

    Retrieval retrieve(AnalyzedQuestion question);
}
