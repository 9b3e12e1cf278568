package org.ecaf.benchmarks.matching;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} options of the matching benchmarks' command lines. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }
}
