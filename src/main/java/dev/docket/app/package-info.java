/** The composition root, {@link dev.docket.app.Application}: every part is built and wired there. */
package dev.docket.app;
