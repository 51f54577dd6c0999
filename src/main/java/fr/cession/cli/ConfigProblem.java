package fr.cession.cli;

import java.util.List;

/** The configuration or the playbook cannot be used (exit code 2); each problem names its file, line or key. */
public class ConfigProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigProblem(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
