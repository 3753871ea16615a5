/**
 * Knowledge files to documents: formats, front matter, language, passages and sentences with exact offsets.
 * Entry point: {@link dev.docket.knowledge.KnowledgeScanner}.
 */
package dev.docket.knowledge;
