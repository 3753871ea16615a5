/**
 * Answers written by a language model, checked against their sources. Entry point:
 * {@link dev.docket.answer.llm.LlmAnswerers#select}, which gives the extractive answerer or a
 * {@link dev.docket.answer.llm.GroundedLlmAnswerer} over the model {@code llm.provider} names (one
 * {@link dev.docket.answer.llm.ChatModelProvider} per kind of endpoint). The only package that imports LangChain4j
 * provider modules.
 */
package dev.docket.answer.llm;
