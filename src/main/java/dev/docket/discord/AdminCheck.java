package dev.docket.discord;

import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/**
 * Who may run admin commands, checked on the server side whatever Discord's command permissions say (a server
 * can override those): members with Manage Server or Administrator, or with one of the configured admin roles.
 */
final class AdminCheck {

    private final Set<String> adminRoleIds;

    AdminCheck(Set<String> adminRoleIds) {
        this.adminRoleIds = Set.copyOf(adminRoleIds);
    }

    /** False outside a server (a direct message has no member). */
    boolean isAdmin(Member member) {
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER)
                || member.hasPermission(Permission.ADMINISTRATOR)
                || member.getRoles().stream().anyMatch(role -> adminRoleIds.contains(role.getId()));
    }
}
