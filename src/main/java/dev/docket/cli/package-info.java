/** The picocli command line; entry point {@link dev.docket.cli.DocketCommand}. */
package dev.docket.cli;
