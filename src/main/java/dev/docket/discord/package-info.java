/**
 * The Discord front end, and the only package importing JDA: slash commands (one class each behind
 * {@link dev.docket.discord.SlashCommand}, wired in {@link dev.docket.discord.DiscordFeatures}), questions in
 * channels and direct messages, and answers laid out within Discord's limits. Entry point
 * {@link dev.docket.discord.DiscordBot}.
 */
package dev.docket.discord;
