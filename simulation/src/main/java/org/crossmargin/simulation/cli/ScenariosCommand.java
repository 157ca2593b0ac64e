package org.crossmargin.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crossmargin scenarios}: the shipped scenarios, one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the shipped scenarios (the scenarios/ folder of the installation), one line each.")
final class ScenariosCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to list (default: the shipped scenarios/).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, UsageException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dir != null ? dir : shippedFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("no scenarios folder found" + (folder == null ? "" : " at " + folder)
                    + "; expected --dir DIR");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        int width = files.stream().mapToInt(p -> shown(folder, p).toString().length()).max().orElse(10);
        for (Path file : files) {
            String text;
            try {
                var scenario = ScenarioLoader.load(file).scenario();
                text = scenario.name() + " — " + firstSentence(scenario.description())
                        + " (" + scenario.paths() + " paths, " + scenario.steps() + " steps, " + scenario.model().type()
                        + ")";
            } catch (InputException e) {
                text = "invalid: " + e.problems().get(0);
            }
            out.printf("%-" + width + "s  %s%n", shown(folder, file), text);
        }
        return Main.OK;
    }

    /** The file as the user would type it: relative to the folder above {@code scenarios/}. */
    private static Path shown(Path folder, Path file) {
        return folder.getParent() == null ? file : folder.getParent().relativize(file);
    }

    /** The description's first sentence, cut to about one terminal line. */
    private static String firstSentence(String description) {
        String flat = description.replaceAll("\\s+", " ").trim();
        int end = flat.indexOf(". ");
        String sentence = end < 0 ? flat : flat.substring(0, end + 1);
        return sentence.length() <= 100 ? sentence : sentence.substring(0, 99) + "…";
    }

    /** {@code scenarios/} next to the installation: the jar lives in {@code simulation/target/}. */
    static Path shippedFolder() {
        Path local = Path.of("scenarios");
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(ScenariosCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            root = root == null ? null : root.getParent();
            return root == null ? null : root.resolve("scenarios");
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
