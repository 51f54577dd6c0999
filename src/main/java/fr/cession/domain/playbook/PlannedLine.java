package fr.cession.domain.playbook;

/**
 * A checklist line the playbook plans.
 *
 * @param code stable identifier of the line in the playbook
 * @param seedRef the seed line it encodes, e.g. "004:33"
 */
public record PlannedLine(String code, String label, String seedRef) {
}
