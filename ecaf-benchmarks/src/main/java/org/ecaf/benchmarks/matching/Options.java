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

    /**
     * {@code --names realistic} (the default) or {@code --names compact}: how the generated register's names are
     * spread ({@link RegisterGenerator.Names}); announced on the first line of the output.
     */
    static RegisterGenerator.Names names(Map<String, String> opts) {
        RegisterGenerator.Names names = RegisterGenerator.Names.valueOf(
                opts.getOrDefault("names", "realistic").toUpperCase(java.util.Locale.ROOT));
        System.out.println("names: " + names.name().toLowerCase(java.util.Locale.ROOT));
        return names;
    }
}
