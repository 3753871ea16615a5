/**
 * Configuration records with defaults in code; {@link dev.docket.config.ConfigLoader} is the entry point.
 * Each stage receives only its own section ({@code RetrievalConfig}, not the whole tree).
 */
package dev.docket.config;
