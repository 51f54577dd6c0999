package fr.cession.domain.playbook;

/**
 * One problem found in a playbook file, in French, for the manager who edits it.
 *
 * @param file the file name as the manager knows it (e.g. "playbook-b2c.yaml")
 * @param line the line in that file, from 1; 0 when the problem concerns the whole file
 */
public record PlaybookError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ", ligne " + line + " : " + message : file + " : " + message;
    }
}
