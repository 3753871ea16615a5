/**
 * H2 through plain JDBC and Flyway; the only package that touches SQL. Entry point:
 * {@link dev.docket.store.Database}.
 */
package dev.docket.store;
