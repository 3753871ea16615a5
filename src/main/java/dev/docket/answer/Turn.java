package dev.docket.answer;

/**
 * One earlier exchange of a conversation: what was asked, as typed, and the answer text shown.
 *
 * @param question the earlier question as the user typed it
 * @param answer the answer text shown for it, with its {@code [n]} markers
 */
public record Turn(String question, String answer) {}
