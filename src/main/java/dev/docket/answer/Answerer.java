package dev.docket.answer;

/**
 * Turns a question into a cited answer or a refusal. The seam for answer strategies: the offline
 * {@link ExtractiveAnswerer} is the default; model-backed answerers wrap it and fall back to it.
 */
public interface Answerer {

    Answer answer(Question question);
}
