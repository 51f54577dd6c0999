package fr.cession.domain.playbook;

/**
 * One checklist line of an activity.
 *
 * @param code unique in the whole playbook (transitions and the order file find a line by it)
 * @param source the seed line it encodes, e.g. "004:33"
 * @param when the conditions for the line to be planned at all
 * @param line where it is written in the file
 */
record LineDefinition(String code, String text, String source, ConditionSet when, int line) {

    PlannedLine planned() {
        return new PlannedLine(code, text, source);
    }
}
