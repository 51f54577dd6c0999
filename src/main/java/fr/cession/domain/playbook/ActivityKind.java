package fr.cession.domain.playbook;

import fr.cession.domain.user.Role;

/** An activity type of the playbook as a person picks it when adding an activity by hand. */
public record ActivityKind(String code, String title, Role role) {
}
