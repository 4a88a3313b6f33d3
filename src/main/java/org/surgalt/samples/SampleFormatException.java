package org.surgalt.samples;

import java.util.List;

/** A sample folder that cannot be imported, with every problem found, each naming where it is. */
public class SampleFormatException extends Exception {

    private final String file;
    private final List<String> problems;

    public SampleFormatException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
