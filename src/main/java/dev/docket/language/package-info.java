/**
 * Languages as data: the registry of known languages ({@link dev.docket.language.LanguageRegistry}, from
 * {@code language/languages.tsv}), language detection of short texts ({@link dev.docket.language.LanguageDetector})
 * and the lexicons that map words of every language to shared terms ({@link dev.docket.language.LanguageLexicon}).
 * A leaf package: it imports nothing of Docket's.
 */
package dev.docket.language;
